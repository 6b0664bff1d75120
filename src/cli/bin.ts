/** The executable's entry: run the CLI on this process and set the exit status. */
import { loadMain } from './load-main.js';
import { VERSION } from './version.js';

// A reader that goes away (`report-extract x.txt | head -1`) is not an error: the run's sink sees
// the same event and stops writing. Anything else on stdout is one line and status 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`report-extract: cannot write to stdout: ${error.message}\n`);
  process.exitCode = 1;
});

const argv = process.argv.slice(2);
// `--version` alone answers before the CLI (commander, zod, the pipeline) is even loaded.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${VERSION}\n`);
else void Promise.resolve().then(() => loadMain().run(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`report-extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
