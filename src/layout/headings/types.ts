import { charTable } from '../../facts/chars.js';
import { isRegexBlank } from '../../text/blanks.js';
import type { NameKind } from '../names.js';

/** A heading style recognises the heading at the start of a (folded) paragraph, or declines with null. */
export interface HeadingMatch {
  /** Offsets of the unit name within the paragraph. */
  nameStart: number;
  nameEnd: number;
  /** Where the body starts within the paragraph: after a colon or bracket, or its end for a heading line. */
  bodyStart: number;
  /** What the name is (names.ts): all but a `unit` need a series to be believed. */
  kind: NameKind;
}

export interface HeadingStyle {
  name: string;
  /** @param unitsOnly only a unit by its suffix will do (the place table and the sector endings are not asked). */
  match(paragraph: string, unitsOnly?: boolean): HeadingMatch | null;
}

/**
 * Blanks around a name inside heading marks, as regex source. Bounded: with `\s*` on both sides of a name
 * that may itself hold blanks, `【` or `**` followed by a long run of spaces backtracks quadratically.
 */
export const BLANKS = '\\s{0,8}';

/** Skip a colon and blanks after a name: `区财政局：…`, `【区教育局】 …` (the characters of `/[\s:：]/`, by code). */
export function skipSeparator(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
  return i;
}

/** The colon that ends a run-in name: folding made `：` an ASCII `:`. */
export const COLON = 0x3a;

/** A colon (ASCII or full-width) or a blank: a character of `/[\s:：]/`. */
export const isSeparator = (c: number): boolean => c === COLON || c === 0xff1a || isRegexBlank(c);

/** A bullet symbol that may stand before a heading in web copies: `▲区卫健委：`, `★区交通运输局：`, `● `. */
export const BULLET = /^[▲△■□●○◆◇★☆▶►•※◎]\s{0,2}/;
/** BULLET's first characters (a paragraph that opens with none is not asked the regex). */
export const BULLET_INITIAL = charTable('▲△■□●○◆◇★☆▶►•※◎');
