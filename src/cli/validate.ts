/**
 * `report-extract validate REPORT.json…`: check saved reports (an object or an array of objects)
 * against ReportSchema and print each problem with its JSON path.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ReportSchema } from '../schema.js';
import type { CliIO } from './io.js';
import { describeError, readInput } from './read-input.js';
import { EXIT } from './exit.js';

/**
 * `['facts', 3, 'category']` → `facts[3].category`; `[0, 'source']` → `[0].source`.
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Every problem of a parsed JSON value as `path: message` (`facts[3].category: Invalid option: …`). */
export function reportProblems(value: unknown): string[] {
  z.config(en()); // zod/mini ships no messages until a locale is chosen
  const reports = Array.isArray(value) ? value : [value];
  const problems: string[] = [];
  reports.forEach((report, i) => {
    const result = ReportSchema.safeParse(report);
    if (result.success) return;
    for (const issue of result.error.issues as z.core.$ZodIssue[]) {
      const path = jsonPath(Array.isArray(value) ? [i, ...issue.path] : issue.path);
      problems.push(path === '' ? issue.message : `${path}: ${issue.message}`);
    }
  });
  return problems;
}

export async function runValidate(files: readonly string[], options: { quiet?: boolean }, io: CliIO): Promise<number> {
  let invalid = false;
  for (const file of files) {
    let value: unknown;
    try {
      const text = Buffer.from(await readInput(file, io.stdin)).toString('utf8');
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      invalid = true;
      const reason = error instanceof SyntaxError ? `not JSON: ${error.message}` : describeError(error);
      io.stderr.write(`report-extract: ${file}: ${reason}\n`);
      continue;
    }
    const problems = reportProblems(value);
    if (problems.length > 0) invalid = true;
    for (const problem of problems) io.stdout.write(`${file}: ${problem}\n`);
    if (problems.length === 0 && !options.quiet) {
      const count = Array.isArray(value) ? value.length : 1;
      io.stdout.write(`${file}: valid (${count} report${count === 1 ? '' : 's'})\n`);
    }
  }
  return invalid ? EXIT.INPUT_FAILED : EXIT.OK;
}
