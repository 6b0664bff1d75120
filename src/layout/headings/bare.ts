/** A heading on its own line: `区党政办公室`, `济宁高新控股集团` (a trailing colon is allowed). */
import { looksLikeUnitName } from '../unit-name.js';
import { NUMBERING } from './numbered.js';
import type { HeadingStyle } from './types.js';

const TRAILING_COLON = /[:：]$/;

export const bareHeading: HeadingStyle = {
  name: 'bare',
  match(paragraph) {
    // `(一)综合组` is the numbered style's to take or decline: its number is never part of a name.
    if (paragraph.includes('\n') || NUMBERING.test(paragraph)) return null;
    const name = paragraph.replace(TRAILING_COLON, '');
    return looksLikeUnitName(name) ? { nameStart: 0, nameEnd: name.length, bodyStart: paragraph.length } : null;
  },
};
