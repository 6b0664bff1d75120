/** A run-in heading at the start of a paragraph: `区财政局：全力筹措资金…`, `县水利局:立即…`. */
import { looksLikeUnitName, MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { skipSeparator, type HeadingStyle } from './types.js';

/** `县应急管理局：` — a name, then a colon (folding made `：` an ASCII `:`). */
const RUN_IN = new RegExp(`^(?<name>[^\\s:，,。]{2,${MAX_UNIT_NAME_LENGTH}}?)\\s*:`);

export const runInHeading: HeadingStyle = {
  name: 'run-in',
  match(paragraph) {
    const name = RUN_IN.exec(paragraph)?.groups?.name;
    if (!name || !looksLikeUnitName(name)) return null;
    return { nameStart: 0, nameEnd: name.length, bodyStart: skipSeparator(paragraph, name.length) };
  },
};
