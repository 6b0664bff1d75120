import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACT_FIELDS, factCells } from '../../src/output/fields.js';
import { formatTable } from '../../src/output/table.js';
import { createWriter } from '../../src/output/writer.js';
import { cutStartToWidth, cutToWidth, displayWidth } from '../../src/output/width.js';
import { OTHER, REPORT } from './fixture-report.js';

const ANSI = /\x1b\[[0-9;]*m/;

describe('displayWidth and cutToWidth', () => {
  const TEXTS = ['区党政办公室', '21名', '党员干部, "骨干"', '（一）区财政局：', '“疫”', 'ａｂｃ１２３', '한국어', 'e\u0301', '𠀀𠀁', '¥ ￥'];
  it.each(TEXTS)('%s measures as string-width does', (text) => expect(displayWidth(text)).toBe(stringWidth(text)));

  const CUTS: Array<[string, number, string]> = [
    ['疫情防控物资采购、隔离场所运转费', 10, '疫情防控…'],
    ['疫情防控物资采购、隔离场所运转费', 11, '疫情防控物…'],
    ['abcdef', 4, 'abc…'],
    ['abc', 3, 'abc'],
    ['a区b', 3, 'a…'],
    ['区党政办公室', 12, '区党政办公室'],
  ];
  it('cuts a path from the start', () => {
    expect(cutStartToWidth('reports/2022/jining-gaoxin.txt', 20)).toBe('…2/jining-gaoxin.txt');
    expect(cutStartToWidth('报告/济宁高新区.txt', 12)).toBe('…高新区.txt');
    expect(cutStartToWidth('a.txt', 5)).toBe('a.txt');
  });

  it.each(CUTS)('cuts %s to %i columns: %s', (text, max, expected) => {
    expect(cutToWidth(text, max)).toBe(expected);
    expect(stringWidth(cutToWidth(text, max))).toBeLessThanOrEqual(max);
  });
});

describe('formatTable', () => {
  it('draws a long table in slices that line up as the one table cli-table3 draws (which takes quadratic time)', async () => {
    const { default: Table } = await import('cli-table3');
    const header = ['department', 'value', 'subject'];
    const names = ['区党政办公室', 'a', '（一）区财政局', '区卫健委 ２'];
    // The widest cell of each column stands in one slice only: the others must still be as wide.
    const rows = Array.from({ length: 263 }, (_, i) => [i === 200 ? 'x'.repeat(24) : (names[i % names.length] as string), i === 50 ? 1234567 : i, i % 3 === 0 ? null : '党员干部'.slice(0, 1 + (i % 4))]);
    for (const color of [false, true]) {
      // The reference: one cli-table3 table of every row, natural widths, cells as formatTable makes them.
      const head = header.map((h) => (color ? `\x1b[36m${h}\x1b[39m` : h));
      const whole = new Table({ head, style: { head: [], border: [], compact: true } });
      for (const row of rows) whole.push(row.map((c) => (typeof c === 'number' ? { content: String(c), hAlign: 'right' as const } : { content: c ?? '' })));
      expect(await formatTable(header, rows, { color })).toBe(whole.toString() + '\n');
    }
  });

  it('draws the header alone when there is no row', async () => {
    const { default: Table } = await import('cli-table3');
    const whole = new Table({ head: ['a', '名称'], style: { head: [], border: [], compact: true } });
    expect(await formatTable(['a', '名称'], [])).toBe(whole.toString() + '\n');
  });

  it('aligns Chinese content: every line has the same display width', async () => {
    const fields = [...DEFAULT_FACT_FIELDS, 'context'];
    const text = await formatTable(fields, REPORT.facts.map((f) => factCells(f, 'reports/样本.txt', fields)));
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBe(REPORT.facts.length + 4); // top, header, rule, rows, bottom
    const widths = new Set(lines.map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    expect(text).not.toMatch(ANSI);
  });

  it('cuts long text with … by display width and puts a line break inside a cell on one line', async () => {
    const text = await formatTable(['file', 'subject', 'context'], [['reports/疫情/a.txt', '疫情防控物资采购、隔离场所运转费', 'a\nb\tc']], { maxCellWidth: 10 });
    expect(text).toContain('│ …情/a.txt │ 疫情防控… │ a b c   │');
  });

  it('right-aligns numbers and leaves null empty', async () => {
    const text = await formatTable(['department', 'value', 'max'], [['区党政办公室', 21, null], [null, 4680000, 3]]);
    expect(text).toBe(
      [
        '┌──────────────┬─────────┬─────┐',
        '│ department   │ value   │ max │',
        '├──────────────┼─────────┼─────┤',
        '│ 区党政办公室 │      21 │     │',
        '│              │ 4680000 │   3 │',
        '└──────────────┴─────────┴─────┘',
        '',
      ].join('\n'),
    );
  });

  it('colours the header only when asked', async () => {
    expect(await formatTable(['a'], [['区']], { color: true })).toMatch(ANSI);
    expect(await formatTable(['a'], [['区']], { color: false })).not.toMatch(ANSI);
  });
});

describe('table writer', () => {
  it('prints one table for several reports at the end, aligned', async () => {
    const writer = createWriter({ format: 'table', fields: ['file', 'department', 'value', 'raw', 'subject'] });
    expect(writer.add(REPORT, 'a.txt')).toBe('');
    expect(writer.add(OTHER, '乙.txt')).toBe('');
    const text = await writer.end();
    expect(text).toContain('乙.txt');
    expect(new Set(text.trimEnd().split('\n').map((l) => stringWidth(l))).size).toBe(1);
  });

  it('prints nothing when no report was added', async () => {
    expect(await createWriter({ format: 'table' }).end()).toBe('');
  });
});
