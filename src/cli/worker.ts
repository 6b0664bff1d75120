/** A worker thread of `--jobs N`: reads and extracts the inputs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { createWriter } from '../output/writer.js';
import { extractWithTrace } from '../pipeline.js';
import { failure, type ExtractJob, type JobReply } from './jobs.js';
import { readInput } from './read-input.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of report-extract --jobs');
port.on('message', async (job: ExtractJob) => {
  let reply: JobReply;
  try {
    const bytes = await readInput(job.path, process.stdin, job.maxBytes);
    const { report, trace, text } = extractWithTrace(bytes, { path: job.path, encoding: job.encoding, maxBytes: job.maxBytes });
    // Rows formatted here leave only writing to the main thread; then only the warnings need travel back.
    const rows = job.rows ? createWriter({ ...job.rows, header: false }).add(report, job.path) : undefined;
    const sent = rows === undefined ? report : { ...report, departments: [], facts: [] };
    reply = { id: job.id, extraction: { report: sent, trace: job.keepTrace ? trace : [], text: job.keepText ? text : '' }, rows };
  } catch (error) {
    reply = { id: job.id, ...failure(error) };
  }
  port.postMessage(reply);
});
