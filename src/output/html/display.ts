/**
 * The source text as the page shows it: wrapped lines joined again, paragraphs kept, every fact at
 * its source offset. Joining is display-only: each whitespace run that holds a line break is replaced
 * by '' (between CJK characters or digits: `区疫\n情` → `区疫情`, `24\n小时` → `24小时`), ' ' (between
 * Latin words) or a newline (a paragraph end, shown by `white-space: pre-line`), while highlights are
 * placed by source offsets, so they never move.
 */
import { escapeHtml } from './escape.js';

/** A highlight: source range and the tags around it (built by the page, not from input). */
export interface Highlight {
  start: number;
  end: number;
  open: string;
  close: string;
}

interface Run {
  start: number;
  end: number;
  out: string;
}

/** A whitespace run that holds at least one line break (`，\n`, `。\n\n　　`). */
const BREAK_RUN = /[^\S\r\n]*(?:\r\n?|\n)\s*/g;
const LINE_BREAKS = /\r\n?|\n/g;
/** Ideographs, CJK and full-width punctuation, curly quotes, `…` and `·`, and surrogates (rare ideographs). */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018-\u201F\u2026\u00B7\uD800-\uDFFF]/;
const DIGIT = /[0-9０-９.．]/;
/** A character that ends a sentence: a line after it may be a paragraph's last. */
const SENTENCE_END = /[。！？!?；;：:”’」』）)】]/;
/** A line that starts a list item or a heading: `- `, `# `, `**`, `一、`, `（一）`, `1. `, `【`. */
const BLOCK_START = /^\s*(?:[-*+•]\s|#|\*\*|【|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
/** Wider than this (in characters) means one line per paragraph, not a hard wrap. */
const UNWRAPPED_LINE = 40;

export class DisplayText {
  private readonly runs: Run[] = [];

  constructor(readonly text: string) {
    const lengths = text.split(LINE_BREAKS).map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
    // The wrap width: most lines of a hard-wrapped text are about this long.
    const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
    for (const m of text.matchAll(BREAK_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      const breaks = m[0].match(LINE_BREAKS)?.length ?? 1;
      this.runs.push({ start, end, out: this.join(start, end, breaks, typical) });
    }
  }

  /** What a break run becomes: '' or ' ' (a wrap), '\n' (a line of its own), '\n\n' (a paragraph end). */
  private join(start: number, end: number, breaks: number, typical: number): string {
    const prev = this.text[start - 1];
    const next = this.text[end];
    if (prev === undefined || next === undefined) return '\n';
    const tight = CJK.test(prev) || CJK.test(next) || (DIGIT.test(prev) && DIGIT.test(next));
    // The next line indented (`　　本报讯`) starts a paragraph.
    const indented = /\u3000|[ \t]{2}/.test(this.text.slice(start, end).split(LINE_BREAKS).at(-1) ?? '');
    let lineStart = start;
    while (lineStart > 0 && !/[\r\n]/.test(this.text[lineStart - 1] as string)) lineStart--;
    // A short line ends its paragraph (a headline, a paragraph's last line).
    const length = this.text.slice(lineStart, start).trim().length;
    const short = length < typical * 0.6;
    const full = length >= typical * 0.8;
    const wrapped = typical <= UNWRAPPED_LINE;
    if (breaks >= 2) {
      // A page break in mid-sentence leaves a blank line after a full line: `社区管\n\n控`.
      return wrapped && tight && full && !indented && !SENTENCE_END.test(prev) && !BLOCK_START.test(this.text.slice(end, end + 8)) ? '' : '\n\n';
    }
    if (!wrapped || short || BLOCK_START.test(this.text.slice(end, end + 8)) || (indented && SENTENCE_END.test(prev))) return '\n';
    return tight ? '' : ' ';
  }

  /** `text[start, end)` as escaped HTML, line breaks joined. */
  plain(start: number, end: number): string {
    let html = '';
    let pos = start;
    for (let i = this.firstRunEndingAfter(start); i < this.runs.length; i++) {
      const run = this.runs[i] as Run;
      if (run.start >= end) break;
      if (run.start > pos) html += escapeHtml(this.text.slice(pos, run.start));
      // A run cut by a highlight's edge is written once, in the piece that holds its start.
      if (run.start >= start) html += run.out;
      pos = Math.min(run.end, end);
    }
    if (pos < end) html += escapeHtml(this.text.slice(pos, end));
    return html;
  }

  /**
   * `text[start, end)` with highlights. Each is drawn once, in the range that holds its start (its end
   * is cut to the range); one inside another nests, one that overlaps the previous is cut to it.
   */
  render(start: number, end: number, highlights: readonly Highlight[]): string {
    const own = highlights
      .filter((h) => h.start >= start && h.start < end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let html = '';
    let pos = start;
    const open: { end: number; close: string }[] = [];
    const closeUpTo = (limit: number): void => {
      while (open.length > 0 && (open.at(-1) as { end: number }).end <= limit) {
        const top = open.pop() as { end: number; close: string };
        html += this.plain(pos, top.end) + top.close;
        pos = Math.max(pos, top.end);
      }
    };
    for (const h of own) {
      closeUpTo(h.start);
      const limit = open.at(-1)?.end ?? end;
      html += this.plain(pos, h.start) + h.open;
      pos = h.start;
      open.push({ end: Math.max(h.start, Math.min(h.end, limit)), close: h.close });
    }
    closeUpTo(end);
    return html + this.plain(pos, end);
  }

  private firstRunEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.runs[mid] as Run).end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
