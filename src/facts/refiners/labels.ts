/** A quantity that names a class is a label, not a fact: `千万吨级`, `一次性`, `8小时制`, `5G`, `G20`. */
import { CIRCLE_LABEL, LABEL_SUFFIXES, PLAN_LABEL } from '../lexicon/idioms.js';
import { filter } from '../refiner.js';

const LATIN = /[A-Za-z]/;

export const labels = filter('label', (c, region) => {
  const next = region.folded[c.end] ?? '';
  if (LABEL_SUFFIXES.includes(next) && next !== '') return `followed by ${next}`;
  if (c.category === 'duration' && CIRCLE_LABEL.test(region.folded.slice(c.end, c.end + 7))) return 'names a policy circle (15分钟生活圈)';
  if (c.unit === 'year' && PLAN_LABEL.test(region.folded.slice(c.end, c.end + 4))) return 'names a plan (五年规划)';
  if (LATIN.test(region.folded[c.numberStart - 1] ?? '')) return 'part of a code (G20)';
  if (/[×*xX]/.test(region.folded[c.numberStart - 1] ?? '') && /\d/.test(region.folded[c.numberStart - 2] ?? '')) return 'part of a product label (7×24小时)';
  if (/^-/.test(region.folded.slice(c.numberStart - 1, c.numberStart)) && /[0-9]/.test(region.folded[c.numberStart - 2] ?? '')) {
    return 'part of a number range or code';
  }
  return null;
});
