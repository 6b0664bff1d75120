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
  /** The word's code units after the first (compared one by one: cheaper than startsWith on a long text). */
  rest: number[];
}

/** Every written form by the code of its first character, longest first. */
const byFirstChar = new Map<number, Entry[]>();
const NOT_MEASURE = new Set(NOT_MEASURE_WORDS);
for (const word of [...Object.keys(UNITS), ...NOT_MEASURE_WORDS]) {
  const first = word.charCodeAt(0);
  const list = byFirstChar.get(first) ?? [];
  const rest = Array.from({ length: word.length - 1 }, (_, k) => word.charCodeAt(k + 1));
  list.push({ word, match: NOT_MEASURE.has(word) ? null : { word, info: UNITS[word] as UnitInfo }, latin: LATIN.test(word), rest });
  byFirstChar.set(first, list);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.word.length - a.word.length);
/** The first characters of the forms: after most numbers stands none (no map lookup then). */
const INITIAL = new Uint8Array(0x10000);
for (const first of byFirstChar.keys()) INITIAL[first] = 1;

/** The measure word starting at `at` in the folded text, or null. (The match is shared: do not change it.) */
export function unitAt(folded: string, at: number): UnitMatch | null {
  const first = folded.charCodeAt(at);
  if (INITIAL[first] !== 1) return null;
  const candidates = byFirstChar.get(first) as Entry[];
  for (let i = 0; i < candidates.length; i++) {
    const { word, match, latin, rest } = candidates[i] as Entry;
    if (!restAt(folded, at + 1, rest)) continue;
    if (match === null) return null;
    if (latin && isLatinCode(folded.charCodeAt(at + word.length))) return null;
    return match;
  }
  return null;
}

/** Are the code units `codes` written at `at`? (folded.startsWith, past the first character) */
function restAt(folded: string, at: number, codes: readonly number[]): boolean {
  for (let k = 0; k < codes.length; k++) if (folded.charCodeAt(at + k) !== codes[k]) return false;
  return true;
}
