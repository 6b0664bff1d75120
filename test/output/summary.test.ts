import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/output/summary.js';
import { ReportSchema } from '../../src/schema.js';
import { FACTS, REPORT } from './fixture-report.js';

describe('summarize', () => {
  it('gives one row per department × category, in department then category order', () => {
    expect(summarize(REPORT, 'a.txt')).toEqual([
      { file: 'a.txt', department: null, departmentIndex: null, category: 'personnel', count: 1, sum: 300, unit: 'person' },
      { file: 'a.txt', department: '区党政办公室', departmentIndex: 1, category: 'personnel', count: 2, sum: 45, unit: 'person' },
      { file: 'a.txt', department: '区党政办公室', departmentIndex: 1, category: 'count', count: 1, sum: 1, unit: '组' },
      { file: 'a.txt', department: '区财政金融局', departmentIndex: 2, category: 'funds', count: 1, sum: 4680000, unit: 'CNY' },
      { file: 'a.txt', department: '区财政金融局', departmentIndex: 2, category: 'tonnage', count: 1, sum: 0.5, unit: 't' },
    ]);
  });

  const base = FACTS[1]!;
  const withFacts = (facts: object[]) => ReportSchema.parse({ ...REPORT, facts: facts.map((f) => ({ ...base, ...f })) });

  it('sums counts only when they share a unit', () => {
    const rows = summarize(withFacts([{ category: 'count', unit: '家', value: 17 }, { category: 'count', unit: '个', value: 3 }]), 'a');
    expect(rows).toEqual([expect.objectContaining({ category: 'count', count: 2, sum: null, unit: null })]);
  });

  it('does not sum durations, percentages or measures, but keeps their shared unit', () => {
    const rows = summarize(withFacts([{ category: 'duration', unit: 'h', value: 24 }, { category: 'duration', unit: 'h', value: 24 }, { category: 'percent', unit: '%', value: 100 }]), 'a');
    expect(rows).toEqual([
      expect.objectContaining({ category: 'duration', count: 2, sum: null, unit: 'h' }),
      expect.objectContaining({ category: 'percent', count: 1, sum: null, unit: '%' }),
    ]);
  });

  it('drops floating-point noise from sums', () => {
    const rows = summarize(withFacts([{ category: 'tonnage', unit: 't', value: 0.1 }, { category: 'tonnage', unit: 't', value: 0.2 }]), 'a');
    expect(rows[0]!.sum).toBe(0.3);
  });

  it('gives no rows for a report without facts', () => {
    expect(summarize({ ...REPORT, facts: [] }, 'a')).toEqual([]);
  });
});
