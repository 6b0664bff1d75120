/** Ordinals and phases are not counts: `第一时间`, `第3批`, `一期工程`, `项目（一期）`. */
import { ORDINAL_PREFIX, PHASE_NOUNS } from '../lexicon/idioms.js';
import { filter, isChineseNumeral, numberLead } from '../refiner.js';

const ORDINAL = ORDINAL_PREFIX.charCodeAt(0);
const PHASE = '期'.charCodeAt(0);

export const ordinals = filter('ordinal', (c, region) => {
  const { folded } = region;
  if (folded.charCodeAt(numberLead(c, region) - 1) === ORDINAL) return `第 makes it an ordinal`; // also `第 3 名`
  // (the measure word as written is `期`)
  if (c.end - c.unitStart === 1 && folded.charCodeAt(c.unitStart) === PHASE && isChineseNumeral(c, region)) {
    const after = folded.slice(c.end, c.end + 2);
    if (folded[c.start - 1] === '(' || after.startsWith(')') || startsWithAny(after, PHASE_NOUNS)) return 'a phase name (一期)';
  }
  return null;
});

/** Does `text` start with one of `words`? (A loop, not some() with a closure: this runs for every candidate.) */
function startsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w)) return true;
  return false;
}
