/** Qualifier words (SPEC.md §4), as data. Two together (`约4.5万余人`) take the first. */
import type { Qualifier } from '../../schema.js';

/** Immediately before the number, longest first: `将近100`, `约3000人`, `超过50家`. */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['大约', 'about'], ['约', 'about'], ['大概', 'about'],
  ['超过', 'over'], ['多于', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'],
  ['不少于', 'over'], ['不低于', 'over'], ['至少', 'over'], // "at least": the enum has no closer word
];

/** Only glued to a bare multiplier: `过万人`, `破亿元` (elsewhere `通过5年努力`, `突破口`). */
export const BARE_PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [['过', 'over'], ['破', 'over']];

/** Glue between a prefix qualifier and the number: `约有3000人`, `超过了50家`, `近达`, `逾新台币200亿元`. */
export const QUALIFIER_GLUE = ['了', '有', '达', '人民币', '新台币', '港币', '澳门币', ' ']; // ' ': a copy's blank (`约 300 人`)

/** After the measure word: `3000人左右`, `100元以上`. (`70余辆`, `70多辆` belong to the number.) */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'over'], ['之多', 'over'], ['多', 'over'], ['余', 'over'], ['左右', 'about'], ['上下', 'about'],
];

/**
 * `近` before a duration means "the past", not "nearly": `近三年` is the last three years.
 */
export const RECENT_PREFIX = '近';
