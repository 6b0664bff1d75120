/** commander wiring: flags → options → extract → formatter → stdout, exit code. */
import { Command, CommanderError, Option } from 'commander';
import { ReportError } from '../errors.js';
import { reportJsonSchema } from '../json-schema.js';
import { extractWithTrace } from '../pipeline.js';
import { ENCODINGS, type Report } from '../schema.js';
import { readInput } from './read-input.js';
import { VERSION } from './version.js';

export const EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  const program = new Command('report-extract')
    .description('Department blocks and every numeric fact of Chinese reports, as validated JSON.')
    .version(VERSION)
    .argument('[paths...]', 'text files; "-" or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json']).default('json'))
    .addOption(new Option('--encoding <encoding>', 'input encoding (default: detected)').choices([...ENCODINGS]))
    .option('--schema', 'print the JSON Schema of the report and exit')
    .option('--debug', 'print why candidates were dropped, and stack traces, on stderr')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw error;
  }
  const opts = program.opts<{ format: string; encoding?: (typeof ENCODINGS)[number]; schema?: boolean; debug?: boolean }>();
  if (opts.schema) {
    process.stdout.write(JSON.stringify(reportJsonSchema(), null, 2) + '\n');
    return EXIT.OK;
  }
  const paths = program.args.length > 0 ? program.args : ['-'];
  const reports: Report[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      const input = await readInput(path);
      const { report } = extractWithTrace(input.bytes, { path, encoding: opts.encoding });
      reports.push(report);
    } catch (error) {
      failed = true;
      process.stderr.write(`report-extract: ${path}: ${describe(error)}\n`);
      if (opts.debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
  }
  const out = reports.length === 1 && paths.length === 1 ? reports[0] : reports;
  if (reports.length > 0) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return failed ? EXIT.INPUT_FAILED : EXIT.OK;
}

function describe(error: unknown): string {
  if (error instanceof ReportError) return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`report-extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.INPUT_FAILED;
  },
);
