/** A heading on its own line: `区党政办公室`, `济宁高新控股集团`, `泽州县`, `山东：` (a trailing colon is allowed). */
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { COLON, type HeadingStyle } from './types.js';


export const bareHeading: HeadingStyle = {
  name: 'bare',
  match(paragraph, unitsOnly) {
    // Longer than a name and its colon: not one (checked first, so a long paragraph is not scanned).
    if (paragraph.length > MAX_UNIT_NAME_LENGTH + 1 || paragraph.includes('\n')) return null;
    const name = paragraph.charCodeAt(paragraph.length - 1) === COLON ? paragraph.slice(0, -1) : paragraph;
    const kind = nameKind(name, false, unitsOnly);
    return kind ? { nameStart: 0, nameEnd: name.length, bodyStart: paragraph.length, kind } : null;
  },
};
