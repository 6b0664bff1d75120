/** A run-in heading at the start of a paragraph: `区财政局：全力筹措资金…`, `县水利局:立即…`, `▲区卫健委：…`, `河南：…`. */
import { isRegexBlank } from '../../text/blanks.js';
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { BULLET, BULLET_INITIAL, COLON, skipSeparator, type HeadingStyle } from './types.js';

/**
 * `县应急管理局：` — a name of 2 to MAX_UNIT_NAME_LENGTH characters other than blanks, `:`, `，`, `,` and `。`,
 * then blanks and a colon (folding made `：` an ASCII `:`): the regex `^([^\s:，,。]{2,25}?)\s*:`, read by
 * hand, since a paragraph of every line of a document is asked (a regex with a group allocates each time).
 */
function runInName(paragraph: string, at: number): number {
  let end = at;
  for (; end < paragraph.length && end - at <= MAX_UNIT_NAME_LENGTH; end++) {
    const c = paragraph.charCodeAt(end);
    if (c === COLON || isRegexBlank(c)) break;
    if (c === 0xff0c || c === 0x2c || c === 0x3002) return -1; // `，` `,` `。`: a clause, not a name
  }
  const length = end - at;
  if (length < 2 || length > MAX_UNIT_NAME_LENGTH) return -1;
  let colon = end;
  while (colon < paragraph.length && isRegexBlank(paragraph.charCodeAt(colon))) colon++;
  return paragraph.charCodeAt(colon) === COLON ? end : -1;
}

export const runInHeading: HeadingStyle = {
  name: 'run-in',
  match(paragraph, unitsOnly) {
    const at = BULLET_INITIAL[paragraph.charCodeAt(0)] === 1 ? (BULLET.exec(paragraph)?.[0].length ?? 0) : 0; // `▲区卫健委：…`
    const end = runInName(paragraph, at);
    if (end < 0) return null;
    // The colon marks it as a heading: a short name is enough (`勞動部：`, `教育部：`).
    const kind = nameKind(paragraph.slice(at, end), true, unitsOnly);
    return kind ? { nameStart: at, nameEnd: end, bodyStart: skipSeparator(paragraph, end), kind } : null;
  },
};
