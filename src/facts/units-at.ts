/** The measure word right where a number ends: longest written form first, `统一处理` is not `一处`. */
import { NOT_MEASURE_WORDS, UNITS, type UnitInfo } from '../numbers/units.js';

const byFirstChar = new Map<string, string[]>();
for (const word of [...Object.keys(UNITS), ...NOT_MEASURE_WORDS]) {
  const list = byFirstChar.get(word[0] as string) ?? [];
  list.push(word);
  byFirstChar.set(word[0] as string, list);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
const NOT_MEASURE = new Set(NOT_MEASURE_WORDS);
const LATIN = /[A-Za-z]/;

export interface UnitMatch {
  /** The measure word as the table writes it (folded). */
  word: string;
  info: UnitInfo;
}

/** The measure word starting at `at` in the folded text, or null. */
export function unitAt(folded: string, at: number): UnitMatch | null {
  const candidates = byFirstChar.get(folded[at] ?? '');
  if (!candidates) return null;
  for (const word of candidates) {
    if (!folded.startsWith(word, at)) continue;
    if (NOT_MEASURE.has(word)) return null;
    // `5km` is a unit, `5kmh`… and `3times` are not.
    if (LATIN.test(word) && LATIN.test(folded[at + word.length] ?? '')) return null;
    return { word, info: UNITS[word] as UnitInfo };
  }
  return null;
}
