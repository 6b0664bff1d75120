/**
 * `--from ndjson`: a stream of documents, one JSON object per line — `{"id": "a1", "text": "…"}` or
 * `{"id": "a1", "base64": "…"}` (bytes in any supported encoding) — in; facts as NDJSON with the `id`
 * out. Each line is processed on its own (stateless, deterministic, streaming), so the tool can be the
 * map step of Hadoop Streaming, Spark's `RDD.pipe` or GNU parallel.
 */
import { createInterface } from 'node:readline';
import { extractReport } from '../pipeline.js';
import { readFormat } from '../read/index.js';
import { filterReport, type FactFilter } from '../output/filter.js';
import type { ENCODINGS } from '../schema.js';
import { EXIT } from './exit.js';
import type { CliIO } from './io.js';
import { describeError } from './read-input.js';
import type { Sink } from './sink.js';

export interface FromNdjsonOptions {
  encoding?: (typeof ENCODINGS)[number];
  maxBytes?: number;
  filter: FactFilter;
  quiet?: boolean;
}

interface Document {
  id: string | number;
  text?: string;
  base64?: string;
}

export async function runFromNdjson(io: CliIO, sink: Sink, options: FromNdjsonOptions): Promise<number> {
  const say = (text: string): void => void io.stderr.write(`report-extract: ${text}\n`);
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (sink.closed) break;
    if (line.trim() === '') continue;
    const doc = parseDocument(line);
    if (typeof doc === 'string') {
      say(`stdin line ${lineNumber}: ${doc}`);
      failed++;
      continue;
    }
    try {
      // A PDF, Word file or web page (base64, or a page's text) is read by its reader first.
      const input = await readFormat(doc.text ?? Buffer.from(doc.base64 ?? '', 'base64'), { maxBytes: options.maxBytes, encoding: options.encoding });
      const report = extractReport(input, { path: String(doc.id), encoding: options.encoding, maxBytes: options.maxBytes });
      if (!options.quiet) for (const w of report.warnings) say(`${doc.id}: warning ${w.code}: ${w.message}`);
      const facts = filterReport(report, options.filter).facts;
      await sink.write(facts.map((f) => JSON.stringify({ id: doc.id, ...f }) + '\n').join(''));
    } catch (error) {
      say(`${doc.id}: ${describeError(error)}`);
      failed++;
    }
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** A document object, or why the line is not one. */
function parseDocument(line: string): Document | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON object';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const doc = value as Record<string, unknown>;
  if (typeof doc.id !== 'string' && typeof doc.id !== 'number') return 'no "id" (a string or number)';
  if (typeof doc.text !== 'string' && typeof doc.base64 !== 'string') return 'no "text" (a string) or "base64" (bytes)';
  return doc as unknown as Document;
}
