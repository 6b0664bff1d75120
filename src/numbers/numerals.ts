/**
 * Numerals → numbers: Arabic, Chinese (小写 and 大写, Simplified and Traditional), mixed (`1.2万`),
 * percentages, fractions, and vague quantities (`百余`, `十几`, `两三`). Pure functions, linear time.
 */
import {
  BIG_UNITS, DIGITS, DISCOUNT, DOZEN, EXPANSIONS, FOLD, FRACTION, HALF, MIXED, NEARLY_PREFIX, OVER_MARKS,
  OVER_PREFIX, PERCENT_PREFIXES, PERCENT_SUFFIXES, PERCENT_WORDS, RUN_CLASSES, SIGNS, SMALL_UNITS,
  SOME_DIGIT, SOME_PREFIXES, TENTHS,
} from './numeral-chars.js';
import { parsePositional, scale } from './positional.js';

/** A number as written, possibly vague. Ranges (`两三`, `三四十`) have `max`; `qualifier` follows SPEC §4. */
export interface Quantity {
  /** The number, or the low end of a range. */
  value: number;
  /** The high end of a range (`三四十` → 40), else null. */
  max: number | null;
  qualifier: 'exact' | 'over' | 'nearly' | 'about';
}

const R = RUN_CLASSES;
const RUN_START = [
  `[${R.arabic}${R.chineseDigits}${R.chineseUnits}]`, // `3`, `三`, `十`
  `[${R.somePrefix}](?=[${R.chineseUnits}])`, // `几十`, `数百`
];
const RUN_CONTINUE = [
  `[${R.arabic}${R.chineseDigits}${R.chineseUnits}]`, // `3万4000`, `二百三十`
  `,(?=[${R.arabic}]{3}(?![${R.arabic}]))`, // `1,800` (never `1,80`); `，` is clause punctuation
  `[.．](?=[${R.arabic}])`, // `1.2万`
  `[${R.point}](?=[${R.arabic}${R.chineseDigits}])`, // `三点五`, not `一点儿`
  `[${R.vague}]`, // `百余`, `十几`, `70多`
  // PDF and web copies space out a number: a blank inside one does not split it (`7 2` stays two numbers).
  `(?<=(?<![0-9])[0-9]{1,3})[${R.blank}](?=[0-9]{3}(?![0-9]))`, // `3 000`, `1 250 000` (groups of three)
  `(?<=[0-9])[${R.blank}](?=[.．][${R.blank}]?[0-9])`, // `1 . 5`, `1 .5`
  `(?<=[0-9][${R.blank}])[.．](?=[${R.blank}]?[0-9])`, // the point of `1 . 5`
  `(?<=[0-9][${R.blank}][.．])[${R.blank}](?=[0-9])`, // the blank after it
  `(?<=[0-9])[${R.blank}](?=[${R.over}])`, // `300 余人`
];
/**
 * One maximal numeral run for a scanner: `1,800`, `1.2万`, `二〇二二`, `百余`, `十几`, `三四十`.
 * Every step consumes one character (lookaheads are bounded), so it cannot backtrack. Not global:
 * copy it with `new RegExp(NUMERAL_RUN.source, 'gu')` once at module top.
 */
export const NUMERAL_RUN = new RegExp(`(?:${RUN_START.join('|')})(?:${RUN_CONTINUE.join('|')})*`, 'u');

// `1,050,000.5`, `.5`, `2.7890e-1`, `2^-1`, `40k` (folded; the sign is already split off)
const ARABIC = /^(?<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e(?<exp>[+-]?\d+)|\^(?<pow>[+-]?\d+))?(?<kilo>k)?$/i;
// `1 3/5`, `16/5`
const SLASH_FRACTION = /^(?:(?<whole>\d+) )?(?<num>\d+)\/(?<den>\d+)$/;
const WHITESPACE = /\s/u;
const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const digitValue = (c: string | undefined): number | undefined => (isAsciiDigit(c) ? Number(c) : DIGITS[c ?? '']);
const isDigit = (c: string | undefined): boolean => digitValue(c) !== undefined;

/** Folds variants to canonical characters and drops whitespace, except between two Arabic digits (`1 3/5`). */
function canonicalize(text: string): string {
  const blanks = WHITESPACE.test(text); // (one test for the whole text: most numerals have no blank)
  let out = '';
  let gap = false;
  for (const ch of text) {
    if (blanks && WHITESPACE.test(ch)) { gap = true; continue; }
    const c = FOLD[ch] ?? EXPANSIONS[ch] ?? ch;
    if (gap && isAsciiDigit(out.at(-1)) && isAsciiDigit(c[0])) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

function parseArabic(s: string): number | null {
  const g = ARABIC.exec(s)?.groups;
  if (!g) return null;
  let v = Number(g.num!.replaceAll(',', ''));
  if (g.exp !== undefined) v = scale(v, Number(g.exp));
  if (g.pow !== undefined) v = v ** Number(g.pow);
  return g.kilo ? scale(v, 3) : v;
}

/** A number with no percent, fraction or sign: Arabic, digit by digit (`二〇二二`), or positional. */
function parsePlain(s: string): number | null {
  if (s === '') return null;
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;
  if (s.length !== 2 && [...s].every((c) => DIGITS[c] !== undefined)) { // `二〇二二`, `五`; `两三` is vague
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  return parsePositional(s);
}

function parseSigned(s: string): number | null {
  const sign = SIGNS[s[0] ?? ''];
  const v = parsePlain(sign === undefined ? s : s.slice(1));
  return v === null ? null : (sign ?? 1) * v;
}

// `三分之一`, `负一又二分之一`, `一百万又五十万分之二十五`, `1 3/5`
function parseFraction(s: string): number | null {
  const at = s.indexOf(FRACTION);
  if (at < 0) {
    const g = SLASH_FRACTION.exec(s)?.groups;
    return g ? Number(g.whole ?? 0) + Number(g.num) / Number(g.den) : null;
  }
  const mixed = s.lastIndexOf(MIXED, at);
  const whole = mixed < 0 ? 0 : parsePlain(s.slice(0, mixed));
  const den = parseSigned(s.slice(mixed + 1, at));
  const num = parseSigned(s.slice(at + FRACTION.length));
  return whole === null || den === null || num === null ? null : whole + num / den;
}

// `九成`, `七成六` = 76, `三成半` = 35, `半成` = 5
function parseTenths(head: string, tail: string): number | null {
  const tens = head === HALF ? 0.5 : parsePlain(head);
  const ones = tail === '' ? 0 : tail === HALF ? 5 : tail.length === 1 ? digitValue(tail) ?? null : null;
  return tens === null || ones === null ? null : scale(tens, 1) + ones;
}

// `九折` = 90, `9.9折` = 99, `七五折` and `75折` = 75 (two digits are read as the percentage)
function parseDiscount(head: string): number | null {
  const [a, b, extra] = [...head];
  if (extra === undefined && isDigit(a) && isDigit(b)) return 10 * digitValue(a)! + digitValue(b)!;
  const v = parsePlain(head);
  return v === null ? null : scale(v, 1);
}

/** Everything after the sign, tried in order: percent forms, 折/成/打, fractions, plain numbers. */
function parseBody(s: string): number | null {
  if (Object.hasOwn(PERCENT_WORDS, s)) return PERCENT_WORDS[s]!;
  const suffix = PERCENT_SUFFIXES.find((x) => s.endsWith(x));
  if (suffix !== undefined) return parsePlain(s.slice(0, -suffix.length));
  for (const [prefix, exp] of PERCENT_PREFIXES) {
    if (!s.startsWith(prefix)) continue;
    const v = parseSigned(s.slice(prefix.length));
    return v === null ? null : scale(v, exp);
  }
  if (s.endsWith(DISCOUNT)) return parseDiscount(s.slice(0, -1));
  const tenths = s.indexOf(TENTHS);
  if (tenths > 0) return parseTenths(s.slice(0, tenths), s.slice(tenths + 1));
  if (s.endsWith(DOZEN)) {
    const v = parsePlain(s.slice(0, -1));
    return v === null ? null : v * 12;
  }
  return s.includes(FRACTION) || s.includes('/') ? parseFraction(s) : parsePlain(s);
}

/**
 * Reads a whole string as one number, else null. Percentages give the number of percent (`50%` → 50).
 * Words are not special-cased: `千万` is 10,000,000 and `万一` is 11,000 (`万` + elided `一千`);
 * telling the adverb and the idiom from numbers is the caller's business.
 * @example parseNumber('1.2万') // 12000
 * @example parseNumber('三千零五') // 3005
 * @example parseNumber('百分之三十点五') // 30.5
 */
export function parseNumber(text: string): number | null {
  const simple = parseSimple(text);
  if (simple !== undefined) return simple;
  const s = canonicalize(text);
  const sign = SIGNS[s[0] ?? ''];
  const body = sign === undefined ? s : s.slice(1);
  const v = body === '' ? null : parseBody(body);
  if (v === null || !Number.isFinite(v)) return null;
  return v === 0 ? 0 : (sign ?? 1) * v;
}

/** `1.2万`, `30亿`: digits and one multiplier, the commonest mixed form (what parsePositional reads them as). */
const DIGITS_MULTIPLIER = /^(\d{1,15}(?:\.\d{1,6})?)([万亿])$/;

/**
 * The commonest numerals, read without the general parser (same values): one digit (`一`, `伍`, `7`)
 * and digits with a multiplier (`1.2万`). Anything else is undefined.
 */
function parseSimple(text: string): number | undefined {
  if (text.length === 1) {
    const c = FOLD[text] ?? text;
    return isAsciiDigit(c) ? c.charCodeAt(0) - 48 : DIGITS[c];
  }
  const m = DIGITS_MULTIPLIER.exec(text);
  return m ? scale(Number(m[1]), BIG_UNITS[m[2] as string] as number) : undefined;
}

const exact = (value: number): Quantity => ({ value, max: null, qualifier: 'exact' });
const isUnit = (c: string | undefined): boolean => c !== undefined && (SMALL_UNITS[c] ?? BIG_UNITS[c]) !== undefined;

// `近百` → 100 nearly; `上百`, `上千万` → over (上 only when glued to a unit)
function parsePrefixed(s: string): Quantity | null {
  const isNearly = s.startsWith(NEARLY_PREFIX);
  if (!isNearly && !(s.startsWith(OVER_PREFIX) && isUnit(s[1]) && s[1] !== '十')) return null; // not `上十`
  const v = parseNumber(s.slice(1));
  return v === null ? null : { value: v, max: null, qualifier: isNearly ? 'nearly' : 'over' };
}

// `百余`, `1800余`, `70多`, `二百三十余万` → the number without the mark, over
function parseOver(s: string): Quantity | null {
  const at = Math.max(...OVER_MARKS.map((m) => s.indexOf(m)));
  if (at <= 0) return null;
  const tail = s.slice(at + 1);
  if (![...tail].every((c) => BIG_UNITS[c] !== undefined)) return null;
  const v = parseNumber(s.slice(0, at) + tail);
  return v === null ? null : { value: v, max: null, qualifier: 'over' };
}

/**
 * 几 and 数 say "some more": `十几` is over 10, `二十几万` over 200000, `几十`/`数十` over 10, `数百万` over 1e6.
 * The value is the round part (几 as 0), as Recognizers-Text reads `十几万` (an open lower bound), and the
 * qualifier is `over`, like `十余`.
 */
function parseSome(s: string): Quantity | null {
  const prefixed = SOME_PREFIXES.includes(s[0] ?? '') && isUnit(s[1]);
  const at = prefixed ? 0 : s.indexOf(SOME_DIGIT);
  if (at < 0 || (at === 0 && !prefixed) || s.indexOf(SOME_DIGIT, at + 1) >= 0) return null; // bare `几`
  const [head, tail] = [s.slice(0, at), s.slice(at + 1)];
  const value = parseNumber(`${head}${tail}`) ?? parseNumber(`${head.replace(/零$/, '')}${tail}`); // `一百零几万`
  return value === null ? null : { value, max: null, qualifier: 'over' };
}

/** Two neighbouring digits one or two apart: `两三` = 2..3, `三五` = 3..5, `三四十` = 30..40, `十三四` = 13..14. */
function parsePair(s: string): Quantity | null {
  const cs = [...s];
  const i = cs.findIndex((c, k) => isDigit(c) && isDigit(cs[k + 1]));
  if (i < 0 || isDigit(cs[i + 2]) || isDigit(cs[i - 1])) return null;
  const [a, b] = [DIGITS[cs[i]!], DIGITS[cs[i + 1]!]];
  if (a === undefined || b === undefined || a === 0 || b - a < 1 || b - a > 2) return null;
  const value = parseNumber(cs.filter((_, k) => k !== i + 1).join(''));
  const max = parseNumber(cs.filter((_, k) => k !== i).join(''));
  return value === null || max === null || value >= max ? null : { value, max, qualifier: 'exact' };
}

/**
 * Reads a whole string as a number or a vague quantity, else null. Plain numbers are `exact`;
 * ranges (`两三`, `三四十`) are `exact` with `max`, as SPEC §4 treats `两三名`;
 * `余`/`多`/`几`/`数`/`上` give `over`, `近` gives `nearly`. Qualifier words outside the number
 * (`约`, `超过`, `左右`) are the caller's.
 * @example parseQuantity('二百三十余万') // { value: 2300000, max: null, qualifier: 'over' }
 * @example parseQuantity('三四十') // { value: 30, max: 40, qualifier: 'exact' }
 */
export function parseQuantity(text: string): Quantity | null {
  const n = parseNumber(text);
  if (n !== null) return exact(n);
  const s = canonicalize(text);
  return parsePrefixed(s) ?? parseOver(s) ?? parseSome(s) ?? parsePair(s);
}
