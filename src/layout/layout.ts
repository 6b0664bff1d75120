/**
 * The document layer, as a recipe: headline → body lines → reading view → byline → blocks → lead.
 */
import type { Byline } from '../schema.js';
import type { SourceText } from '../text/source.js';
import { ReadingView, unwrap } from '../text/unwrap.js';
import { closingCredits, isBylineLine, leadingByline, META_LINE } from './byline.js';
import { findHeadline, type Headline } from './headline.js';
import { DATE_LINE } from './dates.js';
import { looksLikeUnitName } from './unit-name.js';
import { isRegexBlank } from '../text/blanks.js';
import { lastContentBefore, segment, type Block } from './blocks.js';
import { endsHeading, mayHeadBlock, mayStartBlockRaw, startsBlock } from './segment.js';

export interface Layout {
  headline: Headline;
  /** The headline's restored lines as a view of their own (facts in a title are facts too). */
  headlineView: ReadingView;
  byline: Byline | null;
  /** The body: everything but the headline and trailing metadata, re-joined. */
  view: ReadingView;
  /** View range of the lead (after the byline, before the first block), or null. */
  lead: { start: number; end: number } | null;
  blocks: Block[];
  /** How the headings were chosen (series.ts), for `--debug`; empty unless asked (readLayout's `explain`). */
  headingNotes: string[];
  bodyStart: number;
  bodyEnd: number;
}

/** @param options.explain write `headingNotes` (they cost a pass over the candidates). */
export function readLayout(source: SourceText, options: { explain?: boolean } = {}): Layout {
  const headline = findHeadline(source, { isBodyLine: (line) => isBylineLine(line) || startsBlock(line) || mayHeadBlock(line) });
  let fromLine = 0;
  let toLine = source.lineCount;
  const first = headline.lines[0];
  if (first && first.line === firstNonBlank(source)) fromLine = (headline.lines[headline.lines.length - 1] as { line: number }).line + 1;
  else if (first) toLine = first.line;
  toLine = dropTrailingMeta(source, fromLine, toLine);

  const view = unwrap(source, { fromLine, toLine, startsBlock, mayStartBlock: mayStartBlockRaw, endsHeading });
  const opening = view.paragraphs[0];
  const leading = opening ? leadingByline(view.folded.slice(opening.start, opening.end), view.text.slice(opening.start, opening.end)) : null;
  const closing = view.paragraphs[view.paragraphs.length - 1];
  const closingCredit = closing ? closingCredits(view.folded.slice(closing.start, closing.end), view.text.slice(closing.start, closing.end)) : null;

  let byline = leading?.byline ?? null;
  if (closingCredit && !byline) byline = { outlet: null, place: null, reporters: closingCredit.reporters };
  const bodyStart = (opening?.start ?? 0) + (leading?.length ?? 0);
  const bodyEnd = Math.max(bodyStart, closing && closingCredit ? closing.start + closingCredit.start : view.viewLength);
  const { blocks, notes } = segment(view, bodyStart, bodyEnd, options.explain === true);
  const leadEnd = lastContentBefore(view, blocks[0]?.start ?? bodyEnd);
  const leadStart = trimStart(view, bodyStart, leadEnd);
  return {
    headline,
    headlineView: headlineView(source, headline),
    byline,
    view,
    lead: leadEnd > leadStart ? { start: leadStart, end: leadEnd } : null,
    blocks,
    headingNotes: notes,
    bodyStart,
    bodyEnd,
  };
}

function firstNonBlank(source: SourceText): number {
  for (let i = 0; i < source.lineCount; i++) if (source.content(i).end > source.content(i).start) return i;
  return 0;
}


/**
 * `来源：…`, `编辑：…` lines at the very end are metadata, and a closing signature — a unit name over a
 * date (`云溪县乡村振兴局` / `2024年1月8日`) — signs the document: neither is part of the last block.
 */
function dropTrailingMeta(source: SourceText, fromLine: number, toLine: number): number {
  let end = toLine;
  let sawDate = false;
  for (let i = toLine - 1; i >= fromLine; i--) {
    const line = source.foldedLine(i);
    if (line === '') continue;
    if (META_LINE.test(line)) end = i;
    else if (!sawDate && DATE_LINE.test(line)) {
      sawDate = true;
      end = i;
    } else if (sawDate && looksLikeUnitName(line)) {
      end = i;
      break;
    } else break;
  }
  return end;
}

function headlineView(source: SourceText, headline: Headline): ReadingView {
  const view = new ReadingView(source);
  headline.lines.forEach((line, k) => {
    if (k > 0) view.insert('\n', line.runs[0]?.[0] ?? 0);
    const start = view.viewLength;
    for (const [at, len] of line.runs) view.append(at, at + len);
    view.paragraphs.push({ start, end: view.viewLength, firstLine: line.line, lastLine: line.line });
  });
  view.finish();
  return view;
}

function trimStart(view: ReadingView, start: number, end: number): number {
  while (start < end && isRegexBlank(view.text.charCodeAt(start))) start++;
  return start;
}
