/**
 * An aligned terminal table (cli-table3, loaded only when this format is used). cli-table3 aligns
 * wide characters by display width but its `wordWrap` cuts by UTF-16 length, so long text is cut
 * here, by display width, with `…`. Numbers are right-aligned; null is an empty cell.
 */
import type { Cell } from './fields.js';
import { cutStartToWidth, cutToWidth } from './width.js';

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
  const table = new Table({
    // cli-table3 colours by default even into a pipe, and its colour library turns itself off under
    // `CI`: we colour the header ourselves, exactly when asked. compact: a rule only under the header.
    head: header.map((name) => (options.color ? `${CYAN}${name}${RESET}` : name)),
    style: { head: [], border: [], compact: true },
  });
  const isPath = header.map((name) => name === 'file');
  for (const row of rows) table.push(row.map((cell, i) => tableCell(cell, maxWidth, isPath[i] === true)));
  return table.toString() + '\n';
}
