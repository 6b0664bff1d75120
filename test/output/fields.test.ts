import { describe, expect, it } from 'vitest';
import { DEFAULT_FACT_FIELDS, FACT_FIELDS, factCells, parseFieldList, SUMMARY_FIELDS, toRecord } from '../../src/output/fields.js';
import { FACTS } from './fixture-report.js';

describe('parseFieldList', () => {
  it('reads a comma-separated list, trimming spaces', () => {
    expect(parseFieldList('department, value,raw', FACT_FIELDS)).toEqual({ fields: ['department', 'value', 'raw'] });
    expect(parseFieldList('span.start,end,context,departmentIndex', FACT_FIELDS)).toEqual({ fields: ['span.start', 'end', 'context', 'departmentIndex'] });
    expect(parseFieldList('count,sum', SUMMARY_FIELDS)).toEqual({ fields: ['count', 'sum'] });
  });

  it('names unknown fields and lists the valid ones', () => {
    const result = parseFieldList('value,size,colour', FACT_FIELDS);
    expect(result).toEqual({ error: expect.stringMatching(/^unknown fields "size", "colour" \(valid: file, department, .*confidence\)$/) });
    expect(parseFieldList('count', FACT_FIELDS)).toHaveProperty('error');
    expect(parseFieldList(' , ', FACT_FIELDS)).toHaveProperty('error');
  });

  it('every default field is a valid field', () => {
    for (const f of DEFAULT_FACT_FIELDS) expect(FACT_FIELDS).toContain(f);
  });
});

describe('factCells', () => {
  it('reads each field, keeping types', () => {
    const fact = FACTS[3]!;
    expect(factCells(fact, 'a.txt', ['file', 'value', 'max', 'total', 'per', 'span.start', 'start', 'span.end', 'end', 'departmentIndex'])).toEqual(['a.txt', 1, 3, false, null, 300, 300, 305, 305, 1]);
    expect(toRecord(['raw', 'value'], factCells(fact, 'a', ['raw', 'value']))).toEqual({ raw: '1到3组', value: 1 });
  });
});
