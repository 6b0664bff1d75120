/**
 * Positional Chinese numerals, with Arabic numbers allowed in any digit slot (`5亿1万4千6百`, `3万4000`).
 * Input is canonical (see `canonicalize` in numerals.ts): folded, no whitespace, no sign.
 */
import { BIG_UNITS, DIGITS, HALF, POINT, SMALL_UNITS } from './numeral-chars.js';

/** x · 10^exp, rounded once, so `1.2万` is exactly 12000 and `4.78万亿` exactly 4.78e12. */
export function scale(x: number, exp: number): number {
  const s = String(x);
  return s.includes('e') ? x * 10 ** exp : Number(`${s}e${exp}`);
}

// `1,100.9` in `1,100.9亿`, `4000` in `3万4000` (sticky: read at a position)
const ARABIC_AT = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

/** A digit after 点, read one by one: `点零五` → '05'. */
const fractionDigit = (c: string | undefined): string | undefined =>
  c === undefined ? undefined : c >= '0' && c <= '9' ? c : DIGITS[c]?.toString();

type Prev = 'start' | 'digit' | 'zero' | 'small' | 'big' | 'fraction';
/** A finished section times its big unit: `五亿` is { value: 5e8, exp: 8 }. Kept with exp decreasing. */
interface Group { value: number; exp: number }

/**
 * One left-to-right pass. Small units (十百千) build a section; a big unit (万亿兆) multiplies the section
 * and any smaller groups before it (`一万五千亿` = 1.5e12), or the group just before it (`四万万`, `4.78万亿`).
 * A last single digit right after 百 or a larger unit takes the next lower unit (`三千五` = 3500,
 * `九十二万四` = 924000, `1万2` = 12000) unless 零 came between (`三千零五` = 3005).
 */
export function parsePositional(s: string): number | null {
  const groups: Group[] = [];
  let section = 0;
  let pending: number | null = null; // a digit or Arabic number waiting for its unit
  let pendingIsDigit = false; // a single digit, which can take an elided unit
  let half = false; // pending is 半, which needs a unit after it
  let unitBefore = -1; // exp of the unit right before the pending number (-1: none)
  let lastUnit = -1; // exp of the last unit token
  let ceiling = Infinity; // small units decrease within a section: 千 > 百 > 十
  let prev: Prev = 'start';

  const flush = (): void => {
    if (pending === null) return;
    section += pendingIsDigit && unitBefore >= 2 ? scale(pending, unitBefore - 1) : pending;
    pending = null;
  };

  for (let i = 0; i < s.length;) {
    ARABIC_AT.lastIndex = i;
    const arabic = ARABIC_AT.exec(s)?.[0];
    const ch = arabic ?? s[i]!;
    i += ch.length;
    const digit = arabic !== undefined ? Number(arabic.replaceAll(',', '')) : ch === HALF ? 0.5 : DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (prev === 'fraction' && big === undefined) return null; // `两千万点五五` ends the number

    if (digit === 0 && arabic === undefined) { // 零 / 〇: a filler between units (`一千零一`)
      if (pending !== null) return null;
      prev = 'zero';
    } else if (digit !== undefined) { // `五`, `4000`, `半`
      if (pending !== null) return null;
      pending = digit;
      half = ch === HALF;
      pendingIsDigit = arabic === undefined ? !half : arabic.length === 1;
      unitBefore = prev === 'small' || prev === 'big' ? lastUnit : -1;
      prev = 'digit';
    } else if (small !== undefined) { // `三千`, `十五`, `百三`, `零十`
      if (small >= ceiling || (pending === null && prev !== 'start' && prev !== 'zero' && prev !== 'big')) return null;
      section += scale(pending ?? 1, small);
      pending = null;
      half = false;
      ceiling = lastUnit = small;
      prev = 'small';
    } else if (big !== undefined) { // `五亿`, `一万五千亿`, `四万万`
      if (pending === null && section === 0 && prev === 'big') {
        const last = groups.pop()!;
        if (groups.length > 0 && groups.at(-1)!.exp <= last.exp + big) return null; // `五亿三万亿`
        groups.push({ value: scale(last.value, big), exp: last.exp + big });
      } else {
        if (pending === null && prev !== 'start' && prev !== 'small' && prev !== 'fraction') return null;
        let value = section + (pending ?? (prev === 'start' ? 1 : 0));
        let exp = big;
        while (groups.length > 0 && groups.at(-1)!.exp < big) {
          const g = groups.pop()!;
          value += g.value;
          exp = Math.max(exp, big + g.exp);
        }
        if (groups.length > 0 && groups.at(-1)!.exp <= exp) return null; // `一万二万`
        groups.push({ value: scale(value, big), exp });
      }
      section = 0;
      pending = null;
      half = false;
      ceiling = Infinity;
      lastUnit = big;
      prev = 'big';
    } else if (ch === POINT) { // `三点五`, `两千三点一` = 2300.1, `四百亿点零五`
      const leadingZero = prev === 'zero' && section === 0 && groups.length === 0; // `零点五`
      if (half || prev === 'start' || (prev === 'zero' && !leadingZero)) return null;
      flush();
      let frac = '';
      for (let d = fractionDigit(s[i]); d !== undefined; d = fractionDigit(s[++i])) frac += d;
      if (frac === '') return null;
      section += Number(`0.${frac}`);
      prev = 'fraction';
    } else {
      return null;
    }
  }
  if (prev === 'start' || prev === 'zero' || half) return null;
  flush();
  return groups.reduce((sum, g) => sum + g.value, section);
}
