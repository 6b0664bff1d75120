/**
 * The main command: inputs one at a time → extractWithTrace → writer → sink, so output streams and
 * nothing is kept for ndjson/csv/tsv. Errors of one input are one stderr line; the others go on.
 */
import { realpath } from 'node:fs/promises';
import type { Extraction } from '../pipeline.js';
import type { Category, ENCODINGS, Fact, INPUT_FORMATS } from '../schema.js';
import { FACT_FIELDS, parseFieldList, SUMMARY_FIELDS } from '../output/fields.js';
import { createWriter, factsOnly, type Format, type OutputWriter, type WriterOptions } from '../output/writer.js';
import { EXIT, UsageError } from './exit.js';
import type { CliIO } from './io.js';
import { Progress } from './progress.js';
import { runFromNdjson } from './from-ndjson.js';
import { LARGE_INPUT_BYTES, preferSteadyHeapForBatch } from './heap.js';
import { extractInOrder, failure, type Extracted } from './jobs.js';
import { describeError, planInputs, type PlannedInput } from './read-input.js';
import { encoderFor, fileSink, streamSink, writeOutput, type Sink } from './sink.js';

export interface ExtractCommandOptions {
  format: Format;
  fields?: string;
  summary?: boolean;
  category?: Category[];
  department?: string;
  minConfidence?: number;
  output?: string;
  bom: boolean;
  outputEncoding: string;
  encoding?: (typeof ENCODINGS)[number];
  /** Read every input as this format instead of detecting it from its bytes. @default 'auto' */
  inputFormat?: (typeof INPUT_FORMATS)[number];
  /** Refuse inputs larger than this many bytes. @default DEFAULT_MAX_BYTES (256 MiB) */
  maxBytes?: number;
  glob: string;
  quiet?: boolean;
  debug?: boolean;
  /** Worker threads for a batch. @default 1 */
  jobs?: number;
  /** `ndjson`: documents are lines of stdin. @default 'files' */
  from?: 'files' | 'ndjson';
  /** Not an option of the command: the input size from which json finds the facts twice (tests lower it). @default REPEAT_JSON_FROM */
  repeatJsonFrom?: number;
}

export async function runExtract(paths: readonly string[], opts: ExtractCommandOptions, io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const fields = checkOptions(opts);
  if (opts.from === 'ndjson') return fromNdjson(paths, opts, io);
  if (paths.length === 0 && io.stdin.isTTY) throw new UsageError('no input: give a file or folder, or pipe text to stdin (see --help)');
  const plan = await planInputs(paths.length === 0 ? ['-'] : paths, opts.glob);
  // One thread extracting a batch keeps a small heap; --jobs N spends memory (N heaps) for speed anyway.
  if (plan.inputs.length > 1 && (opts.jobs ?? 1) === 1) preferSteadyHeapForBatch();
  if (opts.output) await refuseOwnInput(opts.output, plan.inputs);

  const encode = await encoderFor(opts.outputEncoding);
  const sink: Sink = opts.output ? await openOutput(opts.output, encode) : streamSink(io.stdout, encode);
  const writerOptions: WriterOptions = {
    format: opts.format,
    fields,
    summary: opts.summary,
    filter: { categories: opts.category, department: opts.department, minConfidence: opts.minConfidence },
    single: plan.single,
    bom: opts.bom && opts.outputEncoding === 'utf-8',
    color: !opts.output && io.stdout.isTTY === true && !env.NO_COLOR,
    debug: opts.debug,
  };
  const writer = createWriter(writerOptions);
  const rowFormat = STREAMING_FORMATS.has(opts.format) && !opts.summary;
  const progress = new Progress({ stream: io.stderr, env, total: plan.inputs.length, quiet: opts.quiet === true });
  let failed = 0;
  let processed = 0;
  try {
    let i = 0;
    for await (const { input, outcome } of extractInOrder(plan.inputs, {
      jobs: opts.jobs ?? 1,
      encoding: opts.encoding,
      inputFormat: opts.inputFormat,
      maxBytes: opts.maxBytes,
      stdin: io.stdin,
      keepText: opts.format === 'html',
      keepTrace: opts.debug === true,
      stream: rowFormat,
      repeatFrom: opts.format === 'json' && !opts.summary ? (opts.repeatJsonFrom ?? REPEAT_JSON_FROM) : undefined,
      rows: rowFormat ? writerOptions : undefined,
      rowBytes: opts.outputEncoding === 'utf-8',
    })) {
      if (sink.closed) break;
      progress.tick(i++, input.path);
      const result = 'chunks' in outcome ? await drain(outcome.chunks, input.path, writer, sink) : 'repeatable' in outcome ? counted(outcome.repeatable) : outcome;
      const extraction = reportOutcome(input, result, opts, progress);
      if (!extraction) {
        failed++;
        continue;
      }
      processed++;
      if ('chunks' in outcome) continue; // its facts are out already
      if ('rows' in outcome && outcome.rows !== undefined) {
        // Rows a worker formatted; the header (csv, tsv) comes from this run's writer, before the first.
        await writeOutput(sink, writer.add(factsOnly([]), input.path));
        await sink.write(outcome.rows);
        continue;
      }
      // A large input's facts (json): counted above, found again here as they are written.
      const facts = 'repeatable' in outcome ? () => factChunks(outcome.repeatable) : undefined;
      await writeOutput(sink, writer.add(extraction.report, input.path, { text: extraction.text, trace: opts.debug ? extraction.trace : undefined, facts }));
    }
    progress.clear();
    await writeOutput(sink, await writer.end());
    await sink.finish(processed > 0);
  } catch (error) {
    await sink.finish(false).catch(() => undefined);
    throw error;
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** Formats whose output for a report is just its facts, row by row: they take the facts chunk by chunk. */
const STREAMING_FORMATS = new Set(['ndjson', 'jsonl', 'csv', 'tsv']);
/**
 * From this size on, a JSON report's facts are found twice (see extractRepeatable) instead of held: the
 * 100 MB corpus file held them at 1.2 GB. Below it, one pass is quicker and holding is cheap.
 */
const REPEAT_JSON_FROM = LARGE_INPUT_BYTES;

/** The first pass over a large input's facts: they are counted (in the report it returns) and let go. */
function counted(repeatable: () => Generator<Fact[], Extraction>): Extracted {
  try {
    const chunks = repeatable();
    for (let next = chunks.next(); ; next = chunks.next()) if (next.done) return { extraction: next.value };
  } catch (error) {
    return failure(error);
  }
}

/** A later pass: the facts alone, chunk by chunk. */
function* factChunks(repeatable: () => Generator<Fact[], Extraction>): Generator<Fact[]> {
  const chunks = repeatable();
  for (let next = chunks.next(); !next.done; next = chunks.next()) yield next.value;
}

/** Write an input's facts as they come, chunk by chunk; the extraction (without facts) or the error. */
async function drain(chunks: Generator<Fact[], Extraction>, file: string, writer: OutputWriter, sink: Sink): Promise<Extracted> {
  for (;;) {
    let next: IteratorResult<Fact[], Extraction>;
    try {
      next = chunks.next();
    } catch (error) {
      return failure(error);
    }
    // An empty chunk at the end still gives csv its header when the input had no facts. A failing
    // sink throws past here: that is the output's failure, not this input's.
    await writeOutput(sink, writer.add(factsOnly(next.done ? [] : next.value), file));
    if (next.done) return { extraction: next.value };
    if (sink.closed) return { extraction: { report: factsOnly([]), trace: [], text: '', headingNotes: [] } };
  }
}


/** Print an input's warnings (and, under --debug, its trace) or its error; undefined when it failed. */
function reportOutcome(input: PlannedInput, outcome: Extracted, opts: ExtractCommandOptions, progress: Progress): Extraction | undefined {
  const say = (text: string): void => progress.log(`report-extract: ${input.path}: ${text}`);
  if ('error' in outcome) {
    say(outcome.error);
    if (opts.debug && outcome.stack) progress.log(outcome.stack);
    return undefined;
  }
  const { report, trace, headingNotes } = outcome.extraction;
  if (!opts.quiet) for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
  if (opts.debug) for (const note of headingNotes) say(`headings: ${note}`);
  if (opts.debug) for (const d of trace) say(`dropped ${JSON.stringify(d.raw)} at ${d.span.start}-${d.span.end} by ${d.rule}: ${d.reason}`);
  return outcome.extraction;
}

/** `--from ndjson`: documents from stdin lines, facts out as NDJSON. */
async function fromNdjson(paths: readonly string[], opts: ExtractCommandOptions, io: CliIO): Promise<number> {
  if (paths.length > 0 && !(paths.length === 1 && paths[0] === '-')) throw new UsageError('--from ndjson reads documents from stdin; give no paths');
  if (opts.format !== 'ndjson' && opts.format !== 'jsonl' && opts.format !== 'json') throw new UsageError('--from ndjson writes NDJSON facts; --format csv, tsv, table and html read files');
  if (opts.fields !== undefined || opts.summary) throw new UsageError('--from ndjson writes whole facts with their id; --fields and --summary read files');
  const sink: Sink = opts.output ? await openOutput(opts.output, (t) => t) : streamSink(io.stdout, (t) => t);
  preferSteadyHeapForBatch();
  try {
    const status = await runFromNdjson(io, sink, {
      encoding: opts.encoding,
      maxBytes: opts.maxBytes,
      filter: { categories: opts.category, department: opts.department, minConfidence: opts.minConfidence },
      quiet: opts.quiet,
    });
    await sink.finish(true);
    return status;
  } catch (error) {
    await sink.finish(false).catch(() => undefined);
    throw error;
  }
}

/** Option checks that need more than one option; returns the chosen fields. */
function checkOptions(opts: ExtractCommandOptions): string[] | undefined {
  if (opts.outputEncoding !== 'utf-8' && ['json', 'ndjson', 'jsonl', 'html'].includes(opts.format)) {
    throw new UsageError(`--output-encoding applies to csv, tsv and table; ${opts.format} is always UTF-8`);
  }
  if (opts.fields === undefined) return undefined;
  if (opts.format === 'html') throw new UsageError('--fields chooses columns of csv, tsv, table and ndjson; the html page shows every field');
  if (opts.format === 'json' && !opts.summary) throw new UsageError('--fields chooses columns of csv, tsv, table, ndjson and --summary, not of json reports (try -f ndjson)');
  const parsed = parseFieldList(opts.fields, opts.summary ? SUMMARY_FIELDS : FACT_FIELDS);
  if ('error' in parsed) throw new UsageError(parsed.error);
  return parsed.fields;
}

/** `-o` naming one of the inputs would destroy it: compare real paths (symbolic links, `./`, `..`). */
async function refuseOwnInput(output: string, inputs: readonly PlannedInput[]): Promise<void> {
  const target = await realpath(output).catch(() => undefined);
  if (target === undefined) return;
  for (const input of inputs) {
    if (input.path === '-' || input.error) continue;
    if ((await realpath(input.path).catch(() => undefined)) === target) {
      throw new UsageError(`--output ${output} is one of the inputs (${input.path}); refusing to overwrite it`);
    }
  }
}

async function openOutput(path: string, encode: (text: string) => string | Uint8Array): Promise<Sink> {
  try {
    return await fileSink(path, encode);
  } catch (error) {
    throw new UsageError(`cannot write --output ${path}: ${describeError(error)}`);
  }
}

