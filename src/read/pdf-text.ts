/**
 * A PDF's pages of lines → layout text. Running headers and footers (a line repeated at the same place
 * on most pages, digits aside) and page numbers are dropped; lines make paragraphs (a break at extra
 * space, a first-line indent, a short line that ends a sentence, a change of size); a line in a larger
 * size is a heading, a paragraph of its own (size is a hint, the segmenter decides); a sentence cut by a
 * page or column break is joined again. Returns where each page starts in the text.
 */
import type { Line } from './pdf-lines.js';

export interface PageLines {
  lines: Line[];
  height: number;
}

/** Top and bottom bands of a page, as shares of its height, where running heads and page numbers sit. */
const MARGIN_BAND = 0.12;
/** Footnote marks set as superscripts: small digits alone on their baseline. @example '1' '2\t3' '[2]' */
const FOOTNOTE_MARKS = /^(?:[[(（]?\d{1,2}[\])）]?\s*)+$/;
const isFootnoteMark = (line: Line, body: number): boolean => line.size < body * 0.85 && FOOTNOTE_MARKS.test(line.text);

/** A page number alone on its line. @example '3' '- 3 -' '— 12—' '第3页' '3 / 21' 'Page 3' */
const PAGE_NUMBER = /^[\s\-—–·]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|(?:page\s*)?\d+)[\s\-—–·]*$/i;
/** Where a sentence ends: a paragraph that ends otherwise goes on across a page or column break. */
const SENTENCE_END = /[。！？!?；;：:…”」』）)]$/;
/** A line this much larger than the body text is a heading. */
const HEADING_SIZE = 1.15;

export function layoutText(pages: readonly PageLines[]): { text: string; pageStarts: number[] } {
  const kept = withoutRunningLines(pages);
  const body = bodySize(kept);
  const out = new TextOut();
  const pageStarts: number[] = [];
  let prev: Line | null = null;
  for (const lines of kept) {
    const gap = typicalGap(lines);
    pageStarts.push(out.mark(lines.length > 0 && prev !== null && continues(prev, lines[0] as Line, body)));
    for (const [i, line] of lines.entries()) {
      const before = i === 0 ? null : (lines[i - 1] as Line);
      if (prev === null) out.append(line.text, 'none');
      else if (before === null) out.append(line.text, continues(prev, line, body) ? 'join' : 'paragraph');
      else out.append(line.text, breakBetween(before, line, body, gap));
      prev = line;
    }
  }
  return { text: out.text(), pageStarts };
}

type Break = 'none' | 'join' | 'row' | 'paragraph';

/** What separates two lines of one page. */
function breakBetween(prev: Line, line: Line, body: number, gap: number): Break {
  if (isHeading(prev, body) !== isHeading(line, body)) return 'paragraph';
  if (isHeading(line, body)) return Math.abs(prev.size - line.size) < 0.1 * line.size && prev.y - line.y < 2 * line.size ? 'join' : 'paragraph';
  if (prev.cells && line.cells) return 'row';
  if (prev.cells || line.cells) return 'paragraph';
  if (Math.abs(prev.size - line.size) > 0.1 * line.size) return 'paragraph';
  if (line.left !== prev.left) return continues(prev, line, body) ? 'join' : 'paragraph'; // the next column
  if (prev.y - line.y > gap * 1.4) return 'paragraph';
  return startsParagraph(prev, line) ? 'paragraph' : 'join';
}

/** Whether `line`, first after a page or column break, goes on with the paragraph `prev` ended. */
function continues(prev: Line, line: Line, body: number): boolean {
  if (isHeading(prev, body) || isHeading(line, body) || prev.cells || line.cells) return false;
  return !SENTENCE_END.test(prev.text) && !startsParagraph(prev, line);
}

/** A first-line indent (two characters, as Chinese paragraphs have), or a short line before that ends a sentence. */
function startsParagraph(prev: Line, line: Line): boolean {
  if (line.x0 > line.left + 1.5 * line.size) return true;
  return prev.x1 < prev.right - 1.5 * prev.size && SENTENCE_END.test(prev.text);
}

const isHeading = (line: Line, body: number): boolean => line.size > body * HEADING_SIZE;

/** The most usual distance between baselines on a page: more than it (by 40 %) is paragraph space. */
function typicalGap(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as Line, lines[i] as Line];
    const d = a.y - b.y;
    // (text lines only: a table's rows are closer together than the paragraphs around it)
    if (d > 0 && d < 3 * b.size && !a.cells && !b.cells && Math.abs(a.size - b.size) < 0.1 * b.size) gaps.push(d);
  }
  if (gaps.length === 0) return Infinity;
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1] as number;
}

/** The body text's size: the median size of the characters of text lines (table cells are often smaller). */
function bodySize(pages: readonly Line[][]): number {
  const sizes: Array<[number, number]> = [];
  for (const lines of pages) for (const l of lines) if (!l.cells) sizes.push([l.size, l.text.length]);
  sizes.sort((a, b) => a[0] - b[0]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  let seen = 0;
  for (const [size, n] of sizes) if ((seen += n) >= total / 2) return size;
  return 12;
}

/**
 * Each page's lines without page numbers and without running heads and feet: a line in the top or bottom
 * band whose text (digits aside: dates, page numbers) stands at the same height on most pages (at least two).
 */
function withoutRunningLines(pages: readonly PageLines[]): Line[][] {
  const keyOf = (line: Line): string => `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y / 4)}`;
  const inBand = (line: Line, height: number): boolean => line.y > height * (1 - MARGIN_BAND) || line.y < height * MARGIN_BAND;
  const counts = new Map<string, number>();
  for (const { lines, height } of pages) {
    for (const key of new Set(lines.filter((l) => inBand(l, height)).map(keyOf))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = Math.max(2, Math.ceil(pages.length / 2));
  const body = bodySize(pages.map((p) => p.lines));
  return pages.map(({ lines, height }) =>
    lines.filter((l) => !isFootnoteMark(l, body) && (!inBand(l, height) || (!PAGE_NUMBER.test(l.text) && (counts.get(keyOf(l)) ?? 0) < repeated))),
  );
}

/** The text being written: separators are written only when more text follows them. */
class TextOut {
  private parts: string[] = [];
  private length = 0;
  private last = '';

  /** Where the next text will start, given whether it joins the paragraph before. */
  mark(joins: boolean): number {
    return this.length === 0 ? 0 : this.length + (joins ? 0 : 2);
  }

  append(text: string, how: Break): void {
    const sep = this.length === 0 ? '' : how === 'paragraph' ? '\n\n' : how === 'row' ? '\n' : how === 'join' && /[A-Za-z0-9]$/.test(this.last) && /^[A-Za-z0-9]/.test(text) ? ' ' : '';
    this.parts.push(sep, text);
    this.length += sep.length + text.length;
    this.last = text;
  }

  text(): string {
    return this.length === 0 ? '' : `${this.parts.join('')}\n`;
  }
}
