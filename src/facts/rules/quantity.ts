/**
 * A number and its measure word, read right where the number ends:
 * `21名`, `210万元`, `70余辆`, `百余名`, `近百个`, `200件（套）`, `9261 萬元`, `24小时`.
 */
import { charTable } from '../chars.js';
import { unitAt } from '../units-at.js';
import { candidate, skipBlank, type Rule } from '../rule.js';
import { readNumber } from './number-text.js';

/** `件（套）`: an alternative measure word in brackets right after the first (folded brackets are ASCII). */
const ALTERNATIVE = /\((?<alt>[\p{Script=Han}]{1,2})\)/uy;

/** Numerals that also begin a unit: `千瓦`, `千克`, `千米`, `百万`. */
const UNIT_INITIAL_NUMERALS = charTable('千');
const MULTIPLIERS = charTable('万亿');
const OPEN_BRACKET = '('.charCodeAt(0);

export const quantityRule: Rule = {
  name: 'quantity',
  extract({ region }, run) {
    const { folded } = region;
    let numberEnd = run.end;
    let unitStart = skipBlank(folded, numberEnd);
    let unit = unitAt(folded, unitStart);
    // `520万千瓦时`, `3千克`: the run took the 千 of the unit.
    if (!unit && UNIT_INITIAL_NUMERALS[folded.charCodeAt(numberEnd - 1)] === 1 && numberEnd - 1 > run.start) {
      numberEnd -= 1;
      unitStart = numberEnd;
      unit = unitAt(folded, unitStart);
    }
    // `9261 萬元`: a blank between the number and its multiplier.
    let multiplier = '';
    if (!unit && unitStart > numberEnd && MULTIPLIERS[folded.charCodeAt(unitStart)] === 1 && unitAt(folded, unitStart + 1)) {
      multiplier = folded[unitStart] as string;
      unitStart += 1;
      unit = unitAt(folded, unitStart);
    }
    if (!unit) return null;
    const number = readNumber(folded, run.start, numberEnd, multiplier);
    if (!number) return null;
    let end = unitStart + unit.word.length;
    if (folded.charCodeAt(end) === OPEN_BRACKET) {
      ALTERNATIVE.lastIndex = end;
      const alt = ALTERNATIVE.exec(folded);
      if (alt?.groups?.alt && unitAt(alt.groups.alt, 0)) end += alt[0].length;
    }
    return candidate({
      rule: 'quantity',
      start: number.start,
      end,
      numberStart: number.start,
      numberEnd,
      unitStart,
      category: unit.info.category,
      value: number.value * unit.info.factor,
      max: number.max === null ? null : number.max * unit.info.factor,
      unit: unit.info.unit,
      qualifier: number.qualifier,
    });
  },
};
