import { describe, expect, it } from 'vitest';
import { elementsJson, ITEMS_PER_PIECE, JsonArrayWriter, reportJson } from '../../src/output/json.js';
import { createWriter, joined } from '../../src/output/writer.js';
import type { Report } from '../../src/schema.js';
import { FACTS, OTHER, REPORT } from './fixture-report.js';

/** REPORT with `n` facts (its own, repeated with different spans). */
function withFacts(n: number): Report {
  const facts = Array.from({ length: n }, (_, i) => ({ ...(FACTS[i % FACTS.length] as Report['facts'][number]), span: { start: i, end: i + 1 } }));
  return { ...REPORT, facts };
}

describe('elementsJson', () => {
  it.each([0, 1, 2, 3])('is the elements of an array %i levels deep, indented as JSON.stringify indents them there', (depth) => {
    const items = [{ a: [1, { b: 'x\ny' }], c: [] }, 'z', [], 2];
    // At depth 0: the array's text without its bracket lines; each level deeper, every line 2 more spaces.
    const flat = JSON.stringify(items, null, 2).slice(2, -2);
    const expected = flat.split('\n').map((line) => '  '.repeat(depth) + line).join('\n');
    expect(elementsJson(items, depth)).toBe(expected);
    expect(JSON.parse(`[${elementsJson(items, depth)}]`)).toEqual(items);
  });

  it('refuses an empty list (an empty array is written `[]`, with no elements to cut out)', () => {
    expect(() => elementsJson([], 0)).toThrow();
  });
});

describe('reportJson', () => {
  it.each([0, 1, 99, 100, 101, 999, 1000, 1001, 2500])('with %i facts is JSON.stringify(report, null, 2), alone and as an element', (n) => {
    const report = withFacts(n);
    expect([...reportJson(report, 0)].join('')).toBe(JSON.stringify(report, null, 2));
    expect([...reportJson(report, 1)].join('')).toBe(JSON.stringify([report], null, 2).slice(2, -2));
    expect([...reportJson(report, 2)].join('')).toBe(JSON.stringify([[report]], null, 2).slice(6, -6));
  });

  it('takes the facts as chunks of any sizes, drawn as they are written', () => {
    const report = withFacts(2600);
    const sizes = [1, 999, 3, 0, 1500, 97];
    const chunks: Array<Report['facts']> = [];
    let from = 0;
    for (const n of sizes) chunks.push(report.facts.slice(from, (from += n)));
    expect([...reportJson({ ...report, facts: [] }, 0, chunks)].join('')).toBe(JSON.stringify(report, null, 2));
    expect([...reportJson({ ...report, facts: [] }, 1, chunks)].join('')).toBe(JSON.stringify([report], null, 2).slice(2, -2));
    expect([...reportJson({ ...report, facts: [] }, 0, [[], []])].join('')).toBe(JSON.stringify({ ...report, facts: [] }, null, 2));
  });

  it('writes the departments in pieces too (they hold the document\'s text)', () => {
    const department = REPORT.departments[0] as Report['departments'][number];
    const report = { ...REPORT, departments: Array.from({ length: 2.5 * ITEMS_PER_PIECE }, (_, i) => ({ ...department, index: i + 1 })) };
    const pieces = [...reportJson(report)];
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    expect(pieces.filter((p) => p.includes('"factCount"')).length).toBe(3);
  });

  it('writes a long report in pieces of ITEMS_PER_PIECE facts, never as one string', () => {
    const report = withFacts(5 * ITEMS_PER_PIECE);
    const pieces = [...reportJson(report)];
    const factPieces = pieces.filter((p) => p.includes('"measureWord"'));
    expect(factPieces.length).toBe(5);
    for (const p of factPieces) expect(p.split('"measureWord"').length - 1).toBe(ITEMS_PER_PIECE);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(report, null, 2).length / 4);
  });
});

describe('JsonArrayWriter', () => {
  it.each([[[]], [[REPORT]], [[REPORT, OTHER, { a: [1, { b: 'x\ny' }] }]]])('streams what JSON.stringify(array, null, 2) prints (%#)', (values) => {
    const writer = new JsonArrayWriter();
    const out = values.map((v) => writer.element(v)).join('') + writer.close();
    expect(out).toBe(JSON.stringify(values, null, 2) + '\n');
  });
});

describe('json writer', () => {
  it('prints one report as an object', async () => {
    const writer = createWriter({ format: 'json', single: true });
    expect(joined(writer.add(REPORT, 'a')) + (await writer.end())).toBe(JSON.stringify(REPORT, null, 2) + '\n');
  });

  it('prints several reports as an array, written as they come', async () => {
    const writer = createWriter({ format: 'json' });
    const first = writer.add(REPORT, 'a');
    const second = writer.add(OTHER, 'b'); // its place is taken when added, not when its pieces are read
    const out = joined(first) + joined(second) + (await writer.end());
    expect(out.startsWith('[\n  {\n    "schemaVersion"')).toBe(true);
    expect(out).toBe(JSON.stringify([REPORT, OTHER], null, 2) + '\n');
  });

  it('filters facts and recomputes factCount', async () => {
    const writer = createWriter({ format: 'json', single: true, filter: { categories: ['funds'] } });
    const report = JSON.parse(joined(writer.add(REPORT, 'a')) + (await writer.end()));
    expect(report.facts.map((f: { raw: string }) => f.raw)).toEqual(['468万元']);
    expect(report.departments.map((d: { factCount: number }) => d.factCount)).toEqual([0, 1]);
  });

  it('prints --summary as an array of rows, even for one file', async () => {
    const writer = createWriter({ format: 'json', single: true, summary: true });
    const rows = JSON.parse(joined(writer.add(OTHER, 'b.txt')) + (await writer.end()));
    expect(rows).toEqual([
      { file: 'b.txt', department: '区财政金融局', departmentIndex: 2, category: 'funds', count: 1, sum: 4680000, unit: 'CNY' },
      { file: 'b.txt', department: '区财政金融局', departmentIndex: 2, category: 'tonnage', count: 1, sum: 0.5, unit: 't' },
    ]);
  });

  it('prints [] for a summary of reports without facts, and nothing when no report came', async () => {
    const writer = createWriter({ format: 'json', summary: true });
    expect(joined(writer.add({ ...REPORT, facts: [] }, 'a')) + (await writer.end())).toBe('[]\n');
    expect(await createWriter({ format: 'json' }).end()).toBe('');
  });
});
