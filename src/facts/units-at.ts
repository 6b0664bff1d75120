/** The measure word right where a number ends: longest written form first, `统一处理` is not `一处`. */
import { NOT_MEASURE_WORDS, UNITS, type UnitInfo } from '../numbers/units.js';

export interface UnitMatch {
  /** The measure word as the table writes it (folded). */
  word: string;
  info: UnitInfo;
}

const LATIN = /[A-Za-z]/;
const isLatinCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A written form of the tables: a measure word (with its match, built once) or a word that is not one. */
interface Entry {
  word: string;
  /** null: a NOT_MEASURE_WORDS entry, which stops the lookup. */
  match: UnitMatch | null;
  /** `5km` is a unit, `5kmh`… and `3times` are not. */
  latin: boolean;
}

/** Every written form by the code of its first character, longest first. */
const byFirstChar = new Map<number, Entry[]>();
const NOT_MEASURE = new Set(NOT_MEASURE_WORDS);
for (const word of [...Object.keys(UNITS), ...NOT_MEASURE_WORDS]) {
  const first = word.charCodeAt(0);
  const list = byFirstChar.get(first) ?? [];
  list.push({ word, match: NOT_MEASURE.has(word) ? null : { word, info: UNITS[word] as UnitInfo }, latin: LATIN.test(word) });
  byFirstChar.set(first, list);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.word.length - a.word.length);

/** The measure word starting at `at` in the folded text, or null. (The match is shared: do not change it.) */
export function unitAt(folded: string, at: number): UnitMatch | null {
  const candidates = byFirstChar.get(folded.charCodeAt(at));
  if (!candidates) return null;
  for (const { word, match, latin } of candidates) {
    if (!folded.startsWith(word, at)) continue;
    if (match === null) return null;
    if (latin && isLatinCode(folded.charCodeAt(at + word.length))) return null;
    return match;
  }
  return null;
}
