/**
 * RFC 4180 CSV for spreadsheets: CRLF line ends, a field quoted when it holds a comma, a quote,
 * CR or LF or starts/ends with a space, quotes doubled. Text that a spreadsheet would run as a
 * formula is guarded (CWE-1236). Numbers stay numbers, null is an empty field.
 */
import type { Cell } from './fields.js';

/** Excel reads a UTF-8 CSV as the local code page unless it starts with this. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/**
 * A text cell starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, which spreadsheets
 * show as text instead of evaluating. Only strings: the number -5 stays -5.
 * @example guardFormula('=SUM(1)') // "'=SUM(1)"
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text of one cell (null → empty, true → `true`, numbers as JavaScript writes them). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guardFormula(cell);
  return String(cell);
}

export function csvField(cell: Cell): string {
  const text = cellText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** A whole CSV: header and rows, with a BOM unless `bom: false`. */
export function formatCsv(header: readonly string[], rows: readonly (readonly Cell[])[], { bom = true } = {}): string {
  return (bom ? UTF8_BOM : '') + csvRow(header) + rows.map(csvRow).join('');
}
