/**
 * report-extract: department blocks and every numeric fact of a Chinese report.
 *
 * @example
 * import { extract } from 'report-extract';
 * const report = extract(readFileSync('report.txt'));
 * for (const f of report.facts) console.log(f.department, f.category, f.value, f.unit);
 */
import { extractReport, type Input } from './pipeline.js';
import type { ExtractOptions, Report } from './schema.js';

/** Read a report (bytes in any supported encoding, a string, or bytes handed over) and return the validated Report. */
export function extract(input: Input, options?: ExtractOptions): Report {
  return extractReport(input, options);
}

export { extractChunks, extractWithTrace, type Extraction, type HandedOver, type Input } from './pipeline.js';
export { ReportError, WarningCode, type ErrorCode } from './errors.js';
export * from './schema.js';
export type { Dropped, Trace } from './facts/find.js';
export { parseNumber, parseQuantity, type Quantity } from './numbers/numerals.js';
