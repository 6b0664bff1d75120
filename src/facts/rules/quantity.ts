/**
 * A number and its measure word, read right where the number ends:
 * `21名`, `210万元`, `70余辆`, `百余名`, `近百个`, `200件（套）`, `9261 萬元`, `24小时`.
 */
import { charTable } from '../chars.js';
import { unitAt } from '../units-at.js';
import { candidate, skipBlank, type Rule } from '../rule.js';
import { readNumber, signBefore } from './number-text.js';

/** `件（套）`: an alternative measure word in brackets right after the first (folded brackets are ASCII). */
const ALTERNATIVE = /\((?<alt>[\p{Script=Han}]{1,2})\)/uy;

/** Numerals that also begin a unit: `千瓦`, `千克`, `千米`, `百万`. */
const UNIT_INITIAL_NUMERALS = charTable('千');
const MULTIPLIERS = charTable('万亿');
const OPEN_BRACKET = '('.charCodeAt(0);
/** After a bare multiplier's measure word, these make a class of things: `亿元以上项目`, `万人以下企业`, `万吨级`. */
const CLASS_AFTER = /^(?:以上|以下)[\p{Script=Han}]|^级/u;
const BARE = charTable('百千万亿');

/** Is [start, end) all multipliers (`万`, `百万`)? */
function isBareMultiplier(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (BARE[folded.charCodeAt(i)] !== 1) return false;
  return end > start;
}

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
    // A bare multiplier before a measure word is a number (`吸引万人参与`, `超百万次`), but not `百年` (a
    // figure of speech), `千米` (a unit of its own), nor a class (`亿元以上项目`).
    const bare = unit.info.category !== 'duration' && unitStart === numberEnd && !(numberEnd - run.start === 1 && unitAt(folded, run.start));
    const number = readNumber(folded, run.start, numberEnd, multiplier, bare);
    if (!number) return null;
    let end = unitStart + unit.word.length;
    if (bare && isBareMultiplier(folded, number.start, numberEnd) && CLASS_AFTER.test(folded.slice(end, end + 3))) return null;
    if (folded.charCodeAt(end) === OPEN_BRACKET) {
      ALTERNATIVE.lastIndex = end;
      const alt = ALTERNATIVE.exec(folded);
      if (alt?.groups?.alt && unitAt(alt.groups.alt, 0)) end += alt[0].length;
    }
    // `-15℃`, `零下10℃`: below zero.
    const sign = unit.info.signed ? signBefore(folded, number.start, region.start) : 0;
    if (unit.info.signOnly && sign === 0) return null;
    const factor = sign > 0 ? -unit.info.factor : unit.info.factor;
    return candidate({
      rule: 'quantity',
      start: number.start - sign,
      end,
      numberStart: number.start - sign,
      numberEnd,
      unitStart,
      category: unit.info.category,
      value: number.value * factor,
      max: number.max === null ? null : number.max * factor,
      unit: unit.info.unit,
      qualifier: number.qualifier,
    });
  },
};
