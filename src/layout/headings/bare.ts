/** A heading on its own line: `区党政办公室`, `济宁高新控股集团` (a trailing colon is allowed). */
import { looksLikeUnitName } from '../unit-name.js';
import type { HeadingStyle } from './types.js';

const TRAILING_COLON = /[:：]$/;

export const bareHeading: HeadingStyle = {
  name: 'bare',
  match(paragraph) {
    if (paragraph.includes('\n')) return null;
    const name = paragraph.replace(TRAILING_COLON, '');
    return looksLikeUnitName(name) ? { nameStart: 0, nameEnd: name.length, bodyStart: paragraph.length } : null;
  },
};
