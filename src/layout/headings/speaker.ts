/**
 * A speaker heading: a line `unit + office + person` (`江苏省政协主席 张某某`, `中国探月工程总设计师吴伟仁`), or the
 * same then a colon and a sub-headline (`生态环境部部长李干杰：污染防治攻坚战将坚守阵地`). The name is the unit.
 * A colon followed by a sentence is a quote (`村党支部书记李明：以前，…`), not a heading.
 */
import { readSpeaker } from '../speaker.js';
import { skipSeparator, type HeadingStyle } from './types.js';

/** A speaker line or a speaker heading is at most this long. */
const MAX_LINE = 60;
/** A sub-headline has no clause punctuation: `，。；！？` make the text after the colon a quote. */
const CLAUSE_PUNCTUATION = /[,，。；;！!？?:]/;

export const speakerHeading: HeadingStyle = {
  name: 'speaker',
  match(paragraph) {
    if (paragraph.length > MAX_LINE || paragraph.includes('\n')) return null;
    const colon = paragraph.indexOf(':');
    if (colon >= 0 && CLAUSE_PUNCTUATION.test(paragraph.slice(colon + 1))) return null;
    const speaker = readSpeaker(colon >= 0 ? paragraph.slice(0, colon) : paragraph);
    if (!speaker) return null;
    // The sub-headline after the colon is the block's text (its figures are the block's facts).
    return { nameStart: 0, nameEnd: speaker.unitEnd, bodyStart: colon >= 0 ? skipSeparator(paragraph, colon) : paragraph.length, kind: 'unit' };
  },
};
