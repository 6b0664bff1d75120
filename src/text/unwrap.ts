/**
 * The reading view: hard-wrapped lines re-joined into paragraphs, every view index mapped back to the
 * source. Like compromise's sentence splitter, it splits at every line break and then merges back:
 *   1. `24\n小时`, `社区管\n\n控、人员摸排` — a full-width line without closing punctuation continues;
 *   2. a line that starts a block (`一、`, `【`, `县水利局：`, an indented line) never does;
 *   3. between two Latin words the join is a space, elsewhere nothing.
 * The map is a list of runs (one per line piece), so it costs memory per line, not per character.
 */
import { FOLDED, foldCode, fromCodes } from './normalize.js';
import { AtMostCursor, CHUNK, lastAtMost, type SourceText } from './source.js';

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
  /**
   * Optional cheap necessary condition of startsBlock on the line as it is in the source, text[start, end)
   * (not folded, not sliced): when it is false the line is neither folded nor offered to startsBlock.
   */
  mayStartBlock?: (text: string, start: number, end: number) => boolean;
  /**
   * Optional: is this folded line a whole heading (a speaker line), which nothing continues across a blank
   * line that would otherwise be a page break? Asked only of lines that reach the margin before a blank
   * line, and that mayStartBlock lets through.
   */
  endsHeading?: (foldedLine: string) => boolean;
}

/** Line-final characters that close a sentence (a wrap there is possible, a page break is not). */
const CLOSING = new Uint8Array(0x10000);
for (const c of '。！？!?；;…”」』"：:') CLOSING[c.charCodeAt(0)] = 1;
/** A document whose typical line is wider than this is not hard-wrapped: each line is a paragraph. */
const MAX_WRAP_WIDTH = 60;
/**
 * Nor is one whose typical line is narrower than this: a list of names or short headings (`河南：`, `鼓楼区`),
 * each line its own paragraph. The narrowest newspaper columns hold 8 to 12 characters.
 */
const MIN_WRAP_WIDTH = 6;
/** A line at least this share of the wrap width reaches the margin. */
const FULL_LINE = 0.8;
/** More blank lines than this are a real break, not a page break inside a sentence. */
const MAX_PAGE_BREAK_BLANKS = 2;

/** A growable list of int32, for the run map (no boxed numbers per line). */
class IntList {
  private items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The list so far (a view, no copy). */
  get view(): Int32Array {
    return this.items.subarray(0, this.length);
  }

  /** The list, trimmed to its length (it is not pushed to afterwards). */
  done(): Int32Array {
    return this.items.slice(0, this.length);
  }
}

export class ReadingView {
  readonly paragraphs: Paragraph[] = [];
  /** Run starts in the view and in the source; runs of length 1 may be inserted joiners. */
  private viewStarts: IntList | Int32Array = new IntList();
  private sourceStarts: IntList | Int32Array = new IntList();
  /** View offsets of the characters that are not in the source (joining spaces, paragraph breaks), ascending. */
  private inserted: IntList | Int32Array = new IntList();
  /**
   * The view's code units, copied from the source as the view is built and turned into the text at the
   * end, then folded in place into the folded copy: no slice per line, no join, and one buffer, not two
   * (on a large input these buffers and the two strings are the peak of memory). Sized by the caller's
   * estimate, doubled if it falls short; dropped by finish().
   */
  private codes: Uint16Array;
  private length = 0;
  text = '';
  folded = '';

  /** @param capacity how many characters the view will likely hold (it may hold more) */
  constructor(
    readonly source: SourceText,
    capacity = 256,
  ) {
    this.codes = new Uint16Array(Math.max(16, capacity));
  }

  /** Source offset of the view character at `index`: a binary search over the runs, O(log runs). */
  toSource(index: number): number {
    const viewStarts = done(this.viewStarts);
    const sourceStarts = done(this.sourceStarts);
    const run = lastAtMost(viewStarts, index);
    return (sourceStarts[run] ?? 0) + index - (viewStarts[run] ?? 0);
  }

  /** The view's text of [start, end) without the characters the view inserted: `5 km` joined from `5\nkm` is `5km`. */
  sourceOnly(start: number, end: number): string {
    const inserted = done(this.inserted);
    return withoutInserted(this.text, inserted, lastAtMost(inserted, start - 1), start, end);
  }

  /** Source span of the view range [start, end). */
  spanToSource(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    return { start: this.toSource(start), end: this.toSource(end - 1) + 1 };
  }

  /**
   * toSource, sourceOnly and spanToSource for offsets asked in ascending order (the candidates of a
   * region), each going on from the last answer instead of searching the whole map. For a finished view.
   */
  cursor(): ViewCursor {
    return new ViewCursor(this.text, done(this.viewStarts), done(this.sourceStarts), done(this.inserted));
  }

  /**
   * @internal Copies source[sourceStart, sourceEnd) into the view and returns its layout width in halves
   * (twice layoutWidth): measured in the same loop, so the lines are not read once more for their widths.
   */
  append(sourceStart: number, sourceEnd: number): number {
    (this.viewStarts as IntList).push(this.length);
    (this.sourceStarts as IntList).push(sourceStart);
    this.reserve(sourceEnd - sourceStart);
    const halves = copy(this.source.text, sourceStart, sourceEnd, this.codes, this.length);
    this.length += sourceEnd - sourceStart;
    return halves;
  }

  /** @internal A character that is not in the source (a joining space, a paragraph break). */
  insert(char: string, sourceAt: number): void {
    (this.inserted as IntList).push(this.length);
    (this.viewStarts as IntList).push(this.length);
    (this.sourceStarts as IntList).push(sourceAt);
    this.reserve(1);
    this.codes[this.length] = char.charCodeAt(0);
    this.length += 1;
  }

  /** Room for `more` code units. */
  private reserve(more: number): void {
    if (this.length + more <= this.codes.length) return;
    const size = Math.max(this.codes.length * 2, this.length + more);
    this.codes = copied(this.codes, this.length, size);
  }

  /** @internal */
  finish(): void {
    const { codes, length } = this;
    this.text = fromCodes(codes, length);
    for (let i = 0; i < length; i++) codes[i] = FOLDED[codes[i] as number] as number;
    this.folded = fromCodes(codes, length); // the view folded, never the whole source
    this.codes = EMPTY;
    this.viewStarts = done(this.viewStarts);
    this.sourceStarts = done(this.sourceStarts);
    this.inserted = done(this.inserted);
  }

  get viewLength(): number {
    return this.length;
  }
}

/** ReadingView's toSource, sourceOnly and spanToSource (same answers), fast when offsets come in ascending order. */
export class ViewCursor {
  private readonly runs: AtMostCursor;
  private readonly insertions: AtMostCursor;

  constructor(
    private readonly text: string,
    private readonly viewStarts: Int32Array,
    private readonly sourceStarts: Int32Array,
    private readonly inserted: Int32Array,
  ) {
    this.runs = new AtMostCursor(viewStarts);
    this.insertions = new AtMostCursor(inserted);
  }

  toSource(index: number): number {
    const run = this.runs.lastAtMost(index);
    return (this.sourceStarts[run] ?? 0) + index - (this.viewStarts[run] ?? 0);
  }

  sourceOnly(start: number, end: number): string {
    return withoutInserted(this.text, this.inserted, this.insertions.lastAtMost(start - 1), start, end);
  }

  spanToSource(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = this.toSource(start);
      return { start: at, end: at };
    }
    return { start: this.toSource(start), end: this.toSource(end - 1) + 1 };
  }
}

/** text[start, end) without the inserted characters; `at` is the last inserted index ≤ start - 1 (lastAtMost). */
function withoutInserted(text: string, inserted: Int32Array, at: number, start: number, end: number): string {
  if ((inserted[at] ?? Infinity) < start) at++; // the first inserted character at or after `start`
  if (inserted[at] === undefined || (inserted[at] as number) >= end) return text.slice(start, end);
  let out = '';
  let from = start;
  for (; at < inserted.length && (inserted[at] as number) < end; at++) {
    out += text.slice(from, inserted[at]);
    from = (inserted[at] as number) + 1;
  }
  return out + text.slice(from, end);
}

const EMPTY = new Uint16Array(0);

/** The first `length` units of `codes` in a new array of `size`. */
function copied(codes: Uint16Array, length: number, size: number): Uint16Array {
  const grown = new Uint16Array(size);
  grown.set(codes.subarray(0, length));
  return grown;
}

/** text[from, to) into codes from `at`; returns the piece's width in halves. */
function copy(text: string, from: number, to: number, codes: Uint16Array, at: number): number {
  let ascii = 0;
  for (let i = from, k = at; i < to; i++, k++) {
    const c = text.charCodeAt(i);
    codes[k] = c;
    ascii += (c - 0x80) >>> 31; // 1 below 0x80: an ASCII code unit is one half wide, any other two
  }
  return 2 * (to - from) - ascii;
}

/** The finished list, or the list so far while the view is being built. */
const done = (list: IntList | Int32Array): Int32Array => (list instanceof IntList ? list.view : list);

export function unwrap(source: SourceText, options: UnwrapOptions): ReadingView {
  const { fromLine, toLine } = options;
  const noise = pageNoise(source, fromLine, toLine);
  const { lines, size } = keptLines(source, fromLine, toLine, noise);
  const view = new ReadingView(source, size);
  const wrapWidth = typicalWidth(lines, (i) => layoutWidth(source.text, source.contentStart(i), source.contentEnd(i)));
  const rules: Rules = { wrapped: wrapWidth <= MAX_WRAP_WIDTH && wrapWidth >= MIN_WRAP_WIDTH, wrapWidth, options, noise, fromLine };
  join(view, lines, rules);
  view.finish();
  return view;
}

/** The non-blank lines that are not page noise, and the view's length at most: their content and a joiner each. */
function keptLines(source: SourceText, fromLine: number, toLine: number, noise: Uint8Array): { lines: Int32Array; size: number } {
  const kept = new IntList();
  let size = 0;
  for (let from = fromLine; from < toLine; from += CHUNK) size += keep(source, from, Math.min(toLine, from + CHUNK), fromLine, noise, kept);
  return { lines: kept.done(), size };
}

/** keptLines of [from, to) pushed to `kept`; returns their content's length and a joiner each. */
function keep(source: SourceText, from: number, to: number, fromLine: number, noise: Uint8Array, kept: IntList): number {
  let size = 0;
  for (let i = from; i < to; i++) {
    const length = source.contentEnd(i) - source.contentStart(i);
    if (length > 0 && !noise[i - fromLine]) {
      kept.push(i);
      size += length + 1;
    }
  }
  return size;
}

/** Where join is: the paragraph being built, the line it took last and that line's width. */
interface Joining {
  view: ReadingView;
  rules: Rules;
  paragraph: Paragraph | null;
  prev: number;
  /** The width of line prev in halves, measured as it was copied. */
  prevHalves: number;
}

/** Lines into paragraphs of the view. */
function join(view: ReadingView, lines: Int32Array, rules: Rules): void {
  const state: Joining = { view, rules, paragraph: null, prev: -1, prevHalves: 0 };
  for (let from = 0; from < lines.length; from += CHUNK) joinLines(state, lines, from, Math.min(lines.length, from + CHUNK));
  if (state.paragraph) state.paragraph.end = view.viewLength;
}

/** join of lines[from, to). */
function joinLines(state: Joining, lines: Int32Array, from: number, to: number): void {
  const { view, rules } = state;
  const source = view.source;
  let { paragraph, prev, prevHalves } = state;
  for (let k = from; k < to; k++) {
    const i = lines[k] as number;
    const start = source.contentStart(i);
    const end = source.contentEnd(i);
    if (paragraph && prev >= 0 && continues(source, prev, prevHalves, i, rules)) {
      const prevEnd = source.contentEnd(prev);
      if (needsSpace(source.text.charCodeAt(prevEnd - 1), source.text.charCodeAt(start))) view.insert(' ', prevEnd);
      prevHalves = view.append(start, end);
      paragraph.lastLine = i;
    } else {
      if (paragraph) {
        paragraph.end = view.viewLength;
        view.insert('\n', source.contentEnd(prev));
      }
      paragraph = { start: view.viewLength, end: 0, firstLine: i, lastLine: i };
      view.paragraphs.push(paragraph);
      prevHalves = view.append(start, end);
    }
    prev = i;
  }
  state.paragraph = paragraph;
  state.prev = prev;
  state.prevHalves = prevHalves;
}

/** A page number alone on a line: `— 2 —`, `- 3 -`, `第3页`, `3/12`. */
const PAGE_NUMBER = /^(?:[—–\-]\s*\d{1,4}\s*[—–\-]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** What a running header of a PDF says: `济南市历下区人民政府公报　2023年第5期`. */
const RUNNING_HEADER = /公报|简报|通讯|期刊|第\s*\d{1,4}\s*期/;
const MAX_HEADER_LENGTH = 40;
/** A wrapped line may pass the typical width by this much (a wider character, a closing mark kept on the line). */
const OVER_MARGIN = 1.15;

/** First characters of a PAGE_NUMBER: a dash, `第`, an ASCII digit. */
const isPageNumberStart = (c: number) => c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x7b2c || isDigit(c);

/** Each of RUNNING_HEADER's words holds one of these: a line without any is not a running header. */
const HEADER_CHARS = ['报', '讯', '刊', '期'];

/**
 * Page noise flags of the lines of [fromLine, toLine), indexed from fromLine: the lines a PDF adds on every
 * page and that sit inside the text when it is copied, page numbers and a running header repeated word for
 * word. Those are left out of the reading view, and a sentence broken by them is joined again (`床位1` /
 * `— 2 —` / header / `20张` reads `床位120张`).
 */
function pageNoise(source: SourceText, fromLine: number, toLine: number): Uint8Array {
  const count = Math.max(0, toLine - fromLine);
  const noise = new Uint8Array(count);
  const headerChar = linesHolding(source, fromLine, toLine, HEADER_CHARS);
  const headers = new Map<string, number[]>();
  for (let from = fromLine; from < toLine; from += CHUNK) findNoise(source, from, Math.min(toLine, from + CHUNK), fromLine, noise, headerChar, headers);
  markRepeated(headers, noise, fromLine);
  return noise;
}

/** Page numbers of [from, to) flagged in noise, running-header candidates added to headers. */
function findNoise(source: SourceText, from: number, to: number, fromLine: number, noise: Uint8Array, headerChar: Uint8Array, headers: Map<string, number[]>): void {
  const text = source.text;
  for (let i = from; i < to; i++) {
    const start = source.contentStart(i);
    const end = source.contentEnd(i);
    if (end === start || end - start > MAX_HEADER_LENGTH) continue;
    // The regexes only see lines that could match them: most short lines are neither.
    if (isPageNumberStart(text.charCodeAt(start)) && PAGE_NUMBER.test(text.slice(start, end))) noise[i - fromLine] = 1;
    else if (headerChar[i - fromLine]) addHeader(headers, text.slice(start, end), i);
  }
}

/**
 * Flags, indexed from fromLine, of the lines of [fromLine, toLine) that hold any of `chars` (single code
 * units), found by indexOf over the text: a few thousand hits, not a test per character.
 */
function linesHolding(source: SourceText, fromLine: number, toLine: number, chars: readonly string[]): Uint8Array {
  const flags = new Uint8Array(Math.max(0, toLine - fromLine));
  if (toLine <= fromLine) return flags;
  const text = source.text;
  const from = source.lineStarts[fromLine] as number;
  const to = source.lineEnds[toLine - 1] as number;
  for (const char of chars) {
    const lines = new AtMostCursor(source.lineStarts); // (each character's hits come in ascending order)
    for (let at = text.indexOf(char, from); at >= 0 && at < to; ) {
      const line = lines.lastAtMost(at);
      flags[line - fromLine] = 1;
      // the line is flagged: its other hits would say nothing more (the next search starts on the next line)
      const next = line + 1 < source.lineCount ? (source.lineStarts[line + 1] as number) : text.length;
      at = text.indexOf(char, Math.max(at + 1, next));
    }
  }
  return flags;
}

function addHeader(headers: Map<string, number[]>, line: string, i: number): void {
  if (!RUNNING_HEADER.test(line)) return;
  const at = headers.get(line);
  if (at) at.push(i);
  else headers.set(line, [i]);
}

/** A running header is one repeated word for word. */
function markRepeated(headers: Map<string, number[]>, noise: Uint8Array, fromLine: number): void {
  for (const at of headers.values()) if (at.length >= 2) for (const i of at) noise[i - fromLine] = 1;
}

interface Rules {
  wrapped: boolean;
  wrapWidth: number;
  options: UnwrapOptions;
  /** Page noise flags, indexed from fromLine. */
  noise: Uint8Array;
  fromLine: number;
}

/** Does line `next` continue the paragraph of line `prev` (whose width is `prevHalves` halves)? */
function continues(source: SourceText, prev: number, prevHalves: number, next: number, rules: Rules): boolean {
  if (!rules.wrapped) return false;
  const text = source.text;
  // The cheap tests first: most lines end short of the margin, or start indented.
  const prevEnd = source.contentEnd(prev);
  // A line never ends inside a number (`床位1` / `20张`): then it is a wrap whatever its width.
  const nextStart = source.contentStart(next);
  const brokenNumber = isDigit(text.charCodeAt(prevEnd - 1)) && isDigit(foldCode(text.charCodeAt(nextStart)));
  if (!brokenNumber && prevHalves / 2 < rules.wrapWidth * FULL_LINE) return false;
  const closes = CLOSING[foldCode(text.charCodeAt(prevEnd - 1))] === 1;
  let blanks = next - prev - 1;
  for (let i = prev + 1; i < next; i++) if (rules.noise[i - rules.fromLine]) blanks--; // a page footer is not a paragraph break
  if (closes && blanks > 0) return false;
  if (source.isIndented(next) || foldedLineIs(source, next, rules.options, rules.options.startsBlock)) return false;
  if (blanks === 0) return true; // a wrap, even right after a full stop
  // A heading line before a blank (`…副院长  宋鱼水`) is its own paragraph, however wide.
  if (!brokenNumber && foldedLineIs(source, prev, rules.options, rules.options.endsHeading)) return false;
  // A blank line inside a sentence is a page or column break: `社区管\n\n控、人员摸排`. A line wider than the
  // margin was never wrapped (a sub-headline kept whole): the blank after it ends its paragraph.
  return !closes && blanks <= MAX_PAGE_BREAK_BLANKS && prevHalves / 2 <= rules.wrapWidth * OVER_MARGIN;
}

/** `test` (startsBlock, endsHeading) on the folded content of line `i`, folded only when mayStartBlock lets it through. */
function foldedLineIs(source: SourceText, i: number, options: UnwrapOptions, test: ((foldedLine: string) => boolean) | undefined): boolean {
  if (!test) return false;
  if (options.mayStartBlock && !options.mayStartBlock(source.text, source.contentStart(i), source.contentEnd(i))) return false;
  return test(source.foldedLine(i));
}

/**
 * The width most lines reach: the 75th percentile of non-blank line widths. With one or two lines there is
 * no percentile; the wider line is the margin (`各执法大队严格落实24\n小时值班值守制度。` is one wrapped sentence).
 */
function typicalWidth(lines: Int32Array, width: (line: number) => number): number {
  if (lines.length < 3) return Math.max(0, ...Array.from(lines, width));
  const step = Math.max(1, Math.floor(lines.length / 2000)); // a sample is enough for a percentile
  // Widths in halves, in a typed array: sorted numerically in native code, with no comparator called
  // per comparison (an array sorted with one cost more than the rest of the layout of a short document).
  const halves = new Int32Array(Math.ceil(lines.length / step));
  for (let k = 0, n = 0; k < lines.length; k += step, n++) halves[n] = 2 * width(lines[k] as number);
  halves.sort();
  return (halves[Math.floor(halves.length * 0.75)] as number) / 2;
}

/** How wide a piece of a line is laid out: a CJK character counts 1, an ASCII one half (`21名` is 2). */
export function layoutWidth(text: string, start = 0, end = text.length): number {
  let halves = 0; // counted in whole halves: integer additions, the same sum
  for (let i = start; i < end; i++) halves += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return halves / 2;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAlnum = (c: number) => isLatinLetter(c) || isDigit(c);
/** `Hello\nworld` → `Hello world`, but `1\n200` and `24\n小时` join with nothing. */
function needsSpace(before: number, after: number): boolean {
  return (isLatinLetter(before) && isAlnum(after)) || (isAlnum(before) && isLatinLetter(after)) || (before === 0x2c && isLatinLetter(after));
}
