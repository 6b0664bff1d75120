/**
 * The document's text, split into its department blocks, every fact a focusable <mark> at its source
 * offset (and, under --debug, every dropped candidate a <del>). Each block is drawn from the source
 * slice of its span, so highlights sit where the facts are; DisplayText joins the wrapped lines.
 */
import type { Department } from '../../schema.js';
import { DisplayText, type Highlight } from './display.js';
import { attrs, escapeHtml } from './escape.js';
import type { HtmlDocument, Ids } from './types.js';

/** A first line that is the heading alone: the name with only numbering or markup around it (`一、`, `【】`, `**`). */
const HEADING_MARKUP = /^[\s*#【】[\]〔〕（）()一二三四五六七八九十百\d０-９、.．:：]*$/;

export function renderText(doc: HtmlDocument, id: Ids, debug: boolean): string {
  const { report, text } = doc;
  const display = new DisplayText(text);
  const highlights = new Highlights([...factHighlights(doc, id), ...(debug ? droppedHighlights(doc, id) : [])]);
  const depts = report.departments;
  const first = depts[0]?.span.start ?? text.length;
  const parts: string[] = [];
  if (hasContent(text, 0, first, highlights)) {
    parts.push(block(id.lead, depts.length > 0 ? 'Lead' : 'Text', body(display, 0, first, highlights)));
  }
  depts.forEach((dept, i) => {
    const end = depts[i + 1]?.span.start ?? dept.span.end;
    parts.push(departmentBlock(display, dept, end, highlights, id));
  });
  const last = depts.at(-1)?.span.end;
  if (last !== undefined && hasContent(text, last, text.length, highlights)) {
    parts.push(block(id.tail, 'After the last block', body(display, last, text.length, highlights)));
  }
  return `<section class="text" lang="zh-CN" aria-label="Text">\n${parts.join('\n')}\n</section>`;
}

function factHighlights({ report }: HtmlDocument, id: Ids): Highlight[] {
  return report.facts.map((f, i) => ({
    start: f.span.start,
    end: f.span.end,
    open: `<mark${attrs({ class: `fact c-${f.category}`, id: id.fact(i), tabindex: 0, 'data-category': f.category, 'data-confidence': f.confidence })}>`,
    close: '</mark>',
  }));
}

/** Dropped candidates that overlap a fact are listed in the table only: the fact's mark wins. */
function droppedHighlights({ report, trace = [] }: HtmlDocument, id: Ids): Highlight[] {
  const overlapsFact = (s: number, e: number): boolean => report.facts.some((f) => f.span.start < e && s < f.span.end);
  return trace.flatMap((d, i) =>
    overlapsFact(d.span.start, d.span.end)
      ? []
      : [{ start: d.span.start, end: d.span.end, open: `<del${attrs({ class: 'dropped', id: id.dropped(i), tabindex: 0, title: `${d.reason} (${d.rule})` })}>`, close: '</del>' }],
  );
}

/** Heading line and body of one department; the heading is the name unless a fact sits in it. */
function departmentBlock(display: DisplayText, dept: Department, end: number, highlights: Highlights, id: Ids): string {
  const { text } = display;
  const start = dept.span.start;
  const lineEnd = Math.min(end, lineEndAt(text, start));
  const firstLine = text.slice(start, lineEnd);
  const inFirstLine = highlights.startingIn(start, lineEnd);
  const crosses = inFirstLine.some((h) => h.end > lineEnd);
  const headingOnly = firstLine.includes(dept.name) && HEADING_MARKUP.test(firstLine.replace(dept.name, '')) && !crosses;
  const title = headingOnly && inFirstLine.length > 0 ? display.render(start, lineEnd, inFirstLine) : escapeHtml(dept.name);
  const count = `<span class="count" title="facts in this block"${attrs({ 'data-count-for': id.block(dept.index) })}>${dept.factCount}</span>`;
  const heading = `<span class="index">${dept.index}</span> ${title} ${count}`;
  return block(id.block(dept.index), heading, body(display, headingOnly ? lineEnd : start, end, highlights), true);
}

function block(elementId: string, heading: string, bodyHtml: string, raw = false): string {
  return `<section class="block"${attrs({ id: elementId })}>\n<h3>${raw ? heading : escapeHtml(heading)}</h3>\n<div class="body">${bodyHtml}</div>\n</section>`;
}

/** The range without the white space around it (never past a highlight's start). */
function body(display: DisplayText, start: number, end: number, highlights: Highlights): string {
  const own = highlights.startingIn(start, end);
  const first = own[0]?.start ?? end;
  const last = (own.at(-1)?.start ?? start - 1) + 1;
  let a = start;
  let b = end;
  while (a < first && /\s/.test(display.text[a] as string)) a++;
  while (b > Math.max(a, last) && /\s/.test(display.text[b - 1] as string)) b--;
  return display.render(a, b, own);
}

function hasContent(text: string, start: number, end: number, highlights: Highlights): boolean {
  return text.slice(start, end).trim() !== '' || highlights.startingIn(start, end).length > 0;
}

function lineEndAt(text: string, offset: number): number {
  const ends = [text.indexOf('\n', offset), text.indexOf('\r', offset)].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

/** Highlights sorted by start, found by range in O(log n), since a long document has thousands. */
class Highlights {
  private readonly sorted: Highlight[];

  constructor(all: readonly Highlight[]) {
    this.sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Those that start in [start, end), in order. */
  startingIn(start: number, end: number): Highlight[] {
    return this.sorted.slice(this.firstAt(start), this.firstAt(end));
  }

  private firstAt(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as Highlight).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
