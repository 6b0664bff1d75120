/** Run the CLI in-process with streams of our own, as `run(argv, io)` is meant to be used. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as bytes (BOM and encodings) */
  bytes: Buffer;
}

export interface CliOptions {
  /** bytes or text on stdin, or a stream; default: an empty pipe */
  stdin?: string | Buffer | Readable;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  /** a stdout of the test's own (e.g. one that breaks like a closed pipe) */
  stdout?: Writable;
}

/** A stdout or stderr that keeps what is written, synchronously. */
export function collector(isTTY = false): Writable & { isTTY: boolean; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return Object.assign(stream, { isTTY, chunks });
}

export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout = collector(options.stdoutTTY);
  const stderr = collector(options.stderrTTY);
  const source = options.stdin;
  const stdin = Object.assign(source instanceof Readable ? source : Readable.from(source === undefined ? [] : [Buffer.from(source)]), {
    isTTY: options.stdinTTY ?? false,
  });
  const code = await run(argv, { stdout: options.stdout ?? stdout, stderr, stdin, env: options.env ?? {} });
  const bytes = Buffer.concat(stdout.chunks);
  return { code, stdout: bytes.toString('utf8'), stderr: Buffer.concat(stderr.chunks).toString('utf8'), bytes };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'report-extract-test-'));
}

export const FIXTURE = 'fixtures/jining-gaoxin-2022.txt';
