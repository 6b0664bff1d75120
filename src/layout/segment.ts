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

/**
 * The date under a closing signature: `2024年1月8日`, `二〇二二年九月十日`, `2024-01-08`. A unit name right above
 * such a line signs the document (`云溪县乡村振兴局` / `2024年1月8日`); it does not head a block.
 */
const SIGNATURE_DATE = /^(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;

/** Marks that always open a new paragraph, heading or not: `一、`, `（一）`, `【`, `**`, `#`. */
const BLOCK_MARKER = /^(?:[【〖\[]|\*\*|__|#{1,6}\s)/;

/** Can this folded line only start a block? (Used by the re-joiner: such a line never continues a paragraph.) */
export function startsBlock(line: string): boolean {
  return BLOCK_MARKER.test(line) || NUMBERING.test(line) || HEADING_STYLES.some((s) => s.match(line) !== null);
}

/** Blocks of the body, which is the view range [bodyStart, bodyEnd). */
export function segment(view: ReadingView, bodyStart: number, bodyEnd: number): Block[] {
  const blocks: Block[] = [];
  view.paragraphs.forEach((p, k) => {
    if (p.start < bodyStart || p.start >= bodyEnd) return;
    const paragraph = view.folded.slice(p.start, Math.min(p.end, bodyEnd));
    const next = view.paragraphs[k + 1];
    const signed = next !== undefined && next.start < bodyEnd && SIGNATURE_DATE.test(view.folded.slice(next.start, Math.min(next.end, bodyEnd)).trim());
    for (const style of HEADING_STYLES) {
      const m = style.match(paragraph);
      if (!m) continue;
      if (signed && style === bareHeading) break;
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
  });
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
