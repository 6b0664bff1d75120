/**
 * commander wiring: flags → ExtractCommandOptions → runExtract, or `validate` → runValidate.
 * `run` never exits the process: it returns the exit status (bin.ts sets it), so tests run it in-process.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CATEGORIES, DEFAULT_MAX_BYTES, ENCODINGS, INPUT_FORMATS, type Category } from '../schema.js';
import { FORMATS } from '../output/writer.js';
import { EXIT, UsageError } from './exit.js';
import { runExtract, type ExtractCommandOptions } from './extract.js';
import { DESCRIPTION, EXAMPLES, FIELDS_HELP } from './help.js';
import type { CliIO } from './io.js';
import { DEFAULT_GLOB, describeError } from './read-input.js';
import { VERSION } from './version.js';

export { EXIT } from './exit.js';
export type { CliIO } from './io.js';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let status: number = EXIT.OK;
  const debug = argv.includes('--debug');
  const program = new Command('report-extract')
    .description(DESCRIPTION)
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's `error: …\n(Did you mean …?)` → one line
      outputError: (s, write) => write(`report-extract: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
    });
  program
    .argument('[paths...]', 'text files or folders; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('--fields <list>', FIELDS_HELP)
    .option('--summary', 'one row per file x department x category: count of facts and sum of values (where they add up)')
    .option('--category <list>', `keep facts of these categories, comma-separated: ${CATEGORIES.join(', ')}`, parseCategories)
    .option('--department <text>', 'keep facts whose department name contains this text')
    .option('--min-confidence <n>', 'keep facts with at least this confidence, 0 to 1', parseConfidence, 0)
    .option('-o, --output <file>', 'write to this file (through a temporary file, renamed when done) instead of stdout')
    .option('--no-bom', 'csv: no UTF-8 byte order mark (Excel needs it to read Chinese; most tools do not)')
    .addOption(new Option('--output-encoding <encoding>', 'encoding of csv, tsv and table output').choices(['utf-8', 'gb18030', 'gbk']).default('utf-8'))
    .addOption(new Option('--encoding <encoding>', 'input encoding of text and web pages (default: detected)').choices([...ENCODINGS]))
    .addOption(new Option('--input-format <format>', 'read inputs as this format; auto detects PDF, Word (.docx) and web pages from their content, whatever the name').choices([...INPUT_FORMATS]).default('auto'))
    .addOption(new Option('--max-bytes <size>', 'refuse an input larger than this: bytes, or a number with k, M or G (x1024)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '256M'))
    .option('--glob <pattern>', 'which files of a folder to read: a file-name pattern, or a path pattern below the folder when it holds a "/"', DEFAULT_GLOB)
    .option('-j, --jobs <n>', 'extract in this many worker threads (output stays in input order)', parseJobs, 1)
    .addOption(new Option('--from <format>', 'input: files (paths, folders, stdin) or ndjson (stdin lines {"id","text"|"base64"}; facts out as NDJSON with the id)').choices(['files', 'ndjson']).default('files'))
    .option('-q, --quiet', 'no warnings and no progress on stderr (errors are still printed)')
    .option('--schema', 'print the JSON Schema of the report and exit')
    .option('--debug', 'print dropped candidates (the extraction trace) and stack traces on stderr; -f html also shows them on the page')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: ExtractCommandOptions & { schema?: boolean }) => {
      if (opts.schema) {
        const { reportJsonSchema } = await import('../json-schema.js'); // only here: zod's JSON Schema writer is large
        io.stdout.write(JSON.stringify(reportJsonSchema(), null, 2) + '\n');
        return;
      }
      status = await runExtract(paths, opts, io);
    });
  program
    .command('validate')
    .description('check saved reports (an object or an array of them) against the report schema; exit 1 when one is invalid')
    .argument('<reports...>', 'JSON files; "-" reads stdin')
    .option('-q, --quiet', 'print only problems')
    .action(async (files: string[], opts: { quiet?: boolean }) => {
      const { runValidate } = await import('./validate.js');
      status = await runValidate(files, opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (error instanceof UsageError) {
      io.stderr.write(`report-extract: ${error.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`report-extract: ${describeError(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.INPUT_FAILED;
  }
}

function parseCategories(value: string): Category[] {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((n) => !(CATEGORIES as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`unknown category ${unknown.map((n) => `"${n}"`).join(', ')} (valid: ${CATEGORIES.join(', ')})`);
  }
  return names as Category[];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('must be a whole number from 1 to 64');
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `--max-bytes`: `1000000`, `64k`, `256M`, `1G` (powers of 1024; a trailing `B` or `iB` is allowed). */
export function parseSize(value: string): number {
  const m = /^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>[kmg]?)(?:i?b)?\s*$/i.exec(value);
  const bytes = m?.groups ? Math.floor(Number(m.groups.n) * (SIZE_UNITS[(m.groups.unit ?? '').toLowerCase()] ?? 1)) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new InvalidArgumentError('must be a size in bytes, e.g. 1000000, 64k, 256M, 1G');
  return bytes;
}

function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}
