/** Reading a run's number: the vague and glued forms parseQuantity knows, and what is too bare to count. */
import { parseQuantity, type Quantity } from '../../numbers/numerals.js';
import { quickPair, quickSome, quickValue } from '../../numbers/quick.js';
import { RUN_CLASSES } from '../../numbers/numeral-chars.js';
import { charTable, isAsciiDigitCode } from '../chars.js';

/** A bare multiplier (`亿元以上项目`, `万人空巷`) is not a number; `百余`, `近百`, `上千` are. */
const BARE_MULTIPLIER = /^[百千万亿]+$/;
const MULTIPLIER_INITIAL = new Set('百千万亿');
/** `近百`, `上千`: a prefix glued to a bare hundred/thousand. `以上`, `线上` are not such a prefix. */
const GLUED_PREFIX = /[近上]/;
const NOT_GLUED_BEFORE = /[以线网马之向往]/;
/** Words before a glued `上万`, `上千` that belong to the vague number: `成千上万`, `成百上千`. */
const VAGUE_LEADS = ['成千', '成百'];

/**
 * `21`, `1.5` — and not `1,800`, `2.` or `.5`, which the numeral parser reads; nor 16 digits and more, beyond
 * a double: /^\d{1,15}(?:\.\d{1,6})?$/, read with char codes (most numbers of a report are these).
 */
function isPlainDigits(text: string): boolean {
  const whole = digitsAt(text, 0);
  if (whole < 1 || whole > 15) return false;
  if (whole === text.length) return true;
  if (text.charCodeAt(whole) !== 0x2e /* . */) return false;
  const fraction = digitsAt(text, whole + 1);
  return fraction >= 1 && fraction <= 6 && whole + 1 + fraction === text.length;
}

/** How many ASCII digits start at `at`. */
function digitsAt(text: string, at: number): number {
  let i = at;
  while (i < text.length && isAsciiDigitCode(text.charCodeAt(i))) i++;
  return i - at;
}

/** A number as read, and where it starts, including a glued `近`/`上`. */
export interface ReadNumber extends Quantity {
  start: number;
}

const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

/**
 * @param multiplier a `万`/`亿` written apart from the number (`9261 萬元`).
 * @param bare whether a bare multiplier is a number here (`吸引万人参与`, `超百万次`, `百家景区`): the caller
 *   knows a measure word follows; elsewhere (`亿元以上项目` aside, `万人空巷`) it is a word, not a number.
 */
export function readNumber(folded: string, start: number, end: number, multiplier = '', bare = false): ReadNumber | null {
  // Most numbers in a report are digits (`21`, `1.5`, `1.2万`), one digit (`三`) or a Chinese numeral of one
  // section (`九十五`), or those with 余/多 after them (`70余`, `三十多`: over): read without a slice or the
  // general parser (the same values).
  if (multiplier === '') {
    const value = quickValue(folded, start, end);
    if (value === value) return { value, max: null, qualifier: 'exact', start };
    const last = folded.charCodeAt(end - 1);
    if ((last === YU || last === DUO) && end - start > 1) {
      const over = quickValue(folded, start, end - 1);
      if (over === over) return { value: over, max: null, qualifier: 'over', start };
    }
    // `两三`, `五六万` (a range); `数十`, `十几` (some more).
    const pair = quickPair(folded, start, end);
    if (pair !== null) return { value: pair.value, max: pair.max, qualifier: 'exact', start };
    const some = quickSome(folded, start, end);
    if (some === some) return { value: some, max: null, qualifier: 'over', start };
  }
  // `3 000`, `1 . 5`, `300 余`: the blanks a copy put inside the number (the run took them only there).
  const written = folded.slice(start, end);
  const text = (BLANK_IN.test(written) ? written.replace(BLANKS, '') : written) + multiplier;
  if (MULTIPLIER_INITIAL.has(text[0] as string)) { // (BARE_MULTIPLIER implies this)
    const before = folded[start - 1] ?? '';
    if (GLUED_PREFIX.test(before) && !NOT_GLUED_BEFORE.test(folded[start - 2] ?? '')) {
      const quantity = parseQuantity(before + text);
      // `成千上万`, `成百上千`: the lead belongs to the vague number (`上万`: over 10,000).
      const lead = VAGUE_LEADS.find((w) => folded.endsWith(w, start - 1));
      if (quantity) return { value: quantity.value, max: quantity.max, qualifier: quantity.qualifier, start: start - 1 - (lead?.length ?? 0) };
    }
    if (BARE_MULTIPLIER.test(text)) {
      if (!bare) return null;
      const quantity = parseQuantity(text);
      return quantity ? { value: quantity.value, max: null, qualifier: 'exact', start } : null;
    }
  }
  if (isPlainDigits(text)) return { value: Number(text), max: null, qualifier: 'exact', start };
  // More digits than a double holds (`1111…`, a hostile input): what parseQuantity makes of them, Number(text)
  // or null when that is infinite, without its many passes over the text.
  if (text.length > 0 && digitsAt(text, 0) === text.length) {
    const value = Number(text);
    return Number.isFinite(value) ? { value, max: null, qualifier: 'exact', start } : null;
  }
  const quantity = parseQuantity(text);
  return quantity ? { value: quantity.value, max: quantity.max, qualifier: quantity.qualifier, start } : null;
}

const BLANKS = new RegExp(`[${RUN_CLASSES.blank}]`, 'g');
const BLANK_IN = new RegExp(`[${RUN_CLASSES.blank}]`);

/** `210万` ends in a multiplier: `万元` is written as `万` + `元`. */
export const MULTIPLIER_END = /[万亿]$/;

/** After a number, a percent sign or percentage points: `12.3%`, `0.9个百分点` (sticky: set lastIndex). */
export const PERCENT_SIGN = /%|个百分点|百分点/y;
/** The characters PERCENT_SIGN can start with: most numbers are followed by none of them. */
const PERCENT_SIGN_INITIAL = charTable('%个百');

/** The percent sign or percentage points written at `at`, or null. */
export function percentSignAt(folded: string, at: number): string | null {
  if (PERCENT_SIGN_INITIAL[folded.charCodeAt(at)] !== 1) return null;
  PERCENT_SIGN.lastIndex = at;
  return PERCENT_SIGN.exec(folded)?.[0] ?? null;
}

/** Signs of a number below zero, as the folded text writes them before it: `-15℃`, `−3℃`, `零下10℃`, `负5℃`. */
const SIGNS = ['零下', '-', '−', '负'];
/** A digit right before a `-` makes it a dash (`15-28人`), not a sign. */
const NUMERAL_BEFORE_SIGN = charTable('0123456789〇零一二两三四五六七八九十百千万亿');

/** The length of a sign written right before `at` (0: none), not reading before `from`. */
export function signBefore(folded: string, at: number, from: number): number {
  for (const sign of SIGNS) {
    const start = at - sign.length;
    if (start < from || !folded.startsWith(sign, start)) continue;
    if (sign.length === 1 && start > from && NUMERAL_BEFORE_SIGN[folded.charCodeAt(start - 1)] === 1) return 0;
    return sign.length;
  }
  return 0;
}
