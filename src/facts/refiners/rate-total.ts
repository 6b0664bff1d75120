/**
 * Rate and total words earlier in the clause (SPEC.md §4): `每日深入50个点位、105家企业` → per day for both;
 * `共接听咨询电话400余次` → total. A list after the word shares it, so the look-back runs to the clause start.
 */
import { CLAUSE_PUNCTUATION, MAX_CLAUSE } from '../clause.js';
import { charTable, wordAt } from '../chars.js';
import { NOT_TOTAL_AFTER_GONG, NOT_TOTAL_BEFORE_GONG, RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { each } from '../refiner.js';
import type { Per } from '../../schema.js';

/** Entries of a word list by the code of their first character, in list order. */
function byFirstChar<T>(entries: readonly T[], word: (e: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const e of entries) {
    const first = word(e).charCodeAt(0);
    map.set(first, [...(map.get(first) ?? []), e]);
  }
  return map;
}

const RATES_BY_FIRST = byFirstChar(RATE_WORDS, ([w]) => w);
const TOTALS_BY_FIRST = byFirstChar(TOTAL_WORDS, (w) => w);
/** The first characters of the words: most characters of a clause start none (no map lookup then). */
const RATE_INITIAL = charTable(RATE_WORDS.map(([w]) => w[0]).join(''));
const TOTAL_INITIAL = charTable(TOTAL_WORDS.map((w) => w[0]).join(''));
const NOT_AFTER_GONG = charTable(NOT_TOTAL_AFTER_GONG);
const NOT_BEFORE_GONG = charTable(NOT_TOTAL_BEFORE_GONG);

/** The rate word starting at `at` and ending by `to` (on a tie, the first in RATE_WORDS), or null. */
function rateAt(folded: string, at: number, to: number): Per | null {
  for (const [word, per] of RATES_BY_FIRST.get(folded.charCodeAt(at)) as Array<readonly [string, Per]>) {
    if (at + word.length <= to && wordAt(folded, at, word)) return per;
  }
  return null;
}

/** The rate word that occurs last in [from, to): read backwards, the first position where one starts. */
export function lastRate(folded: string, from: number, to: number): Per | null {
  for (let at = to - 1; at >= from; at--) {
    if (RATE_INITIAL[folded.charCodeAt(at)] !== 1) continue;
    const per = rateAt(folded, at, to);
    if (per !== null) return per;
  }
  return null;
}

/** Is there a total word in [from, to)? `共` alone only outside `共产党员`, `共同`, `公共`, `中共`. */
export function hasTotal(folded: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (TOTAL_INITIAL[folded.charCodeAt(at)] !== 1) continue;
    for (const word of TOTALS_BY_FIRST.get(folded.charCodeAt(at)) ?? []) {
      if (at + word.length > to || !wordAt(folded, at, word)) continue;
      if (word !== '共') return true;
      const after = at + 1 < to ? folded.charCodeAt(at + 1) : NaN;
      const before = at - 1 >= from ? folded.charCodeAt(at - 1) : NaN;
      if (NOT_AFTER_GONG[after] !== 1 && NOT_BEFORE_GONG[before] !== 1) return true;
    }
  }
  return false;
}

/**
 * Where each candidate's clause starts (read by the context too), and the rate and total words in it before
 * the number, in one walk back from the number to the clause punctuation (clauseStart's walk): the last rate
 * word is the first found on the way (lastRate), and hasTotal reads the clause only if a total word's first
 * character stood in it. test/facts/rate-total.test.ts holds it to clauseStart, lastRate and hasTotal.
 */
export const clause = each('clause', (c, region) => {
  const { folded } = region;
  const to = c.start;
  const limit = Math.max(region.start, to - MAX_CLAUSE);
  let per: Per | null = null;
  let totalInitial = false;
  let at = to - 1;
  for (; at >= limit; at--) {
    const code = folded.charCodeAt(at);
    if (CLAUSE_PUNCTUATION[code] === 1) break;
    if (per === null && RATE_INITIAL[code] === 1) per = rateAt(folded, at, to);
    if (TOTAL_INITIAL[code] === 1) totalInitial = true;
  }
  c.clauseStart = at + 1;
  if (per !== null) c.per = per;
  c.total = totalInitial && hasTotal(folded, at + 1, to);
});
