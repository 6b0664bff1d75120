/**
 * Rate and total words earlier in the clause (SPEC.md §4): `每日深入50个点位、105家企业` → per day for both;
 * `共接听咨询电话400余次` → total. A list after the word shares it, so the look-back runs to the clause start.
 */
import { clauseStart } from '../clause.js';
import { NOT_TOTAL_AFTER_GONG, NOT_TOTAL_BEFORE_GONG, RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { each } from '../refiner.js';

/** Where each candidate's clause starts: found once, read by the rate and total passes and the context. */
export const clause = each('clause', (c, region) => {
  c.clauseStart = clauseStart(region, c.start);
});

export const rate = each('rate', (c, region) => {
  const before = region.folded.slice(c.clauseStart ?? c.start, c.start);
  let best = -1;
  for (const [word, per] of RATE_WORDS) {
    const at = before.lastIndexOf(word);
    if (at > best) {
      best = at;
      c.per = per;
    }
  }
});

export const total = each('total', (c, region) => {
  const before = region.folded.slice(c.clauseStart ?? c.start, c.start);
  c.total = TOTAL_WORDS.some((word) => {
    for (let at = before.indexOf(word); at >= 0; at = before.indexOf(word, at + 1)) {
      if (word !== '共') return true;
      // `共` alone: not in `共产党员`, `共同`, `公共`, `中共`.
      if (!NOT_TOTAL_AFTER_GONG.includes(before[at + 1] ?? '#') && !NOT_TOTAL_BEFORE_GONG.includes(before[at - 1] ?? '#')) return true;
    }
    return false;
  });
});
