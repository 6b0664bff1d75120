/** Ordinals and phases are not counts: `第一时间`, `第3批`, `一期工程`, `项目（一期）`. */
import { ORDINAL_PREFIX, PHASE_NOUNS } from '../lexicon/idioms.js';
import { filter, isChineseNumeral } from '../refiner.js';

export const ordinals = filter('ordinal', (c, region) => {
  const { folded } = region;
  if (folded[c.numberStart - 1] === ORDINAL_PREFIX) return `第 makes it an ordinal`;
  const unit = folded.slice(c.unitStart, c.end);
  if (unit === '期' && isChineseNumeral(c, region)) {
    const after = folded.slice(c.end, c.end + 2);
    if (folded[c.start - 1] === '(' || after.startsWith(')') || PHASE_NOUNS.some((n) => after.startsWith(n))) return 'a phase name (一期)';
  }
  return null;
});
