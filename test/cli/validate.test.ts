import { describe, expect, it } from 'vitest';
import { jsonPath, reportProblems } from '../../src/cli/validate.js';
import { REPORT } from '../output/fixture-report.js';

describe('jsonPath', () => {
  const CASES: Array<[PropertyKey[], string]> = [
    [['facts', 3, 'category'], 'facts[3].category'],
    [[0, 'source', 'sha256'], '[0].source.sha256'],
    [['span.start'], '["span.start"]'],
    [[], ''],
  ];
  it.each(CASES)('%j → %s', (path, expected) => expect(jsonPath(path)).toBe(expected));
});

describe('reportProblems', () => {
  it('finds none in a valid report or array of reports', () => {
    expect(reportProblems(REPORT)).toEqual([]);
    expect(reportProblems([REPORT, REPORT])).toEqual([]);
    expect(reportProblems([])).toEqual([]);
  });

  it('names each problem by its path', () => {
    const facts = REPORT.facts.map((f, i) => (i === 3 ? { ...f, category: 'people', confidence: 2 } : f));
    expect(reportProblems({ ...REPORT, facts })).toEqual([
      expect.stringMatching(/^facts\[3\]\.category: Invalid option: expected one of "personnel"\|/),
      expect.stringMatching(/^facts\[3\]\.confidence: Too big/),
    ]);
    expect(reportProblems([REPORT, { ...REPORT, schemaVersion: '2.0' }])).toEqual([expect.stringMatching(/^\[1\]\.schemaVersion: /)]);
  });

  it('reports a value that is not an object at its root', () => {
    expect(reportProblems('a string')).toEqual([expect.stringMatching(/^Invalid input: expected object/)]);
  });
});
