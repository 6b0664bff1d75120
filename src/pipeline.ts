/**
 * The stages in order, one line each:
 *   bytes ─decode→ SourceText ─layout→ blocks ─facts→ Fact[] ─assemble→ Report ─validate→ Report
 */
import { createHash } from 'node:crypto';
import { ReportError, WarningCode } from './errors.js';
import { findFacts, type Trace } from './facts/find.js';
import { readLayout } from './layout/layout.js';
import { assemble } from './assemble.js';
import { OptionsSchema, ReportSchema, type ExtractOptions, type Report, type Warning } from './schema.js';
import { decode, type Decoded } from './text/decode.js';
import { SourceText } from './text/source.js';

export interface Extraction {
  report: Report;
  /** Candidates that were dropped, with the reason (for `--debug` and the review page). */
  trace: Trace;
}

/** Like `extract`, but also returns the trace of dropped candidates. */
export function extractWithTrace(input: string | Uint8Array, options: ExtractOptions = {}): Extraction {
  const opts = OptionsSchema.parse(options);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const decoded: Decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8', warnings: [] } : decode(input, opts.encoding);
  rejectBinary(decoded.text);
  const source = new SourceText(decoded.text);
  const layout = readLayout(source);
  const { facts, trace } = findFacts(source, layout);
  const warnings: Warning[] = [...decoded.warnings];
  if (decoded.text.trim() === '') warnings.push({ code: WarningCode.EMPTY_INPUT, message: 'the input holds no text' });
  const report = assemble({
    source: { path: opts.path, encoding: decoded.encoding, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    text: source,
    layout,
    facts,
    warnings,
  });
  return { report: opts.skipValidation ? report : ReportSchema.parse(report), trace };
}

/** A text document has no NUL characters and few control characters; a PNG or a zip has many. */
function rejectBinary(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ReportError('NOT_TEXT', 'binary data (NUL bytes), not a text document');
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  if (control > sample.length * 0.05) throw new ReportError('NOT_TEXT', 'binary data (control characters), not a text document');
}
