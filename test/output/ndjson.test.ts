import { describe, expect, it } from 'vitest';
import { createWriter, joined } from '../../src/output/writer.js';
import { OTHER, REPORT } from './fixture-report.js';

const lines = (text: string) => text.split('\n').slice(0, -1).map((l) => JSON.parse(l));

describe('ndjson writer', () => {
  it('prints each fact on one line with file first', () => {
    const text = joined(createWriter({ format: 'ndjson' }).add(REPORT, 'reports/a.txt'));
    expect(text.split('\n')).toHaveLength(REPORT.facts.length + 1);
    const facts = lines(text);
    expect(facts.map((f) => Object.keys(f)[0])).toEqual(REPORT.facts.map(() => 'file'));
    expect(facts).toEqual(REPORT.facts.map((f) => ({ file: 'reports/a.txt', ...f })));
  });

  it('writes each line as JSON.stringify of the fact with file first, byte for byte (file names with quotes and CJK)', () => {
    for (const file of ['reports/a.txt', 'say "hi"\\x.txt', '报告/二〇二二.txt', '']) {
      const expected = REPORT.facts.map((f) => JSON.stringify({ file, ...f }) + '\n').join('');
      expect(createWriter({ format: 'ndjson' }).add(REPORT, file)).toBe(expected);
    }
  });

  it('jsonl is the same', () => {
    expect(createWriter({ format: 'jsonl' }).add(REPORT, 'a')).toBe(createWriter({ format: 'ndjson' }).add(REPORT, 'a'));
  });

  it('--fields chooses and orders the keys', () => {
    const text = joined(createWriter({ format: 'ndjson', fields: ['raw', 'value', 'span.start', 'end'] }).add(OTHER, 'b'));
    expect(text).toBe('{"raw":"468万元","value":4680000,"span.start":400,"end":405}\n{"raw":"约500公斤","value":0.5,"span.start":410,"end":416}\n');
  });

  it('applies the filter', () => {
    expect(lines(joined(createWriter({ format: 'ndjson', filter: { department: '党政' } }).add(REPORT, 'a'))).map((f) => f.raw)).toEqual(['21名', '24名', '1到3组']);
  });

  it('prints summary rows with --summary', () => {
    expect(createWriter({ format: 'ndjson', summary: true, fields: ['category', 'sum'] }).add(OTHER, 'b')).toBe('{"category":"funds","sum":4680000}\n{"category":"tonnage","sum":0.5}\n');
  });
});
