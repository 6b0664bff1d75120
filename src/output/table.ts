/**
 * An aligned terminal table (cli-table3, loaded only when this format is used). cli-table3 aligns
 * wide characters by display width but its `wordWrap` cuts by UTF-16 length, so long text is cut
 * here, by display width, with `…`. Numbers are right-aligned; null is an empty cell.
 *
 * cli-table3 lays a table out in time quadratic in its rows (cli-table/cli-table3#68: 3,400 rows took
 * 5 s, 7,000 rows 16 s, a 10 MB document's 112,000 rows never finished). So the columns' widths are
 * measured here, over every row, and the rows are drawn by cli-table3 in slices of ROWS_PER_SLICE with
 * those widths fixed: the slices line up as the one table cli-table3 would have drawn, in linear time.
 */
import type { Cell } from './fields.js';
import { cutStartToWidth, cutToWidth, displayWidth } from './width.js';

/** Rows per table drawn by cli-table3: few enough that its quadratic layout costs little (10 MB: 33 s with 100, 30 s with 25). */
const ROWS_PER_SLICE = 25;
/** cli-table3's padding: a space either side of a cell's content. */
const PADDING = 2;

export interface TableOptions {
  /** Colour the header (the CLI asks only for a terminal, and never under NO_COLOR). @default false */
  color?: boolean;
  /** Longest cell, in terminal columns, before it is cut with `…`. @default 30 */
  maxCellWidth?: number;
}

const CYAN = '\x1b[36m';
const RESET = '\x1b[39m';

/** `\n` or TAB inside a cell would break the row: show them as spaces. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ');
}

/** A path keeps its end (the file name): `…xtures/jining-gaoxin-2022.txt`; other text keeps its start. */
function tableCell(cell: Cell, maxWidth: number, isPath: boolean): { content: string; hAlign?: 'right' } {
  if (typeof cell === 'number') return { content: String(cell), hAlign: 'right' };
  if (cell === null) return { content: '' };
  const text = oneLine(String(cell));
  return { content: isPath ? cutStartToWidth(text, maxWidth) : cutToWidth(text, maxWidth) };
}

export async function formatTable(header: readonly string[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const maxWidth = options.maxCellWidth ?? 30;
  const isPath = header.map((name) => name === 'file');
  const cells = rows.map((row) => row.map((cell, i) => tableCell(cell, maxWidth, isPath[i] === true)));
  // Each column as wide as its name and its widest cell, measured as cli-table3 measures (see width.ts).
  const colWidths = header.map((name) => displayWidth(name) + PADDING);
  for (const row of cells) row.forEach((cell, i) => (colWidths[i] = Math.max(colWidths[i] ?? 0, displayWidth(cell.content) + PADDING)));
  // cli-table3 colours by default even into a pipe, and its colour library turns itself off under
  // `CI`: we colour the header ourselves, exactly when asked. compact: a rule only under the header.
  const style = { head: [], border: [], compact: true };
  const draw = (slice: typeof cells, head: string[]): string[] => {
    const table = new Table({ head, style, colWidths });
    for (const row of slice) table.push(row);
    return table.toString().split('\n');
  };
  // The first slice with the header, less its bottom rule; the others' rows alone, between their rules.
  const lines = draw(cells.slice(0, ROWS_PER_SLICE), header.map((name) => (options.color ? `${CYAN}${name}${RESET}` : name)));
  const bottom = lines.pop() as string;
  for (let from = ROWS_PER_SLICE; from < cells.length; from += ROWS_PER_SLICE) {
    const slice = draw(cells.slice(from, from + ROWS_PER_SLICE), []);
    for (let k = 1; k < slice.length - 1; k++) lines.push(slice[k] as string);
  }
  lines.push(bottom);
  return lines.join('\n') + '\n';
}
