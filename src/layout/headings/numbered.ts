/**
 * Numbered headings: `一、区财政局`, `（一）区财政局`, `1. 区财政局`, `（1）区财政局`, then a colon, a
 * blank, the end of the line — or straight into a sentence whose subject is the unit (`一、县财政局全力…`).
 */
import { charTable } from '../../facts/chars.js';
import { nameKind } from '../names.js';
import { hasStrongSuffix, looksLikeUnitName, MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { skipSeparator, type HeadingStyle } from './types.js';

/** `一、` `十二、` `（三）` `(3)` `3.` `3、` — folding made `（）．` ASCII. */
export const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[、.](?!\d))\s*/;
const NAME_END = /[\s:，,。；;]/;
/** The first characters of NUMBERING. */
const NUMBER_START = charTable('一二三四五六七八九十(0123456789');

export const numberedHeading: HeadingStyle = {
  name: 'numbered',
  match(paragraph, unitsOnly) {
    if (NUMBER_START[paragraph.charCodeAt(0)] !== 1) return null; // most paragraphs: no regex
    const marker = NUMBERING.exec(paragraph);
    if (!marker) return null;
    const at = marker[0].length;
    const rest = paragraph.slice(at);
    const end = rest.search(NAME_END);
    const name = end < 0 ? rest : rest.slice(0, end);
    const kind = nameKind(name, true, unitsOnly);
    if (kind) return { nameStart: at, nameEnd: at + name.length, bodyStart: skipSeparator(paragraph, at + name.length), kind };
    // `一、县财政局全力筹措资金…`: the shortest prefix that ends like a unit.
    for (let len = 3; len <= Math.min(MAX_UNIT_NAME_LENGTH, name.length - 1); len++) {
      const prefix = name.slice(0, len);
      if (hasStrongSuffix(prefix) && looksLikeUnitName(prefix, true)) {
        return { nameStart: at, nameEnd: at + len, bodyStart: at + len, kind: 'unit' };
      }
    }
    return null;
  },
};
