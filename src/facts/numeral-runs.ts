/**
 * NUMERAL_RUN (numbers/numerals.ts) read by hand for the scanner: the same runs, found with character
 * tables on char codes instead of a regex exec per run (which builds a match array and a substring each
 * time). The tables are the character classes of RUN_CLASSES; test/facts/numeral-runs.test.ts holds this
 * to the regex.
 */
import { RUN_CLASSES as R } from '../numbers/numeral-chars.js';
import { charClass, type CharClass } from './chars.js';

const cls = (chars: string): CharClass => charClass(new RegExp(`[${chars}]`, 'u'));
const DIGIT_OR_UNIT = cls(`${R.arabic}${R.chineseDigits}${R.chineseUnits}`);
const UNIT = cls(R.chineseUnits);
const SOME_PREFIX = cls(R.somePrefix);
const ARABIC = cls(R.arabic);
const DECIMAL_POINT = cls('.．');
const POINT = cls(R.point);
const ARABIC_OR_DIGIT = cls(`${R.arabic}${R.chineseDigits}`);
const VAGUE = cls(R.vague);
const COMMA = ','.charCodeAt(0);

/** The code unit at `i`, or NaN at and past `limit` (where the regex's input would end). */
const at = (s: string, i: number, limit: number): number => (i < limit ? s.charCodeAt(i) : NaN);

/** RUN_START at `i`: `3`, `三`, `十`, or `几`/`数` before a unit (`几十`). */
function startsRun(s: string, i: number, limit: number): boolean {
  const code = at(s, i, limit);
  return DIGIT_OR_UNIT.has(code) || (SOME_PREFIX.has(code) && UNIT.has(at(s, i + 1, limit)));
}

/** RUN_CONTINUE at `i`: a digit or unit, `,` before exactly three digits, `.` or `点` before a digit, `余`. */
function continuesRun(s: string, i: number, limit: number): boolean {
  const code = at(s, i, limit);
  if (DIGIT_OR_UNIT.has(code) || VAGUE.has(code)) return true;
  if (code === COMMA) {
    return ARABIC.has(at(s, i + 1, limit)) && ARABIC.has(at(s, i + 2, limit)) && ARABIC.has(at(s, i + 3, limit)) && !ARABIC.has(at(s, i + 4, limit));
  }
  if (DECIMAL_POINT.has(code)) return ARABIC.has(at(s, i + 1, limit));
  return POINT.has(code) && ARABIC_OR_DIGIT.has(at(s, i + 1, limit));
}

/**
 * Where the next numeral run starts in [from, before), as NUMERAL_RUN would find it searching `s` up to
 * `limit` (its lookaheads see no further); -1 if none starts before `before`.
 */
export function nextRunStart(s: string, from: number, before: number, limit: number): number {
  const end = Math.min(before, limit);
  for (let i = from; i < end; i++) if (startsRun(s, i, limit)) return i;
  return -1;
}

/** Where the run starting at `start` ends (maximal, as the regex's greedy repetition), within `limit`. */
export function runEnd(s: string, start: number, limit: number): number {
  let i = start + 1;
  while (i < limit && continuesRun(s, i, limit)) i++;
  return i;
}
