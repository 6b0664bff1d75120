/**
 * Columns of the row formats (csv, tsv, table, ndjson with --fields): names, defaults, and how each
 * reads a fact. A cell keeps its JSON type (numbers stay numbers) until a format writes it.
 */
import type { Fact } from '../schema.js';
import type { SummaryRow } from './summary.js';

/** A cell of a row: formats decide how to write null and booleans. */
export type Cell = string | number | boolean | null;

type FactReader = (fact: Fact, file: string) => Cell;

const FACT_READERS = {
  file: (_f, file) => file,
  department: (f) => f.department,
  departmentIndex: (f) => f.departmentIndex,
  category: (f) => f.category,
  value: (f) => f.value,
  max: (f) => f.max,
  unit: (f) => f.unit,
  measureWord: (f) => f.measureWord,
  qualifier: (f) => f.qualifier,
  per: (f) => f.per,
  total: (f) => f.total,
  subject: (f) => f.subject,
  raw: (f) => f.raw,
  'span.start': (f) => f.span.start,
  'span.end': (f) => f.span.end,
  start: (f) => f.span.start,
  end: (f) => f.span.end,
  line: (f) => f.line,
  page: (f) => f.page,
  context: (f) => f.context,
  confidence: (f) => f.confidence,
} satisfies Record<string, FactReader>;

export type FactField = keyof typeof FACT_READERS;
export const FACT_FIELDS = Object.keys(FACT_READERS) as FactField[];

/** The columns of csv, tsv and table when `--fields` is not given. */
export const DEFAULT_FACT_FIELDS: readonly FactField[] = [
  'file', 'department', 'category', 'value', 'max', 'unit', 'measureWord',
  'qualifier', 'per', 'total', 'subject', 'raw', 'line', 'confidence',
];

export const SUMMARY_FIELDS = ['file', 'department', 'departmentIndex', 'category', 'count', 'sum', 'unit'] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];
export const DEFAULT_SUMMARY_FIELDS: readonly SummaryField[] = ['file', 'department', 'category', 'count', 'sum', 'unit'];

export function factCells(fact: Fact, file: string, fields: readonly string[]): Cell[] {
  return fields.map((name) => (FACT_READERS as Record<string, FactReader>)[name]!(fact, file));
}

export function summaryCells(row: SummaryRow, fields: readonly string[]): Cell[] {
  return fields.map((name) => row[name as SummaryField]);
}

/** The named cells as one object, keys in the order asked (for ndjson and json with --fields). */
export function toRecord(fields: readonly string[], cells: readonly Cell[]): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  fields.forEach((name, i) => (record[name] = cells[i] ?? null));
  return record;
}

/**
 * `'department, value,raw'` → `['department', 'value', 'raw']`, or the error to print.
 * @example parseFieldList('value,size', FACT_FIELDS) // { error: 'unknown field "size" (valid: file, department, …)' }
 */
export function parseFieldList(spec: string, valid: readonly string[]): { fields: string[] } | { error: string } {
  const fields = spec.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (fields.length === 0) return { error: `--fields needs at least one field (valid: ${valid.join(', ')})` };
  const unknown = fields.filter((f) => !valid.includes(f));
  if (unknown.length > 0) {
    const names = unknown.map((f) => `"${f}"`).join(', ');
    return { error: `unknown field${unknown.length > 1 ? 's' : ''} ${names} (valid: ${valid.join(', ')})` };
  }
  return { fields };
}
