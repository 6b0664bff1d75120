import { describe, expect, it } from 'vitest';
import { formatJson, JsonArrayWriter } from '../../src/output/json.js';
import { createWriter } from '../../src/output/writer.js';
import { OTHER, REPORT } from './fixture-report.js';

describe('JsonArrayWriter', () => {
  it.each([[[]], [[REPORT]], [[REPORT, OTHER, { a: [1, { b: 'x\ny' }] }]]])('streams what JSON.stringify(array, null, 2) prints (%#)', (values) => {
    const writer = new JsonArrayWriter();
    const text = values.map((v) => writer.element(v)).join('') + writer.close();
    expect(text).toBe(JSON.stringify(values, null, 2) + '\n');
  });
});

describe('json writer', () => {
  it('prints one report as an object', async () => {
    const writer = createWriter({ format: 'json', single: true });
    expect(writer.add(REPORT, 'a') + (await writer.end())).toBe(formatJson(REPORT));
  });

  it('prints several reports as an array, written as they come', async () => {
    const writer = createWriter({ format: 'json' });
    const first = writer.add(REPORT, 'a');
    expect(first.startsWith('[\n  {\n    "schemaVersion"')).toBe(true);
    expect(JSON.parse(first + writer.add(OTHER, 'b') + (await writer.end()))).toEqual([REPORT, OTHER]);
  });

  it('filters facts and recomputes factCount', async () => {
    const writer = createWriter({ format: 'json', single: true, filter: { categories: ['funds'] } });
    const report = JSON.parse(writer.add(REPORT, 'a') + (await writer.end()));
    expect(report.facts.map((f: { raw: string }) => f.raw)).toEqual(['468万元']);
    expect(report.departments.map((d: { factCount: number }) => d.factCount)).toEqual([0, 1]);
  });

  it('prints --summary as an array of rows, even for one file', async () => {
    const writer = createWriter({ format: 'json', single: true, summary: true });
    const rows = JSON.parse(writer.add(OTHER, 'b.txt') + (await writer.end()));
    expect(rows).toEqual([
      { file: 'b.txt', department: '区财政金融局', departmentIndex: 2, category: 'funds', count: 1, sum: 4680000, unit: 'CNY' },
      { file: 'b.txt', department: '区财政金融局', departmentIndex: 2, category: 'tonnage', count: 1, sum: 0.5, unit: 't' },
    ]);
  });

  it('prints [] for a summary of reports without facts, and nothing when no report came', async () => {
    const writer = createWriter({ format: 'json', summary: true });
    expect(writer.add({ ...REPORT, facts: [] }, 'a') + (await writer.end())).toBe('[]\n');
    expect(await createWriter({ format: 'json' }).end()).toBe('');
  });
});
