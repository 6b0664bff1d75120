/**
 * The reading view: hard-wrapped lines re-joined into paragraphs, every view index mapped back to the
 * source. Like compromise's sentence splitter, it splits at every line break and then merges back:
 *   1. `24\n小时`, `社区管\n\n控、人员摸排` — a full-width line without closing punctuation continues;
 *   2. a line that starts a block (`一、`, `【`, `县水利局：`, an indented line) never does;
 *   3. between two Latin words the join is a space, elsewhere nothing.
 * The map is a list of runs (one per line piece), so it costs memory per line, not per character.
 */
import { fold, foldCode } from './normalize.js';
import { lastAtMost, type SourceText } from './source.js';

export interface Paragraph {
  /** View offsets, end exclusive. */
  start: number;
  end: number;
  /** 0-based source lines of its first and last line. */
  firstLine: number;
  lastLine: number;
}

export interface UnwrapOptions {
  /** 0-based source lines to read, [from, to). */
  fromLine: number;
  toLine: number;
  /** True when a (folded, trimmed) line can only start a new block: a heading or a numbered item. */
  startsBlock: (foldedLine: string) => boolean;
}

/** Line-final characters that close a sentence (a wrap there is possible, a page break is not). */
const CLOSING = new Set('。！？!?；;…”」』"：:'.split('').map((c) => c.charCodeAt(0)));
/** A document whose typical line is wider than this is not hard-wrapped: each line is a paragraph. */
const MAX_WRAP_WIDTH = 60;
/** A line at least this share of the wrap width reaches the margin. */
const FULL_LINE = 0.8;
/** More blank lines than this are a real break, not a page break inside a sentence. */
const MAX_PAGE_BREAK_BLANKS = 2;

const PIECES_PER_CHUNK = 4096;

export class ReadingView {
  readonly paragraphs: Paragraph[] = [];
  /** Run starts in the view and in the source; runs of length 1 may be inserted joiners. */
  private viewStarts: number[] | Int32Array = [];
  private sourceStarts: number[] | Int32Array = [];
  /** Pieces of the text not yet joined; joined every PIECES_PER_CHUNK into `chunks`, so a big file never holds millions of slices. */
  private readonly parts: string[] = [];
  private readonly chunks: string[] = [];
  /** View offsets of the characters that are not in the source (joining spaces, paragraph breaks), ascending. */
  private readonly inserted: number[] = [];
  private length = 0;
  text = '';
  folded = '';

  constructor(readonly source: SourceText) {}

  /** Source offset of the view character at `index`. */
  toSource(index: number): number {
    const run = lastAtMost(this.viewStarts, index);
    return (this.sourceStarts[run] ?? 0) + index - (this.viewStarts[run] ?? 0);
  }

  /** The view's text of [start, end) without the characters the view inserted: `5 km` joined from `5\nkm` is `5km`. */
  sourceOnly(start: number, end: number): string {
    let at = lastAtMost(this.inserted, start - 1);
    if ((this.inserted[at] ?? Infinity) < start) at++; // the first inserted character at or after `start`
    if (this.inserted[at] === undefined || (this.inserted[at] as number) >= end) return this.text.slice(start, end);
    let out = '';
    let from = start;
    for (; at < this.inserted.length && (this.inserted[at] as number) < end; at++) {
      out += this.text.slice(from, this.inserted[at]);
      from = (this.inserted[at] as number) + 1;
    }
    return out + this.text.slice(from, end);
  }

  /** Source span of the view range [start, end). */
  spanToSource(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    return { start: this.toSource(start), end: this.toSource(end - 1) + 1 };
  }

  /** @internal */
  append(sourceStart: number, sourceEnd: number): void {
    (this.viewStarts as number[]).push(this.length);
    (this.sourceStarts as number[]).push(sourceStart);
    this.push(this.source.text.slice(sourceStart, sourceEnd));
    this.length += sourceEnd - sourceStart;
  }

  /** @internal A character that is not in the source (a joining space, a paragraph break). */
  insert(char: string, sourceAt: number): void {
    this.inserted.push(this.length);
    (this.viewStarts as number[]).push(this.length);
    (this.sourceStarts as number[]).push(sourceAt);
    this.push(char);
    this.length += 1;
  }

  private push(piece: string): void {
    this.parts.push(piece);
    if (this.parts.length >= PIECES_PER_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts.length = 0;
    }
  }

  /** @internal */
  finish(): void {
    this.chunks.push(this.parts.join(''));
    this.text = this.chunks.join('');
    this.chunks.length = 0;
    this.folded = fold(this.text); // once, on the joined text: the source itself is never folded whole
    this.parts.length = 0;
    // The run map is complete: typed arrays hold it in half the memory of number[].
    this.viewStarts = Int32Array.from(this.viewStarts);
    this.sourceStarts = Int32Array.from(this.sourceStarts);
  }

  get viewLength(): number {
    return this.length;
  }
}

export function unwrap(source: SourceText, options: UnwrapOptions): ReadingView {
  const view = new ReadingView(source);
  const { fromLine, toLine } = options;
  const noise = pageNoise(source, fromLine, toLine);
  const lines: number[] = [];
  for (let i = fromLine; i < toLine; i++) {
    const { start, end } = source.content(i);
    if (end > start && !noise.has(i)) lines.push(i);
  }
  const wrapWidth = typicalWidth(source, lines);
  const wrapped = wrapWidth <= MAX_WRAP_WIDTH;

  let paragraph: Paragraph | null = null;
  let prev = -1;
  for (const i of lines) {
    const { start, end } = source.content(i);
    if (paragraph && prev >= 0 && continues(source, prev, i, wrapped, wrapWidth, options, noise)) {
      const prevEnd = source.content(prev).end;
      if (needsSpace(source.text.charCodeAt(prevEnd - 1), source.text.charCodeAt(start))) view.insert(' ', prevEnd);
      view.append(start, end);
      paragraph.lastLine = i;
    } else {
      if (paragraph) {
        paragraph.end = view.viewLength;
        view.insert('\n', source.content(prev).end);
      }
      paragraph = { start: view.viewLength, end: 0, firstLine: i, lastLine: i };
      view.paragraphs.push(paragraph);
      view.append(start, end);
    }
    prev = i;
  }
  if (paragraph) paragraph.end = view.viewLength;
  view.finish();
  return view;
}

/** A page number alone on a line: `— 2 —`, `- 3 -`, `第3页`, `3/12`. */
const PAGE_NUMBER = /^(?:[—–\-]\s*\d{1,4}\s*[—–\-]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** What a running header of a PDF says: `济南市历下区人民政府公报　2023年第5期`. */
const RUNNING_HEADER = /公报|简报|通讯|期刊|第\s*\d{1,4}\s*期/;
const MAX_HEADER_LENGTH = 40;

/**
 * Lines a PDF adds on every page and that sit inside the text when it is copied: page numbers, and a
 * running header repeated word for word. They are left out of the reading view, and a sentence broken
 * by them is joined again (`床位1` / `— 2 —` / header / `20张` reads `床位120张`).
 */
function pageNoise(source: SourceText, fromLine: number, toLine: number): Set<number> {
  const noise = new Set<number>();
  const headers = new Map<string, number[]>();
  for (let i = fromLine; i < toLine; i++) {
    const { start, end } = source.content(i);
    if (end === start || end - start > MAX_HEADER_LENGTH) continue;
    const line = source.text.slice(start, end);
    if (PAGE_NUMBER.test(line)) noise.add(i);
    else if (RUNNING_HEADER.test(line)) headers.set(line, [...(headers.get(line) ?? []), i]);
  }
  for (const at of headers.values()) if (at.length >= 2) for (const i of at) noise.add(i);
  return noise;
}

/** Does line `next` continue the paragraph of line `prev`? */
function continues(source: SourceText, prev: number, next: number, wrapped: boolean, wrapWidth: number, options: UnwrapOptions, noise: ReadonlySet<number>): boolean {
  if (!wrapped) return false;
  // The cheap tests first: most lines end short of the margin, or start indented.
  const prevContent = source.content(prev);
  // A line never ends inside a number (`床位1` / `20张`): then it is a wrap whatever its width.
  const nextStart = source.content(next).start;
  const brokenNumber = isDigit(source.text.charCodeAt(prevContent.end - 1)) && isDigit(foldCode(source.text.charCodeAt(nextStart)));
  if (!brokenNumber && layoutWidth(source.text, prevContent.start, prevContent.end) < wrapWidth * FULL_LINE) return false;
  const closes = CLOSING.has(foldCode(source.text.charCodeAt(prevContent.end - 1)));
  let blanks = next - prev - 1;
  for (let i = prev + 1; i < next; i++) if (noise.has(i)) blanks--; // a page footer is not a paragraph break
  if (closes && blanks > 0) return false;
  if (source.isIndented(next) || options.startsBlock(source.foldedLine(next))) return false;
  if (blanks === 0) return true; // a wrap, even right after a full stop
  // A blank line inside a sentence is a page or column break: `社区管\n\n控、人员摸排`.
  return !closes && blanks <= MAX_PAGE_BREAK_BLANKS;
}

/**
 * The width most lines reach: the 75th percentile of non-blank line widths. With one or two lines there is
 * no percentile; the wider line is the margin (`各执法大队严格落实24\n小时值班值守制度。` is one wrapped sentence).
 */
function typicalWidth(source: SourceText, lines: number[]): number {
  if (lines.length < 3) return Math.max(0, ...lines.map((i) => layoutWidth(source.text, source.content(i).start, source.content(i).end)));
  const step = Math.max(1, Math.floor(lines.length / 2000)); // a sample is enough for a percentile
  const widths: number[] = [];
  for (let k = 0; k < lines.length; k += step) {
    const { start, end } = source.content(lines[k] as number);
    widths.push(layoutWidth(source.text, start, end));
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)] as number;
}

/** How wide a piece of a line is laid out: a CJK character counts 1, an ASCII one half (`21名` is 2). */
export function layoutWidth(text: string, start = 0, end = text.length): number {
  let width = 0;
  for (let i = start; i < end; i++) width += text.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return width;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAlnum = (c: number) => isLatinLetter(c) || isDigit(c);
/** `Hello\nworld` → `Hello world`, but `1\n200` and `24\n小时` join with nothing. */
function needsSpace(before: number, after: number): boolean {
  return (isLatinLetter(before) && isAlnum(after)) || (isAlnum(before) && isLatinLetter(after)) || (before === 0x2c && isLatinLetter(after));
}
