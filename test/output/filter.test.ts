import { describe, expect, it } from 'vitest';
import { filterReport, keepFact } from '../../src/output/filter.js';
import { ReportSchema } from '../../src/schema.js';
import { FACTS, REPORT } from './fixture-report.js';

const raws = (filter: Parameters<typeof filterReport>[1]) => filterReport(REPORT, filter).facts.map((f) => f.raw);

describe('filterReport', () => {
  it('keeps everything without a filter', () => {
    expect(filterReport(REPORT, {})).toBe(REPORT);
  });

  const CASES: Array<[string, Parameters<typeof filterReport>[1], string[]]> = [
    ['one category', { categories: ['personnel'] }, ['300人', '21名', '24名']],
    ['two categories', { categories: ['funds', 'tonnage'] }, ['468万元', '约500公斤']],
    ['department substring', { department: '财政' }, ['468万元', '约500公斤']],
    ['department: facts above the first block never match', { department: '区' }, ['21名', '24名', '1到3组', '468万元', '约500公斤']],
    ['min confidence, inclusive', { minConfidence: 0.9 }, ['21名', '24名', '468万元']],
    ['all together', { categories: ['personnel'], department: '党政', minConfidence: 0.95 }, ['21名']],
  ];
  it.each(CASES)('%s', (_name, filter, expected) => expect(raws(filter)).toEqual(expected));

  it('recomputes factCount and stays a valid report', () => {
    const filtered = filterReport(REPORT, { categories: ['personnel'] });
    expect(filtered.departments.map((d) => d.factCount)).toEqual([2, 0]);
    expect(() => ReportSchema.parse(filtered)).not.toThrow();
    expect(REPORT.facts).toHaveLength(FACTS.length); // the input is not changed
  });

  it('keepFact with an empty filter keeps every fact', () => {
    expect(FACTS.every((f) => keepFact(f, {}))).toBe(true);
  });
});
