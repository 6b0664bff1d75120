/**
 * A unit, a blank, then the body on the same line: `区应急管理局 连日来，…`, `山东 实现旅游收入559.6亿元，…`,
 * `中国建材 分别于1月26日…`.
 */
import { isRegexBlank } from '../../text/blanks.js';
import { nameKind } from '../names.js';
import { MAX_UNIT_NAME_LENGTH } from '../unit-name.js';
import { skipSeparator, type HeadingStyle } from './types.js';

/** The body reads as a sentence: it has a clause mark within its first characters. */
const CLAUSE_MARK = /[，,。；;]/;
const BODY_REACH = 60;

export const unitSpaceHeading: HeadingStyle = {
  name: 'unit-space',
  match(paragraph, unitsOnly) {
    let end = 0;
    while (end < paragraph.length && end <= MAX_UNIT_NAME_LENGTH && !isRegexBlank(paragraph.charCodeAt(end))) end++;
    if (end < 2 || end > MAX_UNIT_NAME_LENGTH || end >= paragraph.length) return null;
    const kind = nameKind(paragraph.slice(0, end), false, unitsOnly);
    if (!kind) return null; // (the name first: most lines with a blank early name nothing)
    const bodyStart = skipSeparator(paragraph, end);
    return CLAUSE_MARK.test(paragraph.slice(bodyStart, bodyStart + BODY_REACH)) ? { nameStart: 0, nameEnd: end, bodyStart, kind } : null;
  },
};
