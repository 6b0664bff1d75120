/** A run-in heading at the start of a paragraph: `区财政局：全力筹措资金…`, `县水利局:立即…`, `▲区卫健委：…`, `河南：…`. */
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { BULLET, BULLET_CHARS, skipSeparator, type HeadingStyle } from './types.js';

/** `县应急管理局：` — a name, then a colon (folding made `：` an ASCII `:`). */
const RUN_IN = new RegExp(`^(?<name>[^\\s:，,。]{2,${MAX_UNIT_NAME_LENGTH}}?)\\s*:`);

export const runInHeading: HeadingStyle = {
  name: 'run-in',
  match(paragraph) {
    const at = BULLET_CHARS.includes(paragraph.charAt(0)) ? (BULLET.exec(paragraph)?.[0].length ?? 0) : 0; // `▲区卫健委：…`
    // RUN_IN ends at the first colon, after two characters at least: most paragraphs have none (no regex then).
    if (paragraph.indexOf(':', at) < at + 2) return null;
    const name = RUN_IN.exec(paragraph.slice(at))?.groups?.name;
    // The colon marks it as a heading: a short name is enough (`勞動部：`, `教育部：`).
    const kind = name ? nameKind(name, true) : null;
    if (!name || !kind) return null;
    return { nameStart: at, nameEnd: at + name.length, bodyStart: skipSeparator(paragraph, at + name.length), kind };
  },
};
