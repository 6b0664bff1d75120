/**
 * Character classes as tables over UTF-16 code units, for the per-character tests of the scan and the
 * refiners. `folded[i]` allocates a string for every CJK character and a regex test on it costs a call;
 * a table lookup on `folded.charCodeAt(i)` does neither. Each table is defined by the regex or the
 * characters it replaces and filled lazily from them, so it answers exactly what they answered.
 */

/** A class of single characters: `has(code)` for a code unit, false for NaN (`charCodeAt` past the end). */
export interface CharClass {
  has(code: number): boolean;
}

const UNKNOWN = 0;
const IN = 1;
const OUT = 2;

/** The class of the one-character strings `test` accepts, memoised per code unit. */
function memo(test: (ch: string) => boolean): CharClass {
  const table = new Uint8Array(0x10000);
  return {
    has(code: number): boolean {
      const known = table[code];
      if (known === undefined) return false; // NaN: no character there
      if (known !== UNKNOWN) return known === IN;
      const yes = test(String.fromCharCode(code));
      table[code] = yes ? IN : OUT;
      return yes;
    },
  };
}

/** The characters a (non-global) regex matches on its own: `charClass(/[、，]/)`. */
export function charClass(re: RegExp): CharClass {
  if (re.global || re.sticky) throw new Error('charClass: a global or sticky regex keeps state between tests');
  return memo((ch) => re.test(ch));
}

/**
 * The characters (code units) of a string as a bare table, for the loops that run over every character of
 * a clause: `table[code] === 1` for a member, and `undefined` (not a member) for NaN, past the end.
 */
export type CharTable = Uint8Array;

export function charTable(chars: string): CharTable {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) if (ch.length === 1) table[ch.charCodeAt(0)] = 1; // (a pair matches no single code unit)
  return table;
}

/** Is the code unit an ASCII digit? */
export const isAsciiDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Does [start, end) of `s` contain an ASCII digit? */
export function hasAsciiDigit(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Is `word` written in `s` at `at`? `s.startsWith(word, at)` for `at >= 0`, read by char codes: for the short
 * words of the lexicons a loop the compiler inlines is cheaper than a call into the builtin.
 */
export function wordAt(s: string, at: number, word: string): boolean {
  if (at < 0) return false; // (startsWith would clamp it to 0: callers never ask)
  for (let k = 0; k < word.length; k++) if (s.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Is one of `words` written at `at`? (A loop, not some() with a closure: refiners ask it of every candidate.) */
export function anyWordAt(s: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (wordAt(s, at, w)) return true;
  return false;
}

/** Does one of `words` end at `at`, starting at or after `from`? (anyWordAt, read backwards.) */
export function anyWordEndsAt(s: string, at: number, words: readonly string[], from = 0): boolean {
  for (const w of words) if (at - w.length >= from && wordAt(s, at - w.length, w)) return true;
  return false;
}

/** Index of the last `code` in [start, end) of `s`, or -1 (a search bounded to the range, not the whole text). */
export function lastIndexIn(s: string, code: number, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (s.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * Lists keyed by a code unit (a Map's entries), looked up through a table: one array read instead of a map
 * lookup for each character a loop asks about; the empty list for any other code unit and for NaN.
 */
export class ListsByCode<T> {
  private readonly slot = new Uint16Array(0x10000);
  private readonly lists: Array<readonly T[]> = [[]];

  constructor(map: ReadonlyMap<number, readonly T[]>) {
    for (const [code, list] of map) {
      this.slot[code] = this.lists.length;
      this.lists.push(list);
    }
  }

  get(code: number): readonly T[] {
    return this.lists[this.slot[code] ?? 0] as readonly T[];
  }
}
