/** A worker thread of `--jobs N`: reads and extracts the batches of inputs it is sent, one input at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { createWriter, factsOnly, joined } from '../output/writer.js';
import { extractChunks, extractWithTrace } from '../pipeline.js';
import { failure, type ExtractJob, type JobReply, type JobResult, type JobSettings } from './jobs.js';
import { readHandedOver } from './read-input.js';
import { readFormat } from '../read/index.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of report-extract --jobs');
const settings = workerData as JobSettings;
/** The run's row writer (its options are the run's: one writer serves every input). */
const writer = settings.rows ? createWriter({ ...settings.rows, header: false }) : undefined;
/**
 * Jobs run one after the other. A PDF's reader waits on real events (pdfjs's messages), so a job's
 * `await` lets the next message in: two jobs at once would write rows into the one shared ByteRows
 * buffer over each other (a batch with PDFs gave another file's rows in place of a text file's).
 */
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: ExtractJob) => {
  queue = queue.then(() => runJob(job));
});

const runJob = async (job: ExtractJob): Promise<void> => {
  const bytes = writer && settings.rowBytes ? new ByteRows() : undefined;
  const results: JobResult[] = [];
  for (const path of job.paths) results.push(await extractOne(path, bytes));
  const reply: JobReply = { id: job.id, results, bytes: bytes?.take() };
  // Bytes are moved, not copied (each reply's bytes have a buffer of their own, see ByteRows.take).
  port.postMessage(reply, reply.bytes ? [reply.bytes.buffer as ArrayBuffer] : []);
};

async function extractOne(path: string, bytes: ByteRows | undefined): Promise<JobResult> {
  const mark = bytes?.length ?? 0;
  try {
    const options = { path, encoding: settings.encoding, maxBytes: settings.maxBytes, inputFormat: settings.inputFormat };
    const input = await readFormat(await readHandedOver(path, process.stdin, settings.maxBytes), options);
    if (writer) {
      // Rows, as the thread of --jobs 1 makes them: facts area by area, each chunk formatted (and encoded)
      // as it comes, so that neither the facts nor their text outlive their area.
      const out = bytes ?? new TextRows();
      const chunks = extractChunks(input, options, { trace: settings.keepTrace });
      let next = chunks.next();
      for (; !next.done; next = chunks.next()) out.add(joined(writer.add(factsOnly(next.value), path)));
      // The end: csv gets its (empty) part for an input without facts, like --jobs 1 (nothing, with no header).
      out.add(joined(writer.add(factsOnly([]), path)));
      const { report, trace, text, headingNotes } = next.value;
      const extraction = { report: { ...report, departments: [], facts: [] }, trace, text: settings.keepText ? text : '', headingNotes: settings.keepTrace ? headingNotes : [] };
      return bytes ? { extraction, rowLength: bytes.length - mark } : { extraction, rows: (out as TextRows).take() };
    }
    const { report, trace, text, headingNotes } = extractWithTrace(input, options);
    return { extraction: { report, trace: settings.keepTrace ? trace : [], text: settings.keepText ? text : '', headingNotes: settings.keepTrace ? headingNotes : [] } };
  } catch (error) {
    bytes?.truncate(mark); // the rows of a failed input are not printed
    return failure(error);
  }
}

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
 * A batch's rows as UTF-8, encoded part by part into one buffer that the worker keeps and reuses; the
 * batch's bytes are then copied out into a buffer of their own, to be transferred.
 */
class ByteRows {
  private static buffer = new Uint8Array(1 << 20);
  private static readonly utf8 = new TextEncoder();
  length = 0;
  truncate(length: number): void {
    this.length = length;
  }
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
