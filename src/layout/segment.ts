/**
 * Department blocks: each paragraph of the body is offered to the heading styles in order; the first that
 * recognises a unit name at its start opens a block, which runs to the next heading or the end of the body.
 */
import { isRegexBlank } from '../text/blanks.js';
import { FOLDED, foldCode } from '../text/normalize.js';
import type { Paragraph, ReadingView } from '../text/unwrap.js';
import { bareHeading } from './headings/bare.js';
import { bracketHeading } from './headings/bracket.js';
import { markdownHeading } from './headings/markdown.js';
import { NUMBERING, numberedHeading } from './headings/numbered.js';
import { runInHeading } from './headings/run-in.js';
import { speakerHeading } from './headings/speaker.js';
import { unitSpaceHeading } from './headings/unit-space.js';
import { nameKind } from './names.js';
import { chooseHeadings, EXPLICIT_STYLES, type Candidate } from './series.js';
import { skipSeparator } from './headings/types.js';
import type { HeadingMatch, HeadingStyle } from './headings/types.js';
import { MAX_UNIT_NAME_LENGTH } from './unit-name.js';


/** Most explicit first: a bracket or number says "heading" louder than a bare line does. */
export const HEADING_STYLES: readonly HeadingStyle[] = [markdownHeading, bracketHeading, numberedHeading, runInHeading, speakerHeading, unitSpaceHeading, bareHeading];

export interface Block {
  name: string;
  style: string;
  /** View offsets: block start (its kicker's, or its heading's), heading start, name, body start, block end (exclusive). */
  start: number;
  headingStart: number;
  nameStart: number;
  nameEnd: number;
  bodyStart: number;
  end: number;
}

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
    const m = style.match(line);
    // A name and a colon at a line's start (`新竹縣：每胎…`, `山东：`) breaks the paragraph whatever the name is.
    if (m && ((m.kind === 'unit' && style !== unitSpaceHeading) || style === runInHeading)) return m;
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

/** Blocks of the body, which is the view range [bodyStart, bodyEnd), and (when `explain`) the notes of the choice. */
export function segment(view: ReadingView, bodyStart: number, bodyEnd: number, explain = false): { blocks: Block[]; notes: string[] } {
  const candidates = collectCandidates(view, bodyStart, bodyEnd);
  const { headings, notes } = chooseHeadings(candidates, explain ? (c) => view.text.slice(c.nameStart, c.nameEnd) : null);
  const kickers = kickersOf(view, headings, bodyStart);
  if (explain && kickers.size > 0) notes.push(`each heading has the short line above it as its kicker (${kickers.size} of ${headings.length})`);
  const blocks: Block[] = [];
  for (const c of headings) {
    const previous = blocks[blocks.length - 1];
    const start = (kickers.size > 0 ? kickers.get(c) : undefined) ?? c.start;
    if (previous) previous.end = lastContentBefore(view, start);
    blocks.push({ name: view.text.slice(c.nameStart, c.nameEnd), style: c.style, start, headingStart: c.start, nameStart: c.nameStart, nameEnd: c.nameEnd, bodyStart: c.bodyStart, end: bodyEnd });
  }
  const last = blocks[blocks.length - 1];
  if (last) last.end = lastContentBefore(view, bodyEnd);
  return { blocks, notes };
}

/**
 * Kicker lines: a short line of its own above a heading line, `用电负荷934万千瓦创新高` over `电力部门：全天候服务保供电`,
 * or a speech's topic over its speaker line, opens the block (its figures are the block's). Taken where most
 * headings of the document have one (KICKER_SHARE), so that a list's last line or a caption above a heading is not.
 */
function kickersOf(view: ReadingView, headings: readonly Candidate[], bodyStart: number): Map<Candidate, number> {
  const found = new Map<Candidate, number>();
  let asked = 0;
  let after = -1; // the paragraph of the heading before: a kicker stands below it
  for (const c of headings) {
    const k = c.paragraph - 1;
    const p = view.paragraphs[k];
    if (!c.midline && p && p.start >= bodyStart) {
      asked++;
      if (k > after && isKicker(view, p, c.style === 'speaker')) found.set(c, p.start);
    }
    after = c.paragraph;
  }
  return found.size >= MIN_SERIES_OF_KICKERS && found.size >= asked * KICKER_SHARE ? found : new Map();
}
const KICKER_SHARE = 2 / 3;
const MIN_SERIES_OF_KICKERS = 2;
/** A kicker is one short line with no clause punctuation. */
const MAX_KICKER_LENGTH = 40;
/** Above a unit's heading, a kicker states the block's key figure; a line without one (a photo caption) is the block's before. */
const FIGURE = /[0-9一二三四五六七八九十百千万亿两]/;

/** Is paragraph `p` a kicker: one short line with no clause punctuation, and a figure in it unless it tops a speaker? */
function isKicker(view: ReadingView, p: Paragraph, speaker: boolean): boolean {
  if (p.firstLine !== p.lastLine || p.end - p.start > MAX_KICKER_LENGTH) return false;
  for (let i = p.start; i < p.end; i++) if (CLAUSE_MARKS.has(view.folded.charCodeAt(i)) || view.folded.charCodeAt(i) === COLON) return false;
  return speaker || FIGURE.test(view.folded.slice(p.start, p.end));
}

/** Every paragraph's candidate heading (the first style that matches) and the run-ins after a sentence's end, in order. */
function collectCandidates(view: ReadingView, bodyStart: number, bodyEnd: number): Candidate[] {
  const { paragraphs, folded } = view;
  const out: Candidate[] = [];
  const colons = new Colons(folded);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph;
    if (p.start < bodyStart || p.start >= bodyEnd) continue;
    const end = Math.min(p.end, bodyEnd);
    if (mayStartBlock(folded, p.start, end)) {
      const paragraph = folded.slice(p.start, end);
      for (const style of HEADING_STYLES) {
        const m = style.match(paragraph);
        if (!m) continue;
        const whole = m.bodyStart >= paragraph.length;
        out.push({
          style: style.name,
          kind: m.kind,
          start: p.start,
          nameStart: p.start + m.nameStart,
          nameEnd: p.start + m.nameEnd,
          bodyStart: p.start + m.bodyStart,
          midline: false,
          explicit: m.kind === 'unit' && EXPLICIT_STYLES.has(style.name),
          followedByBody: !whole,
          paragraph: k,
        });
        break;
      }
    }
    runInsAfterSentences(view, k, p.start, end, colons, out);
  }
  markFollowedByBody(view, out, bodyEnd);
  return out;
}

/** A heading line is followed by body text when prose comes within BODY_REACH paragraphs, before the next candidate. */
function markFollowedByBody(view: ReadingView, candidates: Candidate[], bodyEnd: number): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    if (c.followedByBody) continue;
    const next = (candidates[i + 1]?.paragraph ?? Infinity);
    for (let k = c.paragraph + 1; k <= c.paragraph + BODY_REACH && k < next && !c.followedByBody; k++) c.followedByBody = isBody(view, view.paragraphs[k], bodyEnd);
  }
}
/** `民盟中央` / `拟提交提案：46件` / `重点关注领域：` / prose: label lines may stand between a heading and its body. */
const BODY_REACH = 3;

/**
 * The colons of the folded text, found in one forward pass: `from(i)` is the first colon at or after `i`
 * (text.length when none), for positions that never go back. indexOf from each paragraph would scan to the
 * next colon every time, quadratic in a text with few colons.
 */
class Colons {
  private next = -1;
  constructor(private readonly text: string) {}
  from(i: number): number {
    if (this.next < i) {
      const at = this.text.indexOf(':', i);
      this.next = at < 0 ? this.text.length : at;
    }
    return this.next;
  }
}

/** Sentence ends after which a run-in heading may stand in a paragraph that lost its breaks. */
const SENTENCE_END = new Set(['。', '!', '?', ';', '！', '？', '；'].map((c) => c.charCodeAt(0)));
/** The colon after a name: folding made `：` ASCII. */
const COLON = 0x3a;

/**
 * `…增长8.5%。 云南：10月1日…`: run-in headings after a sentence's end inside the paragraph [start, end),
 * pushed to `out`. Each colon looks back at most a name's length for the sentence's end: linear.
 */
function runInsAfterSentences(view: ReadingView, paragraph: number, start: number, end: number, colons: Colons, out: Candidate[]): void {
  const text = view.folded;
  for (let colon = colons.from(start + 1); colon < end; colon = colons.from(colon + 1)) {
    let s = colon - 1;
    while (s > start && colon - s <= MAX_UNIT_NAME_LENGTH + 2 && !SENTENCE_END.has(text.charCodeAt(s))) s--;
    if (s <= start || !SENTENCE_END.has(text.charCodeAt(s))) continue;
    let nameStart = s + 1;
    while (nameStart < colon && isRegexBlank(text.charCodeAt(nameStart))) nameStart++;
    let nameEnd = colon;
    while (nameEnd > nameStart && isRegexBlank(text.charCodeAt(nameEnd - 1))) nameEnd--;
    const kind = nameEnd - nameStart >= 2 && text.charCodeAt(colon) === COLON ? nameKind(text.slice(nameStart, nameEnd), true) : null;
    if (!kind) continue;
    const bodyStart = skipSeparator(text, colon);
    out.push({ style: 'run-in', kind, start: nameStart, nameStart, nameEnd, bodyStart, midline: true, explicit: false, followedByBody: sentenceFollows(text, bodyStart, end), paragraph });
  }
}

/** Does a sentence of MIN_SENTENCE characters or more start at `at` (`。河南：。` has none)? */
function sentenceFollows(text: string, at: number, end: number): boolean {
  let length = 0;
  for (let i = at; i < end && length < MIN_SENTENCE && !SENTENCE_END.has(text.charCodeAt(i)); i++) if (!isRegexBlank(text.charCodeAt(i))) length++;
  return length >= MIN_SENTENCE;
}
const MIN_SENTENCE = 2;

/** Body text: a paragraph of prose, not another heading line or a one-line name in a list. */
function isBody(view: ReadingView, p: Paragraph | undefined, bodyEnd: number): boolean {
  if (!p || p.start >= bodyEnd) return false;
  const end = Math.min(p.end, bodyEnd);
  if (end - p.start >= MIN_BODY_LENGTH) return true;
  for (let i = p.start; i < end; i++) if (CLAUSE_MARKS.has(view.folded.charCodeAt(i))) return true;
  return false;
}
/** A paragraph this long is prose, whatever its punctuation. */
const MIN_BODY_LENGTH = 30;
const CLAUSE_MARKS = new Set(['，', ',', '。', '；', ';', '！', '!', '？', '?', '、'].map((c) => c.charCodeAt(0)));

/** Drop the paragraph breaks before `at`. */
function lastContentBefore(view: ReadingView, at: number): number {
  let end = at;
  while (end > 0 && isRegexBlank(view.text.charCodeAt(end - 1))) end--;
  return end;
}
