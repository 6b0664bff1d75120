/**
 * The main command: inputs one at a time → extractWithTrace → writer → sink, so output streams and
 * nothing is kept for ndjson/csv/tsv. Errors of one input are one stderr line; the others go on.
 */
import { realpath } from 'node:fs/promises';
import { extractWithTrace } from '../pipeline.js';
import type { Category, ENCODINGS, Report } from '../schema.js';
import { FACT_FIELDS, parseFieldList, SUMMARY_FIELDS } from '../output/fields.js';
import { createWriter, type Format } from '../output/writer.js';
import { EXIT, UsageError } from './exit.js';
import type { CliIO } from './io.js';
import { Progress } from './progress.js';
import { describeError, planInputs, readInput, type PlannedInput } from './read-input.js';
import { encoderFor, fileSink, streamSink, type Sink } from './sink.js';

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
  glob: string;
  quiet?: boolean;
  debug?: boolean;
}

export async function runExtract(paths: readonly string[], opts: ExtractCommandOptions, io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const fields = checkOptions(opts);
  if (paths.length === 0 && io.stdin.isTTY) throw new UsageError('no input: give a file or folder, or pipe text to stdin (see --help)');
  const plan = await planInputs(paths.length === 0 ? ['-'] : paths, opts.glob);
  if (opts.output) await refuseOwnInput(opts.output, plan.inputs);

  const encode = await encoderFor(opts.outputEncoding);
  const sink: Sink = opts.output ? await openOutput(opts.output, encode) : streamSink(io.stdout, encode);
  const writer = createWriter({
    format: opts.format,
    fields,
    summary: opts.summary,
    filter: { categories: opts.category, department: opts.department, minConfidence: opts.minConfidence },
    single: plan.single,
    bom: opts.bom && opts.outputEncoding === 'utf-8',
    color: !opts.output && io.stdout.isTTY === true && !env.NO_COLOR,
  });
  const progress = new Progress({ stream: io.stderr, env, total: plan.inputs.length, quiet: opts.quiet === true });
  let failed = 0;
  let processed = 0;
  try {
    for (const [i, input] of plan.inputs.entries()) {
      if (sink.closed) break;
      progress.tick(i, input.path);
      const report = await processInput(input, opts, io, progress);
      if (!report) {
        failed++;
        continue;
      }
      processed++;
      await sink.write(writer.add(report, input.path));
    }
    progress.clear();
    await sink.write(await writer.end());
    await sink.finish(processed > 0);
  } catch (error) {
    await sink.finish(false).catch(() => undefined);
    throw error;
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** Read and extract one input, printing its warnings (and, under --debug, its trace); undefined when it failed. */
async function processInput(input: PlannedInput, opts: ExtractCommandOptions, io: CliIO, progress: Progress): Promise<Report | undefined> {
  const say = (text: string): void => progress.log(`report-extract: ${input.path}: ${text}`);
  if (input.error) {
    say(input.error);
    return undefined;
  }
  try {
    const bytes = await readInput(input.path, io.stdin);
    const { report, trace } = extractWithTrace(bytes, { path: input.path, encoding: opts.encoding });
    if (!opts.quiet) for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
    if (opts.debug) for (const d of trace) say(`dropped ${JSON.stringify(d.raw)} at ${d.span.start}-${d.span.end} by ${d.rule}: ${d.reason}`);
    return report;
  } catch (error) {
    say(describeError(error));
    if (opts.debug && error instanceof Error && error.stack) progress.log(error.stack);
    return undefined;
  }
}

/** Option checks that need more than one option; returns the chosen fields. */
function checkOptions(opts: ExtractCommandOptions): string[] | undefined {
  if (opts.outputEncoding !== 'utf-8' && (opts.format === 'json' || opts.format === 'ndjson' || opts.format === 'jsonl')) {
    throw new UsageError(`--output-encoding applies to csv, tsv and table; ${opts.format} is always UTF-8`);
  }
  if (opts.fields === undefined) return undefined;
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

