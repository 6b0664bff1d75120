/**
 * Extraction of a batch, in input order: one at a time in this thread, or with `--jobs N` in N worker
 * threads, a bounded window of inputs ahead, so output order and memory stay as in a sequential run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractChunks, extractWithTrace, type Extraction } from '../pipeline.js';
import type { WriterOptions } from '../output/writer.js';
import type { ENCODINGS, Fact } from '../schema.js';
import { preferSmallHeapFor } from './heap.js';
import { describeError, readInput, type PlannedInput } from './read-input.js';

export interface ExtractJob {
  id: number;
  path: string;
  encoding?: (typeof ENCODINGS)[number];
  /** Refuse inputs larger than this (`--max-bytes`). */
  maxBytes?: number;
  /** Send back the decoded text and the trace only when the output needs them (html, --debug): cloning costs. */
  keepText?: boolean;
  keepTrace?: boolean;
  /** Format the facts in the worker (ndjson, csv, tsv rows without a header), so this thread only writes them. */
  rows?: WriterOptions;
  /**
   * Send the rows back as UTF-8 bytes, transferred, not as a string (when the output is UTF-8): this
   * thread then neither copies nor encodes them, and its share of the work stays small.
   */
  rowBytes?: boolean;
}
export type JobReply = { id: number; extraction: Extraction; rows?: Rows } | { id: number; error: string; stack?: string };
/** Rows formatted by a worker: text, or its UTF-8 bytes (see ExtractJob.rowBytes). */
export type Rows = string | Uint8Array;
/**
 * An extracted input; or, for output that streams, its facts still to be drawn chunk by chunk (the
 * generator returns the extraction, without facts, at its end, and may throw like extraction does).
 */
export type Outcome =
  | { extraction: Extraction; rows?: Rows }
  | { chunks: Generator<Fact[], Extraction> }
  | { error: string; stack?: string };

export interface ExtractOptions {
  jobs: number;
  encoding?: ExtractJob['encoding'];
  maxBytes?: number;
  stdin: NodeJS.ReadableStream;
  keepText?: boolean;
  keepTrace?: boolean;
  /** In this thread, hand facts over chunk by chunk (ndjson, csv, tsv): memory stays that of the text. */
  stream?: boolean;
  /** In worker threads, format rows there (see ExtractJob.rows), as bytes when `rowBytes`. */
  rows?: WriterOptions;
  rowBytes?: boolean;
}

/** Inputs in flight per worker: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 4;

export async function* extractInOrder(
  inputs: readonly PlannedInput[],
  options: ExtractOptions,
): AsyncGenerator<{ input: PlannedInput; outcome: Outcome }> {
  const parallel = options.jobs > 1 && inputs.filter((i) => !i.error && i.path !== '-').length > 1 ? WorkerPool.open(options.jobs) : null;
  try {
    const pending: Array<Promise<Outcome>> = [];
    let next = 0;
    const start = (input: PlannedInput): Promise<Outcome> => {
      if (input.error) return Promise.resolve({ error: input.error });
      if (parallel && input.path !== '-') {
        const { encoding, maxBytes, keepText, keepTrace, rows, rowBytes } = options;
        return parallel.run({ id: next, path: input.path, encoding, maxBytes, keepText, keepTrace, rows, rowBytes });
      }
      return extractHere(input.path, options);
    };
    for (let i = 0; i < inputs.length; i++) {
      const window = parallel ? parallel.size * WINDOW_PER_WORKER : 1;
      while (next < inputs.length && next < i + window) pending.push(start(inputs[next++] as PlannedInput));
      yield { input: inputs[i] as PlannedInput, outcome: await (pending.shift() as Promise<Outcome>) };
    }
  } finally {
    await parallel?.close();
  }
}

async function extractHere(path: string, options: ExtractOptions): Promise<Outcome> {
  try {
    const bytes = await readInput(path, options.stdin, options.maxBytes);
    preferSmallHeapFor(bytes.length);
    const extractOptions = { path, encoding: options.encoding, maxBytes: options.maxBytes };
    if (options.stream) return { chunks: extractChunks(bytes, extractOptions, { trace: options.keepTrace }) };
    return { extraction: extractWithTrace(bytes, extractOptions) };
  } catch (error) {
    return failure(error);
  }
}

/** An input's failure: one line for stderr, and the stack for --debug. */
export function failure(error: unknown): { error: string; stack?: string } {
  return { error: describeError(error), stack: error instanceof Error ? error.stack : undefined };
}

/** N worker threads running dist/worker.js; each job goes to the worker with the fewest in flight. */
class WorkerPool {
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();
  private readonly load: number[];
  private counter = 0;

  private constructor(private readonly workers: Worker[]) {
    this.load = workers.map(() => 0);
    workers.forEach((worker, k) => {
      worker.on('message', (reply: JobReply) => {
        this.load[k] = (this.load[k] ?? 1) - 1;
        const resolve = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        resolve?.('extraction' in reply ? { extraction: reply.extraction, rows: reply.rows } : { error: reply.error, stack: reply.stack });
      });
      worker.on('error', (error) => {
        for (const resolve of this.waiting.values()) resolve({ error: `worker failed: ${error.message}`, stack: error.stack });
        this.waiting.clear();
      });
    });
  }

  static open(size: number): WorkerPool | null {
    // dist/worker.js, beside dist/main.cjs (the CLI's bundle); '../worker.js' when this module sits in dist/chunks/.
    const script = ['./worker.js', '../worker.js'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));
    if (!script) return null; // running from source (tests): extract in this thread
    return new WorkerPool(Array.from({ length: size }, () => new Worker(script)));
  }

  get size(): number {
    return this.workers.length;
  }

  run(job: ExtractJob): Promise<Outcome> {
    const id = this.counter++;
    const k = this.load.indexOf(Math.min(...this.load));
    this.load[k] = (this.load[k] ?? 0) + 1;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      (this.workers[k] as Worker).postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
