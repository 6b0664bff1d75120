/**
 * CSV and TSV cells cannot inject formulas (CWE-1236): text starting with `=`, `+`, `-`, `@`, TAB or CR
 * gets a leading `'`, in each format, for each prefix; numbers stay numbers. End to end, a report whose
 * clauses start with those characters gives no cell a spreadsheet would evaluate. (A CR cannot start a
 * clause — it ends a line — so it is checked on the cell writers alone.)
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/output/csv.js';
import { tsvField } from '../../src/output/tsv.js';
import { runCli } from '../cli/helpers.js';

const PREFIXES: Array<[string, string]> = [
  ['=', '=HYPERLINK("http://x","y")'],
  ['+', '+1+1'],
  ['-', '-2+3'],
  ['@', '@SUM(1)'],
  ['TAB', '\t=1'],
  ['CR', '\r=1'],
];

/** A cell a spreadsheet would evaluate. */
const DANGEROUS = /^[=+\-@\t\r]/;

describe.each(PREFIXES)('a text cell starting with %s', (_, text) => {
  it('csv: guarded with a quote', () => {
    const field = csvField(text);
    const cell = (parse(`${field}\r\n`, { relax_quotes: true }) as string[][])[0]?.[0];
    expect(cell).toBe(`'${text}`);
  });

  it('tsv: guarded with a quote (TAB and CR escaped after it)', () => {
    const field = tsvField(text);
    expect(field.startsWith("'")).toBe(true);
    expect(field.slice(1).replace(/\\t/g, '\t').replace(/\\r/g, '\r').replace(/\\n/g, '\n')).toBe(text);
  });
});

describe('numbers are not text', () => {
  it('a negative number stays a number', () => {
    expect(csvField(-5)).toBe('-5');
    expect(tsvField(-5)).toBe('-5');
  });
});

describe('end to end: clauses that start with a formula character', () => {
  const TEXT = '区财政局\n开展工作，=组织5名干部；+组织6名干部；-组织7名干部；@组织8名干部；\t组织9名干部。\n';

  it.each([
    ['csv', (out: string) => parse(out.replace(/^\uFEFF/, ''), { relax_quotes: true }) as string[][]],
    ['tsv', (out: string) => out.trimEnd().split('\n').map((line) => line.split('\t'))],
  ])('%s: no cell a spreadsheet would evaluate', async (format, read) => {
    const { code, stdout } = await runCli(['-f', format, '--fields', 'file,department,value,subject,context,raw'], { stdin: TEXT });
    expect(code).toBe(0);
    const rows = read(stdout).slice(1);
    expect(rows.map((r) => r[2])).toEqual(['5', '6', '7', '8', '9']);
    expect(rows.map((r) => r[4]?.[1])).toEqual(['=', '+', '-', '@', format === 'csv' ? '\t' : '\\']); // the clause, after its guard
    for (const cell of rows.flat()) expect(cell).not.toMatch(DANGEROUS);
    expect(rows.map((r) => r[0])).toEqual(Array(5).fill("'-")); // even stdin's name, `-`
  });
});
