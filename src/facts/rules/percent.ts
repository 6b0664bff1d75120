/** Percentages: `100%`, `12.3％`, `百分之三十`, `8.5个百分点`. */
import { candidate, skipBlank, type Rule } from '../rule.js';
import { percentSignAt, readNumber } from './number-text.js';

const PERCENT_WORD = '百分之';
const PERCENT_WORD_LAST = PERCENT_WORD.charCodeAt(PERCENT_WORD.length - 1);

export const percentRule: Rule = {
  name: 'percent',
  extract({ region }, run) {
    const { folded } = region;
    // (startsWith clamps a negative position to 0: `百分之…` at the very start would read its own 百 as a percent)
    const worded = run.start - PERCENT_WORD.length >= region.start && folded.charCodeAt(run.start - 1) === PERCENT_WORD_LAST && folded.startsWith(PERCENT_WORD, run.start - PERCENT_WORD.length);
    const unitStart = skipBlank(folded, run.end);
    const sign = worded ? null : percentSignAt(folded, unitStart);
    if (!worded && !sign) return null; // checked before parsing: most runs are not percentages
    // `百分之百`: a bare hundred is a number here.
    const number = worded && folded.slice(run.start, run.end) === '百' ? { quantity: { value: 100, max: null, qualifier: 'exact' as const }, start: run.start } : readNumber(folded, run.start, run.end);
    if (!number) return null;
    const { quantity } = number;
    const fields = { rule: 'percent', category: 'percent' as const, unit: '%', value: quantity.value, max: quantity.max, qualifier: quantity.qualifier };
    if (worded) {
      const start = run.start - PERCENT_WORD.length;
      return candidate({ ...fields, start, end: run.end, numberStart: start, numberEnd: run.end, unitStart: start });
    }
    return candidate({ ...fields, start: number.start, end: unitStart + (sign as string).length, numberStart: number.start, numberEnd: run.end, unitStart });
  },
};
