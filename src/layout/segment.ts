/**
 * The heading styles, and what the re-joiner and the headline ask of a single line: may it start a block
 * (a cheap table test first), is it a heading by itself, could it head a block in a series. The document's
 * blocks are chosen in blocks.ts.
 */
import { isRegexBlank } from '../text/blanks.js';
import { FOLDED, foldCode } from '../text/normalize.js';
import { bareHeading } from './headings/bare.js';
import { bracketHeading } from './headings/bracket.js';
import { markdownHeading } from './headings/markdown.js';
import { NUMBERING, numberedHeading } from './headings/numbered.js';
import { runInHeading } from './headings/run-in.js';
import { speakerHeading } from './headings/speaker.js';
import { unitSpaceHeading } from './headings/unit-space.js';
import type { HeadingMatch, HeadingStyle } from './headings/types.js';
import { MAX_UNIT_NAME_LENGTH } from './unit-name.js';

/**
 * Most explicit first: a bracket or number says "heading" louder than a bare line does. A bare line (a whole
 * short line of name characters) is asked before the speaker and unit-then-blank shapes, which it never
 * takes from them (they need a blank, or an office and a person), so that a list of names skips them.
 */
export const HEADING_STYLES: readonly HeadingStyle[] = [markdownHeading, bracketHeading, numberedHeading, runInHeading, bareHeading, speakerHeading, unitSpaceHeading];

/** Marks that always open a new paragraph, heading or not: `一、`, `（一）`, `【`, `**`, `#`. */
const BLOCK_MARKER = /^(?:[【〖\[]|\*\*|__|#{1,6}\s)/;

/**
 * Can this folded line only start a block? (Used by the re-joiner: such a line never continues a paragraph.)
 * What is a heading by itself counts (a unit by its suffix, a speaker line) and a run-in name and colon
 * of any kind; a bare place or a sector, which needs a series to be believed, does not break a paragraph.
 */
export function startsBlock(line: string): boolean {
  const marked = ((CLASSES[line.charCodeAt(0)] ?? 0) & OPENER) !== 0 && (BLOCK_MARKER.test(line) || NUMBERING.test(line));
  return marked || headingOnItsOwn(line) !== null;
}

/**
 * Does this folded line end a block's heading, so that nothing after it continues it? A speaker line
 * (`北京知识产权法院党组成员、副院长  宋鱼水`) does; a line that reaches the margin and merely ends like a unit
 * (`参加庆祝…成立70周年和最高人民法院`) is wrapped prose.
 */
export const endsHeading = (line: string): boolean => speakerHeading.match(line) !== null;

/** Could this folded line head a block in some series (`城  区`, `山东：`)? Then it is no headline line. */
export const mayHeadBlock = (line: string): boolean => HEADING_STYLES.some((s) => s.match(line) !== null);

function headingOnItsOwn(line: string): HeadingMatch | null {
  for (const style of HEADING_STYLES) {
    if (style === unitSpaceHeading) continue;
    // A unit by its suffix, or a speaker; but a name and a colon at a line's start (`新竹縣：每胎…`, `山东：`)
    // breaks the paragraph whatever the name is.
    const m = style.match(line, style !== runInHeading);
    if (m) return m;
  }
  return null;
}

/**
 * A cheap necessary condition of startsBlock and of every heading style, read off the characters of
 * text[start, end) — folded text, or with `raw` unfolded text read through foldCode — with no slice and no
 * regex: false means that no style can match there, so most lines of prose are turned down without being
 * folded. It must stay in step with the styles:
 *   - BLOCK_MARKER, NUMBERING, markdown, bracket and numbered headings open with an OPENER, and an ASCII
 *     digit opens only NUMBERING's `\d{1,2}\s*[、.](?!\d)` (a bare heading's name never starts with one);
 *   - a run-in heading has its colon, or a blank before it, within RUN_IN_REACH characters;
 *   - a bare heading is a whole short line of unit-name characters.
 */
export function mayStartBlock(text: string, start: number, end: number, raw = false): boolean {
  if (end <= start) return true;
  const classes = raw ? RAW_CLASSES : CLASSES;
  // `6.7%，其中…` or `24家。`, a wrapped line that opens with a number that numbers nothing, reads on.
  if ((classes[text.charCodeAt(start)] as number) & OPENER && (!isDigit(codeAt(text, start, raw)) || digitNumbering(text, start, end, raw))) return true;
  let seen = 0;
  for (let i = start, reach = Math.min(end, start + RUN_IN_REACH); i < reach; i++) {
    const k = classes[text.charCodeAt(i)] as number;
    if (k & RUN_IN_MARK) return true;
    seen |= k;
  }
  // A bare heading is a short line (read whole above: RUN_IN_REACH is longer) of unit-name characters.
  return end - start <= MAX_UNIT_NAME_LENGTH + 1 && (seen & NOT_IN_NAME) === 0;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** The code unit at `i`, folded when the text is `raw`. */
const codeAt = (text: string, i: number, raw: boolean): number => (raw ? foldCode(text.charCodeAt(i)) : text.charCodeAt(i));

/** Does text[start, end), which opens with a digit, open with NUMBERING's `\d{1,2}\s*[、.](?!\d)`? */
function digitNumbering(text: string, start: number, end: number, raw: boolean): boolean {
  let i = start + 1;
  if (i < end && isDigit(codeAt(text, i, raw))) i++;
  while (i < end && isRegexBlank(codeAt(text, i, raw))) i++;
  if (i >= end) return false;
  const mark = codeAt(text, i, raw);
  return (mark === 0x3001 || mark === 0x2e) && !(i + 1 < end && isDigit(codeAt(text, i + 1, raw)));
}

/** mayStartBlock on a line of the source as it is (for the re-joiner). */
export const mayStartBlockRaw = (text: string, start: number, end: number): boolean => mayStartBlock(text, start, end, true);

/** A bullet and two blanks, a name of at most MAX_UNIT_NAME_LENGTH, then the colon or the first blank before it. */
const RUN_IN_REACH = 1 + 2 + MAX_UNIT_NAME_LENGTH + 1;
/** mayStartBlock's classes of a (folded) code unit, one flag each: the first character of `【〖[〔`, `**` `__`, `#`, `一、`…`十、`, `(一)`, `1.`; */
const OPENER = 1;
/** the colon of a run-in heading, or a blank (regex `\s`) before it; */
const RUN_IN_MARK = 2;
/** never in a unit name. */
const NOT_IN_NAME = 4;
/** The classes of each code unit: a table in place of the tests. RAW_CLASSES reads a code through foldCode first. */
const CLASSES = new Uint8Array(0x10000);
for (const c of '【〖[〔*_#一二三四五六七八九十(0123456789') CLASSES[c.charCodeAt(0)] = OPENER;
// Filled where the flags can be set: the blanks and the colon, and the code units below U+3000 and of the
// CJK punctuation and full-width blocks (neverInUnitName is false above U+2E7F elsewhere). A loop over all
// 65,536 with two calls each was a few milliseconds of every start.
CLASSES[0x3a] = (CLASSES[0x3a] as number) | RUN_IN_MARK;
const mark = (from: number, to: number): void => {
  for (let c = from; c < to; c++) CLASSES[c] = (CLASSES[c] as number) | (isRegexBlank(c) ? RUN_IN_MARK : 0) | (neverInUnitName(c) ? NOT_IN_NAME : 0);
};
mark(0, 0x3030);
mark(0xfeff, 0x10000);
// `博鳌亚洲论坛咨委、全球健康论坛大会主席陈冯富珍`: a speaker line may list two offices.
CLASSES[0x3001] = (CLASSES[0x3001] as number) & ~NOT_IN_NAME;
const RAW_CLASSES = CLASSES.slice();
for (let c = 0; c < 0x10000; c++) if (FOLDED[c] !== c) RAW_CLASSES[c] = CLASSES[FOLDED[c] as number] as number;

/**
 * Code units that are never part of a unit name (Han, Latin letters, digits, `()`, `·`; see unit-name.ts):
 * ASCII other than letters, digits and parentheses; everything below the CJK radicals (U+2E80) but `·`;
 * CJK punctuation `、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟〠` and the full-width and half-width forms.
 * Surrogates are not among them (a pair may be a Han character).
 */
export function neverInUnitName(c: number): boolean {
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x28 || c === 0x29);
  if (c < 0x2e80) return c !== 0xb7;
  return (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || (c >= 0xff00 && c <= 0xffef);
}
