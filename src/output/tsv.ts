/**
 * Tab-separated values (the IANA text/tab-separated-values shape, as `mlr --otsv` and `xsv fmt -t`
 * write it): LF line ends, no quoting, and TAB, LF, CR and backslash inside a cell escaped as
 * `\t`, `\n`, `\r`, `\\`. No BOM. Text cells are formula-guarded like CSV's.
 */
import { cellText } from './csv.js';
import type { Cell } from './fields.js';

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

/** @example tsvField('a\tb\\c') // 'a\\tb\\\\c' */
export function tsvField(cell: Cell): string {
  return cellText(cell).replace(/[\t\n\r\\]/g, (c) => ESCAPES[c]!);
}

export function tsvRow(cells: readonly Cell[]): string {
  return cells.map(tsvField).join('\t') + '\n';
}

export function formatTsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return tsvRow(header) + rows.map(tsvRow).join('');
}
