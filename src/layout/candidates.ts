/**
 * Candidate headings of the whole document: each paragraph's, in the first style that matches it, and every
 * run-in right after a sentence's end (a copy that lost its paragraph breaks), each marked with whether body
 * text follows it. Which of them head blocks is series.ts's choice.
 */
import { charTable } from '../facts/chars.js';
import { isRegexBlank } from '../text/blanks.js';
import type { Paragraph, ReadingView } from '../text/unwrap.js';
import { COLON, skipSeparator } from './headings/types.js';
import { nameKind } from './names.js';
import { HEADING_STYLES, mayStartBlock } from './segment.js';
import { EXPLICIT_STYLES, type Candidate } from './series.js';
import { MAX_UNIT_NAME_LENGTH } from './unit-name.js';

/** Every paragraph's candidate heading (the first style that matches) and the run-ins after a sentence's end, in order. */
export function collectCandidates(view: ReadingView, bodyStart: number, bodyEnd: number): Candidate[] {
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
    if (c.followedByBody || c.explicit) continue; // (an explicit heading needs no body to be one)
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
const SENTENCE_END = charTable('。!?;！？；');

/**
 * `…增长8.5%。 云南：10月1日…`: run-in headings after a sentence's end inside the paragraph [start, end),
 * pushed to `out`. Each colon looks back at most a name's length for the sentence's end: linear.
 */
function runInsAfterSentences(view: ReadingView, paragraph: number, start: number, end: number, colons: Colons, out: Candidate[]): void {
  const text = view.folded;
  for (let colon = colons.from(start + 1); colon < end; colon = colons.from(colon + 1)) {
    let s = colon - 1;
    while (s > start && colon - s <= MAX_UNIT_NAME_LENGTH + 2 && SENTENCE_END[text.charCodeAt(s)] !== 1) s--;
    if (s <= start || SENTENCE_END[text.charCodeAt(s)] !== 1) continue;
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
  for (let i = at; i < end && length < MIN_SENTENCE && SENTENCE_END[text.charCodeAt(i)] !== 1; i++) if (!isRegexBlank(text.charCodeAt(i))) length++;
  return length >= MIN_SENTENCE;
}
const MIN_SENTENCE = 2;

/** Body text: a paragraph of prose, not another heading line or a one-line name in a list. */
function isBody(view: ReadingView, p: Paragraph | undefined, bodyEnd: number): boolean {
  if (!p || p.start >= bodyEnd) return false;
  const end = Math.min(p.end, bodyEnd);
  if (end - p.start >= MIN_BODY_LENGTH) return true;
  for (let i = p.start; i < end; i++) if (CLAUSE_MARKS[view.folded.charCodeAt(i)] === 1) return true;
  return false;
}
/** A paragraph this long is prose, whatever its punctuation. */
const MIN_BODY_LENGTH = 30;
export const CLAUSE_MARKS = charTable('，,。；;！!？?、');

