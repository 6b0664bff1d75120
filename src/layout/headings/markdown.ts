/** Markdown headings: `**区财政局**`, `**区财政局：**正文`, `## 区财政局`. */
import { charTable } from '../../facts/chars.js';
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { BLANKS, skipSeparator, type HeadingStyle } from './types.js';

const BOLD = new RegExp(`^(?:\\*\\*|__)${BLANKS}(?<name>[^*_\\n]{2,${MAX_UNIT_NAME_LENGTH + 1}}?)${BLANKS}(?:\\*\\*|__)`);
const ATX = new RegExp(`^#{1,6}\\s${BLANKS}(?<name>[^\\n#]{2,${MAX_UNIT_NAME_LENGTH + 1}}?)${BLANKS}#*${BLANKS}(?:\\n|$)`);
const TRAILING_COLON = /:$/;
/** The first characters of BOLD and ATX. */
const MARKS = charTable('*_#');

export const markdownHeading: HeadingStyle = {
  name: 'markdown',
  match(paragraph, unitsOnly) {
    if (MARKS[paragraph.charCodeAt(0)] !== 1) return null; // most paragraphs: no regex
    const m = BOLD.exec(paragraph) ?? ATX.exec(paragraph);
    const written = m?.groups?.name;
    if (!m || !written) return null;
    const name = written.replace(TRAILING_COLON, '');
    const kind = nameKind(name, true, unitsOnly);
    if (!kind) return null;
    const nameStart = paragraph.indexOf(name);
    return { nameStart, nameEnd: nameStart + name.length, bodyStart: skipSeparator(paragraph, m[0].length), kind };
  },
};
