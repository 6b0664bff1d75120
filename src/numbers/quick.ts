/**
 * The commonest numerals of a report read straight from char codes, without slicing, canonicalizing or
 * allocating: one digit (`7`, `三`, `伍`), Arabic digits with a decimal part and `,` groups (`21`, `1.5`,
 * `1,800`), and those followed by `万`, `亿` or `万亿` (`1.2万`, `30亿`, `4.78万亿`), or by 万/亿 and an Arabic
 * integer (`3万4,000`, `1万2`: added as parsePositional adds them, exactly); and Chinese numerals of
 * one section, possibly with `万`/`亿` (`九十五`, `两千`, `八十万`: see chineseValue). Anything else is NaN,
 * for the general parser (numerals.ts).
 *
 * The values are the general parser's, bit for bit. It reads such a numeral as the decimal d = m / 10^k
 * (m the digits as an integer, k the number of decimals) scaled by 10^e, rounding to a double in between
 * (`Number(text)`, then `scale`: `Number(String(x) + 'e' + e)`). With at most 15 digits every one of those
 * roundings is undone by String() (a decimal of 15 significant digits survives a trip through a double),
 * so the result is the double nearest to m · 10^(e-k). Here m < 10^15 < 2^53 and 10^|e-k| ≤ 10^22 are
 * exact doubles, and one IEEE multiplication or division of exact operands is correctly rounded: the same
 * double. test/numbers/quick.test.ts holds this to parseQuantity on fixed and random inputs.
 */
import { BIG_UNITS, DIGITS, FOLD, SMALL_UNITS, SOME_DIGIT, SOME_PREFIXES } from './numeral-chars.js';

/** Most digits read here (beyond, a decimal may not survive a double). */
const MAX_DIGITS = 15;
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const COMMA = 0x2c;
const DOT = 0x2e;
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** The value of a one-character numeral by code unit (NaN: not a digit), as parseSimple reads it. */
const SINGLE = new Float64Array(0x10000).fill(NaN);
for (let d = 0; d <= 9; d++) SINGLE[0x30 + d] = d;
for (const [ch, digit] of Object.entries(DIGITS)) SINGLE[ch.charCodeAt(0)] = digit;
for (const [variant, canonical] of Object.entries(FOLD)) {
  const digit = canonical.length === 1 ? SINGLE[canonical.charCodeAt(0)] as number : NaN;
  if (variant.length === 1 && digit === digit) SINGLE[variant.charCodeAt(0)] = digit;
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Chinese digits 1-9 by code unit (0: none; full-width digits are Arabic); the small units 十百千 as powers of ten (0: none). */
const CHINESE_DIGIT = new Uint8Array(0x10000);
for (const ch of [...Object.keys(DIGITS), ...Object.keys(FOLD)]) {
  const code = ch.charCodeAt(0);
  const digit = SINGLE[code] as number;
  if (ch.length === 1 && !(code >= 0xff10 && code <= 0xff19) && digit >= 1) CHINESE_DIGIT[code] = digit;
}
const SMALL_UNIT = new Uint8Array(0x10000);
for (const [ch, exp] of Object.entries(SMALL_UNITS)) SMALL_UNIT[ch.charCodeAt(0)] = exp;
const TEN = '十'.charCodeAt(0);

/** The numeral [start, end) of `s` if it is one of the shapes above, else NaN. */
export function quickValue(s: string, start: number, end: number): number {
  if (end - start === 1) return SINGLE[s.charCodeAt(start)] as number;
  const first = s.charCodeAt(start);
  if (CHINESE_DIGIT[first] !== 0 || first === TEN) return chineseValue(s, start, end);
  let m = wholePart(s, start, end);
  if (Number.isNaN(m)) return NaN;
  let i = partEnd;
  let digits = partDigits;
  let decimals = 0;
  if (i < end && s.charCodeAt(i) === DOT) {
    for (i++; i < end && isDigitCode(s.charCodeAt(i)); i++) {
      m = m * 10 + (s.charCodeAt(i) - 0x30);
      decimals++;
    }
    if (decimals === 0) return NaN;
    digits += decimals;
  }
  if (digits > MAX_DIGITS) return NaN;
  let exp = 0;
  if (i < end) {
    const c = s.charCodeAt(i++);
    if (c === WAN) exp = BIG_UNITS['万'] as number;
    else if (c === YI) exp = BIG_UNITS['亿'] as number;
    else return NaN;
    if (i < end && exp === BIG_UNITS['万'] && s.charCodeAt(i) === YI) {
      exp += BIG_UNITS['亿'] as number;
      i++;
    }
  }
  const e = exp - decimals;
  const value = e >= 0 ? m * (POW10[e] as number) : m / (POW10[-e] as number);
  if (i === end) return value;
  // `3万4,000`, `1万2`: Arabic digits after one multiplier are added (a single digit takes the next lower unit).
  if (exp !== BIG_UNITS['万'] && exp !== BIG_UNITS['亿']) return NaN;
  if (end - i > 1) return value + arabicInteger(s, i, end);
  const c = s.charCodeAt(i);
  return isDigitCode(c) ? value + (c - 0x30) * (POW10[exp - 1] as number) : NaN;
}

/** The Arabic integer (digits, or `,` groups) that is all of [from, to), of at most MAX_DIGITS digits, else NaN. */
function arabicInteger(s: string, from: number, to: number): number {
  const m = wholePart(s, from, to);
  return partEnd === to && partDigits <= MAX_DIGITS ? m : NaN;
}

/** Where the last wholePart stopped, and how many digits it read (set by it: no object per number). */
let partEnd = 0;
let partDigits = 0;

/**
 * The whole part that starts at `from`: digits, or groups `1,234,567` (1-3 digits, then exactly 3 after
 * each comma), up to the first other character (partEnd); NaN when there is none or a group is wrong.
 */
function wholePart(s: string, from: number, to: number): number {
  let m = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) {
      m = m * 10 + (c - 0x30);
      digits++;
      group++;
    } else if (c === COMMA) {
      if (grouped ? group !== 3 : group < 1 || group > 3) return NaN;
      grouped = true;
      group = 0;
    } else break;
  }
  partEnd = i;
  partDigits = digits;
  return digits === 0 || (grouped && group !== 3) ? NaN : m;
}

/**
 * A Chinese numeral of one section (`九十五`, `两千`, `十五`, `三千五`), or two around `万`/`亿` (`八十万`,
 * `五万`, `一万二千`, `三亿五`), as parsePositional reads them: in a section, digits 1-9 each before a smaller
 * unit than the last, 十 without a digit only first; a last digit takes the next lower unit (`三千五` = 3500,
 * `一万二` = 12000) except right before the multiplier, where parsePositional adds it as it is
 * (`三千五万` = 30,050,000). No 零, no run of digits (`两三`), no second multiplier: those are NaN. The values
 * are integers below 10^13, exact in a double whatever the order of the operations.
 */
function chineseValue(s: string, start: number, end: number): number {
  let big = start;
  while (big < end && s.charCodeAt(big) !== WAN && s.charCodeAt(big) !== YI) big++;
  if (big === end) return sectionValue(s, start, end, true, NaN, true);
  const exp = s.charCodeAt(big) === WAN ? BIG_UNITS['万'] as number : BIG_UNITS['亿'] as number;
  const high = sectionValue(s, start, big, true, 1, false) * (POW10[exp] as number);
  return big + 1 === end ? high : high + sectionValue(s, big + 1, end, false, POW10[exp - 1] as number, true);
}

/**
 * One section [from, to): `first` allows a leading 十 without a digit; `bare` is what a lone digit with no
 * unit is worth per unit (NaN: not read here); `elide` gives a last digit after a unit the next lower unit.
 */
function sectionValue(s: string, from: number, to: number, first: boolean, bare: number, elide: boolean): number {
  let section = 0;
  let unit = 4; // the exponent of the last unit (above 千 before any)
  let digit = 0; // a digit waiting for its unit
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const d = CHINESE_DIGIT[c] as number;
    if (d !== 0) {
      if (digit !== 0) return NaN;
      digit = d;
      continue;
    }
    const u = SMALL_UNIT[c] as number;
    if (u === 0 || u >= unit || (digit === 0 && !(first && c === TEN && i === from))) return NaN;
    section += (digit === 0 ? 1 : digit) * (POW10[u] as number);
    digit = 0;
    unit = u;
  }
  if (unit === 4) return digit === 0 ? NaN : digit * bare; // no unit: a lone digit, or nothing
  return section + (digit !== 0 && elide && unit >= 2 ? digit * (POW10[unit - 1] as number) : digit);
}

/** Units as powers of ten by code unit (0: none): 十百千万亿. */
const UNIT_EXP = new Uint8Array(0x10000);
for (const [ch, exp] of [...Object.entries(SMALL_UNITS), ...Object.entries(BIG_UNITS)]) if (ch !== '兆') UNIT_EXP[ch.charCodeAt(0)] = exp;
const SOME_DIGIT_CODE = SOME_DIGIT.charCodeAt(0);
const SOME_PREFIX = new Uint8Array(0x10000);
for (const ch of SOME_PREFIXES) SOME_PREFIX[ch.charCodeAt(0)] = 1;

/**
 * Two Chinese digits one or two apart, bare or before one unit (`两三`, `三四十`, `五六万`): the range
 * parseQuantity reads (parsePair: `两三百` is 200 to 300), or null.
 */
export function quickPair(s: string, start: number, end: number): { value: number; max: number } | null {
  const length = end - start;
  if (length !== 2 && length !== 3) return null;
  const a = CHINESE_DIGIT[s.charCodeAt(start)] as number;
  const b = CHINESE_DIGIT[s.charCodeAt(start + 1)] as number;
  if (a === 0 || b === 0 || b - a < 1 || b - a > 2) return null;
  if (length === 2) return { value: a, max: b };
  const exp = UNIT_EXP[s.charCodeAt(start + 2)] as number;
  if (exp === 0) return null;
  const unit = POW10[exp] as number;
  return { value: a * unit, max: b * unit };
}

/**
 * `数十`, `几百`, `数万` (几 or 数 before one unit) and `十几`: the round part of these "some more" numerals,
 * as parseQuantity reads them (parseSome, qualifier over), or NaN.
 */
export function quickSome(s: string, start: number, end: number): number {
  if (end - start !== 2) return NaN;
  const first = s.charCodeAt(start);
  const second = s.charCodeAt(start + 1);
  if (SOME_PREFIX[first] === 1) {
    const exp = UNIT_EXP[second] as number;
    return exp === 0 ? NaN : (POW10[exp] as number);
  }
  return first === TEN && second === SOME_DIGIT_CODE ? 10 : NaN;
}
