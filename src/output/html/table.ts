/**
 * Tables of the page: facts and dropped candidates (a row jumps to its highlight), and the summary.
 * Every header is a button that sorts by its column (the script reads `data-sort`, else the text).
 */
import type { Fact } from '../../schema.js';
import type { Dropped } from '../../facts/find.js';
import type { SummaryRow } from '../summary.js';
import { attrs, escapeHtml } from './escape.js';
import { formatNumber } from './format.js';
import type { Ids } from './types.js';

interface Column<T> {
  head: string;
  /** Escaped HTML of the cell, and the key it sorts by when that is not its text. */
  cell: (row: T, i: number) => { html: string; sort?: number };
  numeric?: boolean;
}

const text = (s: string | null): { html: string } => ({ html: s === null ? '' : escapeHtml(s) });
const num = (n: number | null): { html: string; sort: number } => ({ html: n === null ? '' : formatNumber(n), sort: n ?? -Infinity });

const FACT_COLUMNS: Column<Fact>[] = [
  { head: '#', cell: (_, i) => num(i + 1), numeric: true },
  { head: 'department', cell: (f) => text(f.department) },
  { head: 'category', cell: (f) => ({ html: `<span class="swatch c-${f.category}">${f.category}</span>` }) },
  { head: 'value', cell: (f) => ({ html: formatNumber(f.value) + (f.max === null ? '' : `–${formatNumber(f.max)}`), sort: f.value }), numeric: true },
  { head: 'unit', cell: (f) => text(f.unit) },
  { head: 'qualifier', cell: (f) => text(f.qualifier) },
  { head: 'per', cell: (f) => text(f.per) },
  { head: 'total', cell: (f) => text(f.total ? 'total' : '') },
  { head: 'subject', cell: (f) => text(f.subject) },
  { head: 'raw', cell: (f) => ({ html: `<span lang="zh-CN">${escapeHtml(f.raw)}</span>` }) },
  { head: 'line', cell: (f) => num(f.line), numeric: true },
  { head: 'confidence', cell: (f) => ({ html: f.confidence.toFixed(2), sort: f.confidence }), numeric: true },
];

export function factTable(facts: readonly Fact[], id: Ids): string {
  return sortable('facts', FACT_COLUMNS, facts, (f, i) =>
    attrs({ 'data-target': id.fact(i), 'data-category': f.category, 'data-confidence': f.confidence, tabindex: 0, title: 'show in the text' }),
  );
}

const DROPPED_COLUMNS: Column<Dropped>[] = [
  { head: 'raw', cell: (d) => ({ html: `<del lang="zh-CN">${escapeHtml(d.raw)}</del>` }) },
  { head: 'line', cell: (d) => num(d.line), numeric: true },
  { head: 'reason', cell: (d) => text(d.reason) },
  { head: 'rule', cell: (d) => text(d.rule) },
];

export function droppedTable(trace: readonly Dropped[], id: Ids): string {
  return sortable('dropped', DROPPED_COLUMNS, trace, (_, i) => attrs({ 'data-target': id.dropped(i), tabindex: 0, title: 'show in the text' }));
}

const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { head: 'department', cell: (r) => text(r.department ?? '(lead)'), },
  { head: 'category', cell: (r) => ({ html: `<span class="swatch c-${r.category}">${r.category}</span>` }) },
  { head: 'count', cell: (r) => num(r.count), numeric: true },
  { head: 'sum', cell: (r) => num(r.sum), numeric: true },
  { head: 'unit', cell: (r) => text(r.unit) },
];

export function summaryTable(rows: readonly SummaryRow[]): string {
  return sortable('summary', SUMMARY_COLUMNS, rows, () => '');
}

function sortable<T>(kind: string, columns: readonly Column<T>[], rows: readonly T[], rowAttrs: (row: T, i: number) => string): string {
  const head = columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num" data-type="num"' : ''}><button type="button">${escapeHtml(c.head)}</button></th>`)
    .join('');
  const body = rows
    .map((row, i) => {
      const cells = columns.map((c) => {
        const { html, sort } = c.cell(row, i);
        return `<td${attrs({ class: c.numeric ? 'num' : undefined, 'data-sort': sort })}>${html}</td>`;
      });
      return `<tr${rowAttrs(row, i)}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="sortable ${kind}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}
