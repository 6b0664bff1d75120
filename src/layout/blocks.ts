/**
 * Department blocks: the candidate headings of the whole document (candidates.ts), the ones the document
 * uses as its headings (series.ts), the kicker lines above them; each block runs to the next heading or the
 * end of the body.
 */
import { isRegexBlank } from '../text/blanks.js';
import type { ReadingView } from '../text/unwrap.js';
import { collectCandidates } from './candidates.js';
import { kickersOf } from './kickers.js';
import { chooseHeadings } from './series.js';

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

/** Drop the paragraph breaks (and any blanks) before `at`. */
export function lastContentBefore(view: ReadingView, at: number): number {
  let end = at;
  while (end > 0 && isRegexBlank(view.text.charCodeAt(end - 1))) end--;
  return end;
}
