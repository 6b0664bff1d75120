/** The executable's entry: run the CLI on this process and set the exit status. */
import { run } from './main.js';

// A reader that goes away (`report-extract x.txt | head -1`) is not an error: the run's sink sees
// the same event and stops writing. Anything else on stdout is one line and status 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`report-extract: cannot write to stdout: ${error.message}\n`);
  process.exitCode = 1;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`report-extract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
