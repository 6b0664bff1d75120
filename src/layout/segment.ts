/**
 * Department blocks: each paragraph of the body is offered to the heading styles in order; the first that
 * recognises a unit name at its start opens a block, which runs to the next heading or the end of the body.
 */
import type { ReadingView } from '../text/unwrap.js';
import { bareHeading } from './headings/bare.js';
import { bracketHeading } from './headings/bracket.js';
import { markdownHeading } from './headings/markdown.js';
import { NUMBERING, numberedHeading } from './headings/numbered.js';
import { runInHeading } from './headings/run-in.js';
import type { HeadingStyle } from './headings/types.js';

/** Most explicit first: a bracket or number says "heading" louder than a bare line does. */
export const HEADING_STYLES: readonly HeadingStyle[] = [markdownHeading, bracketHeading, numberedHeading, runInHeading, bareHeading];

export interface Block {
  name: string;
  style: string;
  /** View offsets: heading start, name, body start, block end (exclusive). */
  start: number;
  nameStart: number;
  nameEnd: number;
  bodyStart: number;
  end: number;
}

/** Marks that always open a new paragraph, heading or not: `一、`, `（一）`, `【`, `**`, `#`. */
const BLOCK_MARKER = /^(?:[【〖\[]|\*\*|__|#{1,6}\s)/;

/** Can this folded line only start a block? (Used by the re-joiner: such a line never continues a paragraph.) */
export function startsBlock(line: string): boolean {
  return BLOCK_MARKER.test(line) || NUMBERING.test(line) || HEADING_STYLES.some((s) => s.match(line) !== null);
}

/** Blocks of the body, which is the view range [bodyStart, bodyEnd). */
export function segment(view: ReadingView, bodyStart: number, bodyEnd: number): Block[] {
  const blocks: Block[] = [];
  for (const p of view.paragraphs) {
    if (p.start < bodyStart || p.start >= bodyEnd) continue;
    const paragraph = view.folded.slice(p.start, Math.min(p.end, bodyEnd));
    for (const style of HEADING_STYLES) {
      const m = style.match(paragraph);
      if (!m) continue;
      const previous = blocks[blocks.length - 1];
      if (previous) previous.end = lastContentBefore(view, p.start);
      blocks.push({
        name: view.text.slice(p.start + m.nameStart, p.start + m.nameEnd),
        style: style.name,
        start: p.start,
        nameStart: p.start + m.nameStart,
        nameEnd: p.start + m.nameEnd,
        bodyStart: p.start + m.bodyStart,
        end: bodyEnd,
      });
      break;
    }
  }
  const last = blocks[blocks.length - 1];
  if (last) last.end = lastContentBefore(view, bodyEnd);
  return blocks;
}

/** Drop the paragraph breaks before `at`. */
function lastContentBefore(view: ReadingView, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(view.text[end - 1] as string)) end--;
  return end;
}
