/**
 * report-extract: department blocks and every numeric fact of a Chinese report.
 *
 * @example
 * import { extract } from 'report-extract';
 * const report = extract(readFileSync('report.txt'));
 * for (const f of report.facts) console.log(f.department, f.category, f.value, f.unit);
 * // PDF, Word and web pages (detected from the bytes) go through the async entry:
 * const pdf = await extractFile('bulletin.pdf'); // pdf.source.format === 'pdf', each fact has its page
 */
import { extractReport, type ReadyInput } from './pipeline.js';
import type { ExtractOptions, Report } from './schema.js';

/** Read a report (bytes in any supported encoding, a string, or bytes handed over) and return the validated Report. */
export function extract(input: ReadyInput, options?: ExtractOptions): Report {
  return extractReport(input, options);
}

export { extractAsync, extractChunks, extractFile, extractWithTrace, type Extraction, type HandedOver, type Input, type ReadyInput } from './pipeline.js';
export { detectFormat } from './read/detect.js';
export { readFormat, type ReadDocument, type ReadInput } from './read/index.js';
export { ReportError, WarningCode, type ErrorCode } from './errors.js';
export * from './schema.js';
export type { Dropped, Trace } from './facts/find.js';
export { parseNumber, parseQuantity, type Quantity } from './numbers/numerals.js';
