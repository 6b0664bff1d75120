import { describe, expect, it } from 'vitest';
import { DEFAULT_FACT_FIELDS, factCells, type Cell } from '../../src/output/fields.js';
import { formatTsv, tsvField } from '../../src/output/tsv.js';
import { createWriter } from '../../src/output/writer.js';
import { REPORT } from './fixture-report.js';

describe('tsvField', () => {
  const CASES: Array<[Cell, string]> = [
    ['区党政办公室', '区党政办公室'],
    ['a\tb', 'a\\tb'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo', 'one\\r\\ntwo'],
    ['C:\\temp', 'C:\\\\temp'],
    ['a,"b"', 'a,"b"'], // no quoting in TSV
    [' 蔬菜 ', ' 蔬菜 '],
    [null, ''],
    [4680000, '4680000'],
    [-5, '-5'],
    [false, 'false'],
    ['=SUM(1)', "'=SUM(1)"],
    ['-\t每日', "'-\\t每日"],
    ['\tx', "'\\tx"],
  ];
  it.each(CASES)('%j → %j', (cell, expected) => expect(tsvField(cell)).toBe(expected));
});

/** The reader's side: split on TAB and LF, undo the escapes. */
function readTsv(text: string): string[][] {
  const unescape = (s: string): string => s.replace(/\\([tnr\\])/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
  return text.replace(/\n$/, '').split('\n').map((line) => line.split('\t').map(unescape));
}

describe('TSV', () => {
  it('has one line per fact and as many cells as columns, whatever the text holds', async () => {
    const writer = createWriter({ format: 'tsv', fields: [...DEFAULT_FACT_FIELDS, 'context'] });
    const text = writer.add(REPORT, 'a.txt') + (await writer.end());
    expect(text.startsWith('file\t')).toBe(true); // no BOM
    const lines = text.split('\n');
    expect(lines).toHaveLength(REPORT.facts.length + 2); // header, facts, '' after the last LF
    const rows = readTsv(text);
    for (const row of rows) expect(row).toHaveLength(DEFAULT_FACT_FIELDS.length + 1);
    const contexts = rows.slice(1).map((r) => r.at(-1)!.replace(/^'(?=[=+\-@\t\r])/, ''));
    expect(contexts).toEqual(REPORT.facts.map((f) => f.context));
  });

  it('formats a small table exactly', () => {
    expect(formatTsv(['department', 'value'], REPORT.facts.slice(0, 2).map((f) => factCells(f, '', ['department', 'value'])))).toBe(
      'department\tvalue\n\t300\n区党政办公室\t21\n',
    );
  });
});
