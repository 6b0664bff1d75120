/**
 * Rate and total words earlier in the clause (SPEC.md §4): `每日深入50个点位、105家企业` → per day for both;
 * `共接听咨询电话400余次` → total. A list after the word shares it, so the look-back runs to the clause start.
 */
import { clauseStart } from '../clause.js';
import { charTable, wordAt } from '../chars.js';
import { NOT_TOTAL_AFTER_GONG, NOT_TOTAL_BEFORE_GONG, RATE_WORDS, TOTAL_WORDS } from '../lexicon/rates.js';
import { each } from '../refiner.js';
import type { Per } from '../../schema.js';

/** Where each candidate's clause starts: found once, read by the rate and total passes and the context. */
export const clause = each('clause', (c, region) => {
  c.clauseStart = clauseStart(region, c.start);
});

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

/**
 * The rate word that occurs last in [from, to) (on a tie, the first in RATE_WORDS): read backwards,
 * the first position where one starts.
 */
function lastRate(folded: string, from: number, to: number): Per | null {
  for (let at = to - 1; at >= from; at--) {
    if (RATE_INITIAL[folded.charCodeAt(at)] !== 1) continue;
    for (const [word, per] of RATES_BY_FIRST.get(folded.charCodeAt(at)) ?? []) {
      if (at + word.length <= to && wordAt(folded, at, word)) return per;
    }
  }
  return null;
}

export const rate = each('rate', (c, region) => {
  const per = lastRate(region.folded, c.clauseStart ?? c.start, c.start);
  if (per !== null) c.per = per;
});

/** Is there a total word in [from, to)? `共` alone only outside `共产党员`, `共同`, `公共`, `中共`. */
function hasTotal(folded: string, from: number, to: number): boolean {
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

export const total = each('total', (c, region) => {
  c.total = hasTotal(region.folded, c.clauseStart ?? c.start, c.start);
});
