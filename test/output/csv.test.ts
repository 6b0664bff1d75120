import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, formatCsv, guardFormula } from '../../src/output/csv.js';
import { DEFAULT_FACT_FIELDS, factCells, type Cell } from '../../src/output/fields.js';
import { createWriter, joined } from '../../src/output/writer.js';
import { FACTS, OTHER, REPORT } from './fixture-report.js';

describe('csvField', () => {
  const CASES: Array<[Cell, string]> = [
    ['区党政办公室', '区党政办公室'],
    ['a,b', '"a,b"'],
    ['说"网格化"', '"说""网格化"""'],
    ['one\ntwo', '"one\ntwo"'],
    ['one\r\ntwo', '"one\r\ntwo"'],
    [' 蔬菜', '" 蔬菜"'],
    ['蔬菜 ', '"蔬菜 "'],
    ['', ''],
    [null, ''],
    [21, '21'],
    [0.5, '0.5'],
    [-5, '-5'], // a number is not a formula
    [true, 'true'],
    [false, 'false'],
    // formula injection: text starting with = + - @ TAB CR
    ['=SUM(1)', "'=SUM(1)"],
    ['+86 531', "'+86 531"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=1,2', '"\'=1,2"'],
    ['a=1', 'a=1'],
  ];
  it.each(CASES)('%j → %j', (cell, expected) => expect(csvField(cell)).toBe(expected));

  it('guards only formula starts', () => {
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('1+1')).toBe('1+1');
  });
});

describe('formatCsv', () => {
  it('writes CRLF records after a BOM', () => {
    expect(formatCsv(['a', 'b'], [[1, 'x y'], [null, 'q"']])).toBe('\uFEFFa,b\r\n1,x y\r\n,"q"""\r\n');
    expect(formatCsv(['a'], [], { bom: false })).toBe('a\r\n');
    expect(csvRow(['区', 3])).toBe('区,3\r\n');
  });

  it('is byte-exact for the fixture report', () => {
    const text = formatCsv(['department', 'value', 'subject', 'context'], FACTS.slice(2, 4).map((f) => factCells(f, 'x', ['department', 'value', 'subject', 'context'])), { bom: false });
    expect(text).toBe(
      'department,value,subject,context\r\n' +
        '区党政办公室,24,"党员干部, ""骨干""","24名党员干部\n下沉街道，开展""网格化""包保"\r\n' +
        '区党政办公室,1,\'=SUM(1),"\'+成立1到3组\r\n@检查组"\r\n',
    );
  });
});

/** A parsed CSV cell back to the type of its field (the reverse of cellText), formula guard removed. */
function typed(field: string, text: string): Cell {
  if (text === '') return field === 'department' || field === 'max' || field === 'per' || field === 'subject' ? null : '';
  if (['value', 'max', 'line', 'confidence'].includes(field)) return Number(text);
  if (field === 'total') return text === 'true';
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

describe('CSV read back by csv-parse', () => {
  it('equals the facts, field by field', async () => {
    const writer = createWriter({ format: 'csv' });
    const text = joined(writer.add(REPORT, 'reports/样本, "一".txt')) + joined(writer.add(OTHER, 'b.txt')) + (await writer.end());
    expect(text.startsWith('\uFEFFfile,department,')).toBe(true);
    const [header, ...rows] = parse(text, { bom: true, relax_column_count: false }) as string[][];
    expect(header).toEqual(DEFAULT_FACT_FIELDS);
    const expected = [
      ...REPORT.facts.map((f) => factCells(f, 'reports/样本, "一".txt', DEFAULT_FACT_FIELDS)),
      ...OTHER.facts.map((f) => factCells(f, 'b.txt', DEFAULT_FACT_FIELDS)),
    ];
    expect(rows.map((row) => row.map((cell, i) => typed(header![i]!, cell)))).toEqual(expected);
  });

  it('keeps the formula guard visible to the spreadsheet', () => {
    const writer = createWriter({ format: 'csv', fields: ['subject'], bom: false });
    const rows = parse(joined(writer.add(REPORT, 'x')), {}) as string[][];
    expect(rows.map((r) => r[0])).toContain("'=SUM(1)");
  });

  it('writes the header once, before the first report, and nothing without one', async () => {
    const writer = createWriter({ format: 'csv', fields: ['file', 'value'], bom: false });
    expect(writer.add(OTHER, 'b.txt')).toBe('file,value\r\nb.txt,4680000\r\nb.txt,0.5\r\n');
    expect(writer.add(OTHER, 'c.txt')).toBe('c.txt,4680000\r\nc.txt,0.5\r\n');
    const empty = createWriter({ format: 'csv' });
    expect(await empty.end()).toBe('');
  });
});
