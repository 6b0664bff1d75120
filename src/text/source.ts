/** The decoded source text and its lines: offset → 1-based line in O(log lines). */
import { fold } from './normalize.js';

const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xfeff || c === 0xa0;

export class SourceText {
  /** Offset of the first character of each line. */
  readonly lineStarts: Int32Array;
  /** Offset just past each line's last character (before its line break). */
  readonly lineEnds: Int32Array;
  /** Each line's content without leading and trailing blanks, [start, end); a blank line's is empty, at its end. */
  private readonly contentStarts: Int32Array;
  private readonly contentEnds: Int32Array;

  constructor(readonly text: string) {
    [this.lineStarts, this.lineEnds] = lineBounds(text);
    // Layout asks for the trimmed bounds of each line many times: trimmed once, here.
    [this.contentStarts, this.contentEnds] = trimmedBounds(text, this.lineStarts, this.lineEnds);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line of the character at `offset`. */
  lineOf(offset: number): number {
    return lastAtMost(this.lineStarts, offset) + 1;
  }

  /** lineOf for offsets asked in ascending order (same answers, in any order). */
  lineCursor(): (offset: number) => number {
    const lines = new AtMostCursor(this.lineStarts);
    return (offset) => lines.lastAtMost(offset) + 1;
  }

  /** The content of line `i` (0-based) without leading and trailing blanks: [start, end). */
  content(i: number): { start: number; end: number } {
    return { start: this.contentStart(i), end: this.contentEnd(i) };
  }

  /** Where the content of line `i` starts (past its leading blanks); the line's end when it is blank. */
  contentStart(i: number): number {
    return this.contentStarts[i] as number;
  }

  /** Where the content of line `i` ends (before its trailing blanks); the line's end when it is blank. */
  contentEnd(i: number): number {
    return this.contentEnds[i] as number;
  }

  /** Is line `i` indented with two or more blanks, or one ideographic space or TAB (`　　县水利局…`)? It opens a paragraph. */
  isIndented(i: number): boolean {
    const start = this.lineStarts[i] as number;
    const c0 = this.text.charCodeAt(start);
    return c0 === 0x3000 || c0 === 0x09 || (c0 === 0x20 && this.text.charCodeAt(start + 1) === 0x20);
  }

  /** Folded content of line `i`, trimmed (folded on demand: the whole text is never folded twice). */
  foldedLine(i: number): string {
    const { start, end } = this.content(i);
    return fold(this.text.slice(start, end));
  }
}

/**
 * How many lines (or paragraphs) the passes over every line of a text hand to a helper at a time. A loop
 * that runs once per document is compiled by on-stack replacement while it runs, and in the next document
 * starts over in the interpreter until it is compiled again; a helper called once a chunk is compiled early
 * in the first document and stays compiled, so later documents run each pass compiled from its first chunk.
 */
export const CHUNK = 1024;

interface Breaks {
  text: string;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  /** Lines found so far (the current one's start is known, its end not yet). */
  line: number;
  /** The next `\n` and `\r` at or after the current line's start (-1: none left). */
  lf: number;
  cr: number;
}

/**
 * Where each line starts and ends (before its break). Typed arrays from the start, doubled as they fill:
 * half the memory of a number[] for a file of millions of lines, and no boxed number per line.
 */
function lineBounds(text: string): [starts: Int32Array, ends: Int32Array] {
  // `\r\n`, `\n` and a lone `\r`, found with indexOf (no match object per line of a big file); each
  // search resumes where the last found one, so the pass stays linear when a text has no `\r` at all.
  const breaks: Breaks = { text, starts: new Int32Array(1024), ends: new Int32Array(1024), line: 0, lf: text.indexOf('\n'), cr: text.indexOf('\r') };
  while (breaks.lf >= 0 || breaks.cr >= 0) nextBreaks(breaks, CHUNK);
  const { starts, ends, line } = breaks;
  ends[line] = text.length;
  return [starts.slice(0, line + 1), ends.slice(0, line + 1)];
}

/** Up to `count` more line breaks into `breaks`. */
function nextBreaks(breaks: Breaks, count: number): void {
  const text = breaks.text;
  let { starts, ends, line, lf, cr } = breaks;
  for (let n = 0; n < count && (lf >= 0 || cr >= 0); n++) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    const next = text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
    if (line + 1 === starts.length) [starts, ends] = [grown(starts), grown(ends)];
    ends[line] = at;
    starts[++line] = next;
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
  }
  breaks.starts = starts;
  breaks.ends = ends;
  breaks.line = line;
  breaks.lf = lf;
  breaks.cr = cr;
}

/** Each line's bounds without leading and trailing blanks (a blank line's: empty, at its end). */
function trimmedBounds(text: string, lineStarts: Int32Array, lineEnds: Int32Array): [starts: Int32Array, ends: Int32Array] {
  const starts = new Int32Array(lineStarts.length);
  const ends = new Int32Array(lineStarts.length);
  for (let from = 0; from < lineStarts.length; from += CHUNK) trim(text, lineStarts, lineEnds, starts, ends, from, Math.min(lineStarts.length, from + CHUNK));
  return [starts, ends];
}

/** trimmedBounds of lines [from, to). */
function trim(text: string, lineStarts: Int32Array, lineEnds: Int32Array, starts: Int32Array, ends: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    let start = lineStarts[i] as number;
    let end = lineEnds[i] as number;
    while (start < end && isPad(text.charCodeAt(start))) start++;
    while (end > start && isPad(text.charCodeAt(end - 1))) end--;
    starts[i] = start;
    ends[i] = end;
  }
}

function grown(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(list.length * 2);
  bigger.set(list);
  return bigger;
}

/** Index of the last element of an ascending list that is ≤ `value` (0 when none is): a binary search from `lo` (sorted[lo] ≤ value). */
export function lastAtMost(sorted: ArrayLike<number>, value: number, lo = 0): number {
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many elements an AtMostCursor steps over one by one before it searches the rest. */
const STEPS = 8;

/**
 * lastAtMost over one list for values asked in ascending order (a document's facts, in source order):
 * it goes on from its last answer, a few steps and then a search of what is left; a value that goes
 * back is searched for from the start. Same answers as lastAtMost, in any order of questions.
 */
export class AtMostCursor {
  private at = 0;

  constructor(private readonly sorted: Int32Array) {}

  lastAtMost(value: number): number {
    const { sorted } = this;
    let at = this.at;
    if ((sorted[at] as number) > value) at = lastAtMost(sorted, value);
    else {
      const end = Math.min(sorted.length, at + 1 + STEPS);
      while (at + 1 < end && (sorted[at + 1] as number) <= value) at++;
      if (at + 1 === end && end < sorted.length && (sorted[end] as number) <= value) at = lastAtMost(sorted, value, end);
    }
    this.at = at;
    return at;
  }
}
