/**
 * Extraction of a batch, in input order: one at a time in this thread, or with `--jobs N` in N worker
 * threads, a bounded window of inputs ahead, so output order and memory stay as in a sequential run.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractChunks, extractRepeatable, extractWithTrace, type Extraction } from '../pipeline.js';
import type { WriterOptions } from '../output/writer.js';
import type { ENCODINGS, Fact, INPUT_FORMATS } from '../schema.js';
import { isReadInput, readFormat } from '../read/index.js';
import { preferSmallHeapFor } from './heap.js';
import { describeError, readHandedOver, type PlannedInput } from './read-input.js';

/** What every job of a run shares: sent once, as the worker's workerData. */
export interface JobSettings {
  encoding?: (typeof ENCODINGS)[number];
  /** `--input-format`: read every input as this format instead of detecting it. @default 'auto' */
  inputFormat?: (typeof INPUT_FORMATS)[number];
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
/** Consecutive inputs for one worker: one message there and one back, however many files. */
export interface ExtractJob {
  id: number;
  paths: string[];
}
/** An input's result in a batch; with `rowBytes`, its rows are the next `rowLength` bytes of the batch's `bytes`. */
export type JobResult = { extraction: Extraction; rows?: string; rowLength?: number } | { error: string; stack?: string };
export interface JobReply {
  id: number;
  results: JobResult[];
  bytes?: Uint8Array;
}
/** Rows formatted by a worker: text, or its UTF-8 bytes (see JobSettings.rowBytes). */
export type Rows = string | Uint8Array;
/**
 * An extracted input; or, for output that streams, its facts still to be drawn chunk by chunk (the
 * generator returns the extraction, without facts, at its end, and may throw like extraction does).
 */
export type Outcome =
  | Extracted
  | { chunks: Generator<Fact[], Extraction> }
  | { repeatable: () => Generator<Fact[], Extraction> };
/** An input's outcome once its facts are drawn: its extraction, or its error. */
export type Extracted = { extraction: Extraction; rows?: Rows } | { error: string; stack?: string };

/** The settings of the run's jobs (`rows`, `rowBytes`: in worker threads only), and how to run them. */
export interface ExtractOptions extends JobSettings {
  jobs: number;
  stdin: NodeJS.ReadableStream;
  /** In this thread, hand facts over chunk by chunk (ndjson, csv, tsv): memory stays that of the text. */
  stream?: boolean;
  /**
   * In this thread, an input of at least this many bytes has its facts found twice, chunk by chunk
   * (json, whose departments and their fact counts come before the facts): memory stays that of the
   * text, for twice the facts stage's time. @default Infinity (never)
   */
  repeatFrom?: number;
}

/**
 * Inputs go to the workers in batches of consecutive ones, up to MAX_BATCH (4 was fastest on 1,000 small
 * files: 1 → 1.86 s, 4 → 1.81, 8 → 1.86, 16 → 1.93: a batch's bytes are copied out whole), smaller towards the end
 * (so that neither worker is left with a long last batch while the other waits): each batch is one
 * message there and one back, and every message back wakes this thread, which on a machine with as
 * many cores as workers takes the core of a worker.
 */
const MAX_BATCH = 4;
/** Batches sent to a worker and not yet answered: one at work, one waiting, so it never waits for this thread. */
const BATCHES_PER_WORKER = 2;
/** Batches sent ahead of the one being written, per worker: bounds what is held when one input is slow. */
const AHEAD_PER_WORKER = 4;

export async function* extractInOrder(
  inputs: readonly PlannedInput[],
  options: ExtractOptions,
): AsyncGenerator<{ input: PlannedInput; outcome: Outcome }> {
  // Stdin, and an input whose facts are found twice (see repeatFrom), are extracted here: a worker would
  // hold the whole report and clone it over.
  const here = new Set(options.jobs > 1 ? inputs.filter((i) => i.path === '-' || (options.repeatFrom !== undefined && sizeOf(i.path) >= options.repeatFrom)) : []);
  const remote = options.jobs > 1 ? inputs.filter((i) => !i.error && !here.has(i)) : [];
  const { encoding, inputFormat, maxBytes, keepText, keepTrace, rows, rowBytes } = options;
  const pool = remote.length > 1 ? WorkerPool.open(options.jobs, { encoding, inputFormat, maxBytes, keepText, keepTrace, rows, rowBytes }) : null;
  if (!pool) {
    for (const input of inputs) yield { input, outcome: input.error ? { error: input.error } : await extractHere(input.path, options) };
    return;
  }
  try {
    const batches = planBatches(remote.length, pool.size);
    const ahead = pool.size * AHEAD_PER_WORKER;
    let sent = 0;
    let written = 0;
    const pump = (): void => {
      while (sent < batches.length && sent - written < ahead && pool.hasRoom()) {
        const batch = batches[sent++] as Batch;
        const paths = remote.slice(batch.start, batch.end).map((i) => i.path);
        void pool.run(paths).then((outcomes) => {
          batch.resolve(outcomes);
          pump();
        });
      }
    };
    pump();
    let r = 0; // inputs[i] is remote[r] when it goes to a worker
    let b = 0;
    for (const input of inputs) {
      if (input.error) {
        yield { input, outcome: { error: input.error } };
        continue;
      }
      if (here.has(input)) {
        yield { input, outcome: await extractHere(input.path, options) };
        continue;
      }
      const batch = batches[b] as Batch;
      const outcomes = await batch.outcomes;
      const outcome = outcomes[r - batch.start] as Outcome;
      outcomes[r - batch.start] = { error: 'taken' }; // not held past its turn
      r++;
      if (r === batch.end) {
        batches[b++] = DONE;
        written++;
        pump();
      }
      yield { input, outcome };
    }
  } finally {
    await pool.close();
  }
}

interface Batch {
  /** Positions among the inputs that go to workers. */
  start: number;
  end: number;
  outcomes: Promise<Outcome[]>;
  resolve: (outcomes: Outcome[]) => void;
}
const DONE: Batch = { start: 0, end: 0, outcomes: Promise.resolve([]), resolve: () => undefined };

/** Batches of at most MAX_BATCH, and at most an eighth of what is left per worker (guided self-scheduling). */
function planBatches(count: number, workers: number): Batch[] {
  const batches: Batch[] = [];
  for (let start = 0; start < count; ) {
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil((count - start) / (workers * 8))));
    let resolve: Batch['resolve'] = () => undefined;
    const outcomes = new Promise<Outcome[]>((r) => (resolve = r));
    batches.push({ start, end: Math.min(count, start + size), outcomes, resolve });
    start += size;
  }
  return batches;
}

/** A file's size in bytes, or 0 when it cannot be read (reading it will say why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

async function extractHere(path: string, options: ExtractOptions): Promise<Outcome> {
  try {
    const extractOptions = { path, encoding: options.encoding, maxBytes: options.maxBytes, inputFormat: options.inputFormat };
    // A PDF, Word file or web page is read into its layout text here (its reader loaded on first use).
    const input = await readFormat(await readHandedOver(path, options.stdin, options.maxBytes), extractOptions);
    const size = isReadInput(input) ? input.document.text.length : typeof input === 'object' && !(input instanceof Uint8Array) ? (input.bytes?.length ?? 0) : 0;
    preferSmallHeapFor(size);
    if (options.stream) return { chunks: extractChunks(input, extractOptions, { trace: options.keepTrace }) };
    if (size >= (options.repeatFrom ?? Infinity)) return { repeatable: extractRepeatable(input, extractOptions, { trace: options.keepTrace }) };
    return { extraction: extractWithTrace(input, extractOptions) };
  } catch (error) {
    return failure(error);
  }
}

/** An input's failure: one line for stderr, and the stack for --debug. */
export function failure(error: unknown): { error: string; stack?: string } {
  return { error: describeError(error), stack: error instanceof Error ? error.stack : undefined };
}

/** N worker threads running dist/worker.js; each batch goes to the worker with the fewest in flight. */
class WorkerPool {
  private readonly waiting = new Map<number, { worker: number; count: number; resolve: (outcomes: Outcome[]) => void }>();
  private readonly load: number[];
  private readonly failed: Array<Error | undefined>;
  private counter = 0;

  private constructor(private readonly workers: Worker[]) {
    this.load = workers.map(() => 0);
    this.failed = workers.map(() => undefined);
    workers.forEach((worker, k) => {
      worker.on('message', (reply: JobReply) => {
        this.load[k] = (this.load[k] ?? 1) - 1;
        const job = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        job?.resolve(outcomesOf(reply));
      });
      worker.on('error', (error) => {
        this.failed[k] = error;
        for (const [id, job] of this.waiting) {
          if (job.worker !== k) continue;
          this.waiting.delete(id);
          job.resolve(workerFailed(error, job.count));
        }
      });
    });
  }

  static open(size: number, settings: JobSettings): WorkerPool | null {
    // dist/worker.js, beside dist/main.cjs (the CLI's bundle); '../worker.js' when this module sits in dist/chunks/.
    const script = ['./worker.js', '../worker.js'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));
    if (!script) return null; // running from source (tests): extract in this thread
    return new WorkerPool(Array.from({ length: size }, () => new Worker(script, { workerData: settings })));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Whether a worker has fewer than BATCHES_PER_WORKER batches in flight. */
  hasRoom(): boolean {
    return this.load.some((n) => n < BATCHES_PER_WORKER);
  }

  run(paths: string[]): Promise<Outcome[]> {
    const id = this.counter++;
    const k = this.load.indexOf(Math.min(...this.load));
    const error = this.failed[k];
    if (error) return Promise.resolve(workerFailed(error, paths.length));
    this.load[k] = (this.load[k] ?? 0) + 1;
    return new Promise((resolve) => {
      this.waiting.set(id, { worker: k, count: paths.length, resolve });
      (this.workers[k] as Worker).postMessage({ id, paths } satisfies ExtractJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A batch's outcomes from its reply: each input's rows are its part of the batch's bytes, when bytes. */
function outcomesOf(reply: JobReply): Outcome[] {
  let at = 0;
  return reply.results.map((result): Outcome => {
    if ('error' in result) return result;
    if (reply.bytes && result.rowLength !== undefined) {
      const rows = reply.bytes.subarray(at, (at += result.rowLength));
      return { extraction: result.extraction, rows };
    }
    return { extraction: result.extraction, rows: result.rows };
  });
}

function workerFailed(error: Error, count: number): Outcome[] {
  return Array.from({ length: count }, () => ({ error: `worker failed: ${error.message}`, stack: error.stack }));
}
