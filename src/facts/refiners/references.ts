/**
 * Points and periods of reference are not facts (SPEC.md §3): rankings (`前三位`), reference periods and
 * relative times (`70年来`, `5年前`, `这70年`), anniversaries (`70周年` and the `70年` that repeats it),
 * sessions (`二次全会`), denominators (`每万人拥有`) and the indefinite `几十`. Words in lexicon/references.ts.
 */
import {
  DENOMINATOR_PREFIX, REFERENCE_BEFORE, INDEFINITE_LEADING, NOT_RANK_BEFORE, RANK_PREFIX, RELATIVE_AFTER,
  SESSION_AFTER, SESSION_AFTER_TERM, TERM, TERM_LOOK_BACK,
} from '../lexicon/references.js';
import { anyWordAt, anyWordEndsAt, charTable, lastIndexIn } from '../chars.js';
import { RECENT_PREFIX } from '../lexicon/qualifiers.js';
import { filter, numberLead } from '../refiner.js';
import { anniversaries } from './anniversaries.js';

const RANK = RANK_PREFIX.charCodeAt(0);
const NOT_RANK = charTable(NOT_RANK_BEFORE);
const REFERENCE_FINAL = charTable(REFERENCE_BEFORE.map((w) => w.at(-1)).join(''));
const RELATIVE_INITIAL = charTable(RELATIVE_AFTER.map((w) => w[0]).join(''));
const SESSION_INITIAL = charTable([...SESSION_AFTER, ...SESSION_AFTER_TERM].map((w) => w[0]).join(''));
const TERM_CODE = TERM.charCodeAt(0);
const INDEFINITE = INDEFINITE_LEADING.charCodeAt(0);
const CI = '次'.charCodeAt(0);
const RECENT = RECENT_PREFIX.charCodeAt(0);
const DENOMINATOR = DENOMINATOR_PREFIX.charCodeAt(0);

export const references = filter('reference', (c, region) => {
  const { folded } = region;
  const lead = numberLead(c, region); // `前 10 位`: a copy's blank between
  const before = lead - 1 >= region.start ? folded.charCodeAt(lead - 1) : NaN;
  if (before === RANK && NOT_RANK[folded.charCodeAt(lead - 2)] !== 1) return 'a ranking or the first N (前三位, 前4天)';
  if (before === DENOMINATOR && c.category !== 'duration') return 'the denominator of a rate (每万人)';
  if (folded.charCodeAt(c.numberStart) === INDEFINITE && c.numberEnd - c.numberStart > 1) return '几 leading is indefinite (几十位)';
  if (c.category === 'duration') {
    if (RELATIVE_INITIAL[folded.charCodeAt(c.end)] === 1 && anyWordAt(folded, c.end, RELATIVE_AFTER)) return 'a reference period or relative time (70年来, 5年前)';
    if (REFERENCE_FINAL[before] === 1 && anyWordEndsAt(folded, lead, REFERENCE_BEFORE, region.start)) return 'a period of reference (这70年, 过去一年)';
    // `近5年`, `近三年`: the past years; `将近`, `接近` and `历时近3个月` say nearly (refiners/qualifier.ts).
    if (before === RECENT && c.qualifier !== 'nearly' && c.start === c.numberStart) return 'a period of reference (近5年)';
    if (c.unit === 'year' && c.max === null && anniversaries(region).has(c.value)) return `the anniversary (${c.value}周年)`;
  }
  if (c.unit === '次' && c.end - c.unitStart === 1 && folded.charCodeAt(c.unitStart) === CI && SESSION_INITIAL[folded.charCodeAt(c.end)] === 1) {
    if (anyWordAt(folded, c.end, SESSION_AFTER)) return 'a session (二次全会)';
    if (anyWordAt(folded, c.end, SESSION_AFTER_TERM) && lastIndexIn(folded, TERM_CODE, Math.max(region.start, c.numberStart - TERM_LOOK_BACK), c.numberStart) >= 0) return 'a session (十四届…二次会议)';
  }
  return null;
});

