/** A worker thread of `--jobs N`: reads and extracts the inputs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { createWriter } from '../output/writer.js';
import { extractWithTrace } from '../pipeline.js';
import { failure, type ExtractJob, type JobReply } from './jobs.js';
import { readInput } from './read-input.js';

const UTF8 = new TextEncoder();
const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of report-extract --jobs');
port.on('message', async (job: ExtractJob) => {
  let reply: JobReply;
  try {
    const bytes = await readInput(job.path, process.stdin, job.maxBytes);
    const { report, trace, text } = extractWithTrace(bytes, { path: job.path, encoding: job.encoding, maxBytes: job.maxBytes });
    // Rows formatted here leave only writing to the main thread; then only the warnings need travel back.
    const formatted = job.rows ? createWriter({ ...job.rows, header: false }).add(report, job.path) : undefined;
    const rows = formatted !== undefined && job.rowBytes ? UTF8.encode(formatted) : formatted;
    const sent = rows === undefined ? report : { ...report, departments: [], facts: [] };
    reply = { id: job.id, extraction: { report: sent, trace: job.keepTrace ? trace : [], text: job.keepText ? text : '' }, rows };
  } catch (error) {
    reply = { id: job.id, ...failure(error) };
  }
  // Bytes are moved, not copied (TextEncoder gives each its own buffer, never a shared pool).
  port.postMessage(reply, 'rows' in reply && reply.rows instanceof Uint8Array ? [reply.rows.buffer as ArrayBuffer] : []);
});
