/** A quantity that names a class is a label, not a fact: `千万吨级`, `一次性`, `8小时制`, `5G`, `G20`, `三十年“荣誉天平奖章”`. */
import { AWARD_LABEL, CIRCLE_LABEL, LABEL_SUFFIXES, PLAN_LABEL } from '../lexicon/idioms.js';
import { charClass, charTable, isAsciiDigitCode } from '../chars.js';
import { filter } from '../refiner.js';

const LATIN = charClass(/[A-Za-z]/);
const SUFFIXES = charTable(LABEL_SUFFIXES);
const TIMES = charTable('×*xX');
const DASH = '-'.charCodeAt(0);

export const labels = filter('label', (c, region) => {
  const { folded } = region;
  if (SUFFIXES[folded.charCodeAt(c.end)] === 1) return `followed by ${folded[c.end] as string}`;
  if (c.category === 'duration' && CIRCLE_LABEL.test(folded.slice(c.end, c.end + 7))) return 'names a policy circle (15分钟生活圈)';
  if (c.unit === 'year' && PLAN_LABEL.test(folded.slice(c.end, c.end + 4))) return 'names a plan (五年规划)';
  if (c.category === 'duration' && AWARD_LABEL.test(folded.slice(c.end, c.end + 14))) return 'names an award (三十年“荣誉天平奖章”)';
  const previous = folded.charCodeAt(c.numberStart - 1);
  if (LATIN.has(previous)) return 'part of a code (G20)';
  if (TIMES[previous] === 1 && isAsciiDigitCode(folded.charCodeAt(c.numberStart - 2))) return 'part of a product label (7×24小时)';
  if (previous === DASH && isAsciiDigitCode(folded.charCodeAt(c.numberStart - 2))) return 'part of a number range or code';
  return null;
});
