/** The format fixtures (fixtures/files/, made by scripts/make-format-fixtures.mjs) and the sample they hold. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { extract, ReportError, type Fact, type Report } from '../../src/index.js';

export const FILES = 'fixtures/files';
export const SAMPLE = 'fixtures/jining-gaoxin-2022.txt';
export const TITLE = '迎疫而上与人民群众同心战“疫”';

export const file = (name: string): Buffer => readFileSync(`${FILES}/${name}`);

/** The sample's report read from its .txt: what every format of it must give. */
export const sampleReport = (): Report => extract(readFileSync(SAMPLE), { path: SAMPLE });

/** A fact as the formats must agree on it. */
export const factKey = (f: Fact): string => `${f.department ?? '-'}|${f.category}|${f.value}|${f.max}|${f.qualifier}`;
export const factKeys = (r: Report): string[] => r.facts.map(factKey).sort();
export const departmentNames = (r: Report): string[] => r.departments.map((d) => d.name);

/** The ReportError `promise` rejects with (the test fails if it resolves or throws anything else). */
export async function failure(promise: Promise<unknown>): Promise<ReportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return error as ReportError;
  }
  throw new Error('expected a ReportError');
}
