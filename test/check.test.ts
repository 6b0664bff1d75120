import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { conforms, validated } from '../src/check.js';
import { extract, FactSchema, ReportSchema, type Fact } from '../src/index.js';

const zodSays = (schema: z.ZodMiniType, value: unknown): boolean => z.safeParse(schema, value).success;

/** A valid fact, written by hand from SPEC.md. */
const FACT: Fact = {
  department: '区财政局',
  departmentIndex: 1,
  category: 'personnel',
  value: 30,
  max: null,
  unit: 'person',
  measureWord: '名',
  qualifier: 'over',
  per: null,
  total: false,
  subject: '党员干部',
  raw: '30余名',
  span: { start: 12, end: 16 },
  line: 3,
  page: null,
  context: '选派30余名党员干部',
  confidence: 0.9,
};

/** Field → values to try: valid and invalid side by side; zod's verdict is the expected one. */
const TRIES: Record<keyof Fact, unknown[]> = {
  department: [null, '', 'x', 1, undefined],
  departmentIndex: [null, 1, 0, -1, 1.5, '1', Number.NaN, undefined],
  category: ['funds', 'measure', 'money', '', null],
  value: [0, -3, 1.5, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '1', null],
  max: [null, 2, Number.NaN, '2'],
  unit: ['CNY', '', 1, null],
  measureWord: ['', '万元', null],
  qualifier: ['exact', 'about', 'around', undefined],
  per: [null, 'day', 'year', 'hour', undefined],
  total: [true, false, 0, 'true', null],
  subject: [null, '', '干部', 5],
  raw: ['3', '', null],
  span: [{ start: 0, end: 0 }, { start: -1, end: 2 }, { start: 1.5, end: 2 }, { start: 1 }, [0, 1], null, 'span'],
  line: [1, 0, -2, 2.5, Number.MAX_SAFE_INTEGER + 2],
  page: [null, 1, 0, -1, 2.5, '1', undefined],
  context: ['', '…', undefined],
  confidence: [0, 1, 0.5, -0.01, 1.01, Number.NaN],
};

describe('conforms gives the verdict of zod', () => {
  const cases = Object.entries(TRIES).flatMap(([field, values]) => values.map((v) => [field, v] as const));
  it.each(cases)('a fact with %s = %o', (field, v) => {
    const fact = { ...FACT, [field]: v };
    expect(conforms(FactSchema, fact)).toBe(zodSays(FactSchema, fact));
  });

  it('accepts the valid fact and refuses what is not an object', () => {
    expect(conforms(FactSchema, FACT)).toBe(true);
    for (const v of [null, undefined, 'fact', 3, [FACT]]) expect(conforms(FactSchema, v)).toBe(zodSays(FactSchema, v));
  });

  it('agrees on any value put in any field (property)', () => {
    const fields = Object.keys(FACT) as Array<keyof Fact>;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, v) => {
        const fact = { ...FACT, [field]: v };
        return conforms(FactSchema, fact) === zodSays(FactSchema, fact);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on whole reports: the valid one, and with the version, the digest or a warning code wrong', () => {
    const report = extract(readFileSync(new URL('../fixtures/jining-gaoxin-2022.txt', import.meta.url)), { skipValidation: true });
    expect(report.facts.length).toBeGreaterThan(0);
    const variants = [
      report,
      { ...report, schemaVersion: '2.0' },
      { ...report, source: { ...report.source, sha256: 'abc' } },
      { ...report, warnings: [{ code: 'lower_case', message: '' }] },
      { ...report, facts: [...report.facts, { ...FACT, value: Number.NaN }] },
      { ...report, departments: [{ ...report.departments[0], name: '' }] },
    ];
    expect(variants.map((v) => conforms(ReportSchema, v))).toEqual(variants.map((v) => zodSays(ReportSchema, v)));
    expect(variants.map((v) => conforms(ReportSchema, v))).toEqual([true, false, false, false, false, false]);
  });
});

describe('validated', () => {
  it('returns a valid value itself, not a copy', () => {
    expect(validated(FactSchema, FACT)).toBe(FACT);
  });

  it("throws zod's own error for an invalid one", () => {
    expect(() => validated(FactSchema, { ...FACT, confidence: 2 })).toThrow(/confidence/);
  });
});

describe('what the compiler does not know goes to zod', () => {
  const Other = z.object({
    name: z.optional(z.string()),
    tag: z.union([z.string(), z.number()]),
    short: z.string().check(z.maxLength(3)),
    at: z.object({ start: z.int() }).check(z.refine((s) => s.start % 2 === 0)),
  });
  const cases: unknown[] = [
    { tag: 'a', short: 'abc', at: { start: 2 } },
    { name: 'x', tag: 1, short: '', at: { start: 0 } },
    { name: 1, tag: 'a', short: 'abc', at: { start: 2 } },
    { tag: true, short: 'abc', at: { start: 2 } },
    { tag: 'a', short: 'abcd', at: { start: 2 } },
    { tag: 'a', short: 'abc', at: { start: 3 } },
  ];
  it.each(cases)('%o', (value) => {
    expect(conforms(Other, value)).toBe(zodSays(Other, value));
  });
  it('and the verdicts differ across these cases', () => {
    expect(cases.map((v) => conforms(Other, v))).toEqual([true, true, false, false, false, false]);
  });
});
