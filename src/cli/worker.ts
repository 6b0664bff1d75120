/** A worker thread of `--jobs N`: reads and extracts the inputs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { createWriter, type OutputWriter, type WriterOptions } from '../output/writer.js';
import { extractChunks, extractWithTrace, type Extraction } from '../pipeline.js';
import { SCHEMA_VERSION, type Fact, type Report } from '../schema.js';
import { failure, type ExtractJob, type JobReply } from './jobs.js';
import { readInput } from './read-input.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of report-extract --jobs');
port.on('message', async (job: ExtractJob) => {
  let reply: JobReply;
  try {
    const bytes = await readInput(job.path, process.stdin, job.maxBytes);
    const options = { path: job.path, encoding: job.encoding, maxBytes: job.maxBytes };
    if (job.rows) {
      // Rows, as the thread of --jobs 1 makes them: facts area by area, each chunk formatted (and encoded)
      // as it comes, so that neither the facts nor their text outlive their area.
      const out = job.rowBytes ? new ByteRows() : new TextRows();
      const writer = rowWriter(job.rows);
      const chunks = extractChunks(bytes, options, { trace: job.keepTrace });
      let next = chunks.next();
      for (; !next.done; next = chunks.next()) out.add(writer.add(factsOnly(next.value), job.path));
      // The end: csv gets its (empty) part for an input without facts, like --jobs 1 (nothing, with no header).
      out.add(writer.add(factsOnly([]), job.path));
      const { report, trace, text } = next.value;
      reply = { id: job.id, extraction: { report: { ...report, departments: [], facts: [] }, trace, text: job.keepText ? text : '' }, rows: out.take() };
    } else {
      const { report, trace, text } = extractWithTrace(bytes, options);
      reply = { id: job.id, extraction: { report, trace: job.keepTrace ? trace : [], text: job.keepText ? text : '' } satisfies Extraction };
    }
  } catch (error) {
    reply = { id: job.id, ...failure(error) };
  }
  // Bytes are moved, not copied (each reply's bytes have a buffer of their own, see ByteRows.take).
  port.postMessage(reply, 'rows' in reply && reply.rows instanceof Uint8Array ? [reply.rows.buffer as ArrayBuffer] : []);
});

/** The row writer for a run's options (the same for every job of a run: made once). */
let writerFor: { key: string; writer: OutputWriter } | undefined;
function rowWriter(options: WriterOptions): OutputWriter {
  const key = JSON.stringify(options);
  if (writerFor?.key !== key) writerFor = { key, writer: createWriter({ ...options, header: false }) };
  return writerFor.writer;
}

/** A report holding only some facts: what the row formats read. */
function factsOnly(facts: Fact[]): Report {
  return { ...EMPTY_REPORT, facts };
}
const EMPTY_REPORT: Report = {
  schemaVersion: SCHEMA_VERSION,
  source: { path: null, encoding: 'utf-8', bytes: 0, sha256: '0'.repeat(64) },
  document: { title: null, subtitle: null, kicker: null, byline: null, lead: null },
  departments: [],
  facts: [],
  warnings: [],
};

/** An input's rows as text (for an output encoding other than UTF-8, which the main thread applies). */
class TextRows {
  private text = '';
  add(part: string): void {
    this.text += part;
  }
  take(): string {
    return this.text;
  }
}

/**
 * An input's rows as UTF-8, encoded part by part into one buffer that the worker keeps and reuses; each
 * input's bytes are then copied out into a buffer of their own, to be transferred.
 */
class ByteRows {
  private static buffer = new Uint8Array(1 << 20);
  private static readonly utf8 = new TextEncoder();
  private length = 0;
  add(part: string): void {
    if (part.length === 0) return;
    const need = this.length + part.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 code unit
    if (need > ByteRows.buffer.length) {
      const grown = new Uint8Array(Math.max(need, ByteRows.buffer.length * 2));
      grown.set(ByteRows.buffer.subarray(0, this.length));
      ByteRows.buffer = grown;
    }
    this.length += ByteRows.utf8.encodeInto(part, ByteRows.buffer.subarray(this.length)).written;
  }
  take(): Uint8Array {
    return ByteRows.buffer.slice(0, this.length);
  }
}
