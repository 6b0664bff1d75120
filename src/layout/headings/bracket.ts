/** A bracketed heading: `【区教育局】`, `[区教育局]`, `〖区教育局〗`, with or without text after it. */
import { charTable } from '../../facts/chars.js';
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { BLANKS, skipSeparator, type HeadingStyle } from './types.js';

const BRACKETED = new RegExp(`^[【\\[〖〔]${BLANKS}(?<name>[^】\\]〗〕\\n]{2,${MAX_UNIT_NAME_LENGTH}}?)${BLANKS}[】\\]〗〕]`);

/** The first characters of BRACKETED. */
const OPENING = charTable('【[〖〔');

export const bracketHeading: HeadingStyle = {
  name: 'bracket',
  match(paragraph, unitsOnly) {
    if (OPENING[paragraph.charCodeAt(0)] !== 1) return null; // most paragraphs: no regex
    const m = BRACKETED.exec(paragraph);
    const name = m?.groups?.name;
    const kind = name ? nameKind(name, true, unitsOnly) : null;
    if (!m || !name || !kind) return null;
    const nameStart = paragraph.indexOf(name);
    return { nameStart, nameEnd: nameStart + name.length, bodyStart: skipSeparator(paragraph, m[0].length), kind };
  },
};
