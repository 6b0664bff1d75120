/**
 * NUMERAL_RUN (numbers/numerals.ts) read by hand for the scanner: the same runs, found with one table of
 * character classes on char codes instead of a regex exec per run (which builds a match array and a
 * substring each time). The table is built from RUN_CLASSES; test/facts/numeral-runs.test.ts holds this
 * to the regex.
 */
import { RUN_CLASSES as R } from '../numbers/numeral-chars.js';

/** The code units of a character-class body made of single characters and `a-b` ranges (`0-9０-９`). */
function expand(body: string): number[] {
  if (/[\\[\]^]/.test(body)) throw new Error(`numeral-runs: class body too complex to expand: ${body}`);
  const codes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) codes.push(c);
      i += 2;
    } else codes.push(body.charCodeAt(i));
  }
  return codes;
}

/** One bit per class of RUN_START / RUN_CONTINUE. */
const DIGIT_OR_UNIT = 1;
const UNIT = 2;
const SOME_PREFIX = 4;
const ARABIC = 8;
const DECIMAL_POINT = 16;
const POINT = 32;
const ARABIC_OR_DIGIT = 64;
const VAGUE = 128;
const BLANK = 256;
const OVER = 512;
const CLASSES: ReadonlyArray<readonly [string, number]> = [
  [R.blank, BLANK],
  [R.over, OVER],
  [`${R.arabic}${R.chineseDigits}${R.chineseUnits}`, DIGIT_OR_UNIT],
  [R.chineseUnits, UNIT],
  [R.somePrefix, SOME_PREFIX],
  [R.arabic, ARABIC],
  ['.．', DECIMAL_POINT],
  [R.point, POINT],
  [`${R.arabic}${R.chineseDigits}`, ARABIC_OR_DIGIT],
  [R.vague, VAGUE],
];
const FLAGS = new Uint16Array(0x10000);
for (const [body, bit] of CLASSES) for (const code of expand(body)) FLAGS[code] = (FLAGS[code] as number) | bit;
const COMMA = ','.charCodeAt(0);

/** The classes of the code unit at `i`; none at and past `limit` (where the regex's input would end). */
const flagsAt = (s: string, i: number, limit: number): number => (i < limit ? (FLAGS[s.charCodeAt(i)] as number) : 0);

/** RUN_START at `i`: `3`, `三`, `十`, or `几`/`数` before a unit (`几十`). */
function startsRun(s: string, i: number, limit: number): boolean {
  const f = flagsAt(s, i, limit);
  return (f & DIGIT_OR_UNIT) !== 0 || ((f & SOME_PREFIX) !== 0 && (flagsAt(s, i + 1, limit) & UNIT) !== 0);
}

/** An Arabic digit at `i`? (A function of its own: a closure over the parameters would cost every call a context.) */
const isArabic = (s: string, i: number, limit: number): boolean => (flagsAt(s, i, limit) & ARABIC) !== 0;

/** RUN_CONTINUE at `i`: a digit or unit, `,` before exactly three digits, `.` or `点` before a digit, `余`. */
function continuesRun(s: string, i: number, limit: number): boolean {
  const f = flagsAt(s, i, limit);
  if ((f & (DIGIT_OR_UNIT | VAGUE)) !== 0) return true;
  if (i < limit && s.charCodeAt(i) === COMMA) {
    return isArabic(s, i + 1, limit) && isArabic(s, i + 2, limit) && isArabic(s, i + 3, limit) && !isArabic(s, i + 4, limit);
  }
  if ((f & DECIMAL_POINT) !== 0) {
    if ((flagsAt(s, i + 1, limit) & ARABIC) !== 0) return true;
    // the point of `1 . 5`: a blank and a digit before it, a digit after it (a blank between allowed)
    return isBlank(s, i - 1, limit) && isArabic(s, i - 2, limit) && isBlank(s, i + 1, limit) && isArabic(s, i + 2, limit);
  }
  if ((f & BLANK) !== 0) return continuesAtBlank(s, i, limit);
  return (f & POINT) !== 0 && (flagsAt(s, i + 1, limit) & ARABIC_OR_DIGIT) !== 0;
}

const isBlank = (s: string, i: number, limit: number): boolean => i >= 0 && (flagsAt(s, i, limit) & BLANK) !== 0;
const isPoint = (s: string, i: number, limit: number): boolean => i >= 0 && (flagsAt(s, i, limit) & DECIMAL_POINT) !== 0;

/**
 * A blank inside a number as PDF and web copies space it (NUMERAL_RUN's blank alternatives): `3 000` (1 to 3
 * digits before, exactly 3 after), `1 . 5`, `300 余`; never between two numbers (`7 2`).
 */
function continuesAtBlank(s: string, i: number, limit: number): boolean {
  if (isPoint(s, i - 1, limit)) return isBlank(s, i - 2, limit) && isArabic(s, i - 3, limit) && isArabic(s, i + 1, limit); // `1 . 5`
  if (!isArabic(s, i - 1, limit)) return false;
  const next = flagsAt(s, i + 1, limit);
  if ((next & OVER) !== 0) return true; // `300 余`
  if ((next & DECIMAL_POINT) !== 0) return isArabic(s, i + 2, limit) || (isBlank(s, i + 2, limit) && isArabic(s, i + 3, limit)); // `1 . 5`, `1 .5`
  // `3 000`: three digits after and no fourth; one to three before, after a non-digit.
  if (!(isArabic(s, i + 1, limit) && isArabic(s, i + 2, limit) && isArabic(s, i + 3, limit) && !isArabic(s, i + 4, limit))) return false;
  let before = 1;
  while (before <= 3 && isArabic(s, i - 1 - before, limit)) before++;
  return before <= 3;
}

/**
 * Where the next numeral run starts in [from, before), as NUMERAL_RUN would find it searching `s` up to
 * `limit` (its lookaheads see no further); -1 if none starts before `before`.
 */
export function nextRunStart(s: string, from: number, before: number, limit: number): number {
  const end = Math.min(before, limit);
  for (let i = from; i < end; i++) {
    // (the common case, no numeral class at all, in one table read)
    if (((FLAGS[s.charCodeAt(i)] as number) & (DIGIT_OR_UNIT | SOME_PREFIX)) !== 0 && startsRun(s, i, limit)) return i;
  }
  return -1;
}

/** Where the run starting at `start` ends (maximal, as the regex's greedy repetition), within `limit`. */
export function runEnd(s: string, start: number, limit: number): number {
  let i = start + 1;
  while (i < limit && continuesRun(s, i, limit)) i++;
  return i;
}
