/**
 * The extraction, configured: rules in the order they are tried at each numeral, refiners in the order
 * they run. Order matters where commented.
 */
import type { Refiner } from './refiner.js';
import type { Rule } from './rule.js';
import { confidence } from './refiners/confidence.js';
import { dates } from './refiners/dates.js';
import { expressions } from './refiners/expressions.js';
import { labels } from './refiners/labels.js';
import { ordinals } from './refiners/ordinals.js';
import { qualifier } from './refiners/qualifier.js';
import { references } from './refiners/references.js';
import { clause } from './refiners/rate-total.js';
import { subject } from './refiners/subject.js';
import { listSubject } from './refiners/list-subject.js';
import { bySubject } from './refiners/by-subject.js';
import { elidedUnitRule } from './rules/elided-unit.js';
import { percentRule } from './rules/percent.js';
import { quantityRule } from './rules/quantity.js';
import { rangeRule } from './rules/range.js';

export const RULES: readonly Rule[] = [
  rangeRule, // `5至10名`, `8%—10%` before `5` or `8%` is read alone
  percentRule, // `百分之三十` before `三十` is read as a bare number
  quantityRule,
  elidedUnitRule, // last: only a number no rule above could type
];

export const REFINERS: readonly Refiner[] = [
  // Not-a-fact filters first, so later passes only see facts.
  ordinals,
  dates,
  expressions,
  labels,
  qualifier, // extends `end` over `左右`/`以上` and `start` over a glued `约`, before the subject looks around
  references, // after qualifier: `一年多来` is read after `多`
  clause, // with the rate and total words in it; after the candidate's extent is final
  subject,
  listSubject, // after subject: only items that found none take the list's
  bySubject, // needs the subject: `铲雪车20台`, `兄弟姐妹八个`
  confidence, // last: reads everything above
];
