/** Percentages: `100%`, `12.3％`, `百分之三十`, `8.5个百分点`. */
import { candidate, skipBlank, type Rule } from '../rule.js';
import { percentSignAt, readNumber } from './number-text.js';

const PERCENT_WORD = '百分之';
const PERCENT_WORD_LAST = PERCENT_WORD.charCodeAt(PERCENT_WORD.length - 1);
const HUNDRED = '百'.charCodeAt(0);

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
    const number = worded && run.end - run.start === 1 && folded.charCodeAt(run.start) === HUNDRED ? { value: 100, max: null, qualifier: 'exact' as const, start: run.start } : readNumber(folded, run.start, run.end);
    if (!number) return null;
    // (fields spelled out: a spread into a literal is a slow generic copy)
    const start = worded ? run.start - PERCENT_WORD.length : number.start;
    return candidate({
      rule: 'percent',
      start,
      end: worded ? run.end : unitStart + (sign as string).length,
      numberStart: start,
      numberEnd: run.end,
      unitStart: worded ? start : unitStart,
      category: 'percent',
      value: number.value,
      max: number.max,
      unit: '%',
      qualifier: number.qualifier,
    });
  },
};
