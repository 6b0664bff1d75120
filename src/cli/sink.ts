/**
 * Where the output goes: stdout, which a reader may close early (`| head -1` ends quietly), or a
 * temporary file beside the target, renamed into place only when the run completes, so a failure
 * never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { describeError } from './read-input.js';
import { basename, dirname, join } from 'node:path';
import type { Output } from '../output/writer.js';

export type Encode = (text: string) => string | Uint8Array;

export interface Sink {
  /** Text is encoded for the output; bytes are written as they are (UTF-8 rows a worker made). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** true once the reader went away (EPIPE): stop producing output */
  readonly closed: boolean;
  /** Keep the output (`commit`) or drop it. For stdout, waits for what was written to flush. */
  finish(commit: boolean): Promise<void>;
}

/** A writer's output, piece by piece when it comes in pieces, until the reader goes away. */
export async function writeOutput(sink: Sink, output: Output): Promise<void> {
  if (typeof output === 'string') return sink.write(output);
  for (const piece of output) {
    if (sink.closed) return;
    await sink.write(piece);
  }
}

/** `--output-encoding`: UTF-8 needs no encoder; others are encoded by iconv-lite, loaded only then. */
export async function encoderFor(encoding: string): Promise<Encode> {
  if (encoding === 'utf-8') return (text) => text;
  const { default: iconv } = await import('iconv-lite');
  return (text) => iconv.encode(text, encoding);
}

export function streamSink(stream: NodeJS.WritableStream, encode: Encode): Sink {
  let closed = false;
  let failure: Error | undefined;
  const onError = (error: NodeJS.ErrnoException): void => {
    closed = true;
    if (error.code !== 'EPIPE') failure = error;
  };
  stream.on('error', onError);
  // A stream that errored or closed before we came emits nothing more: it would never drain.
  const gone = stream as { destroyed?: boolean; errored?: NodeJS.ErrnoException | null };
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (!closed && gone.destroyed) onError(gone.errored ?? Object.assign(new Error('closed'), { code: 'EPIPE' }));
      if (!closed && chunk.length > 0 && !stream.write(typeof chunk === 'string' ? encode(chunk) : chunk)) await settle(stream, 'drain');
      if (failure) throw new OutputError('to stdout', failure);
    },
    async finish() {
      stream.off('error', onError);
      if (failure) throw new OutputError('to stdout', failure);
    },
  };
}

/** Resolves on `event`, or when the stream errors or closes instead (a closed pipe never drains). */
function settle(stream: NodeJS.WritableStream, event: string): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off(event, done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on(event, done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** A failure of the output, once the run has started: one line, `cannot write out.csv: no space left on device`. */
export class OutputError extends Error {
  constructor(where: string, cause: unknown) {
    super(`cannot write ${where}: ${describeError(cause)}`, { cause });
  }
}

/** The file operations a file sink uses (a test passes failing ones: a disk that fills up). */
export interface SinkFiles {
  open(path: string, flags: string): Promise<Pick<FileHandle, 'write' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
}
const FILES: SinkFiles = { open, rename, rm, stat };

/**
 * Writes `.NAME.PID-RANDOM.tmp` beside `target` and renames it over `target` only on `finish(true)`, so
 * the target is either its earlier content or the complete output, never a part. Throws (ENOENT,
 * EACCES, EISDIR …) when the folder cannot take it. An existing target that is not a regular file
 * (`/dev/null`, a FIFO) is written directly: renaming over a device would replace the device.
 */
export async function fileSink(target: string, encode: Encode, files: SinkFiles = FILES): Promise<Sink> {
  const existing = await files.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
  const direct = existing !== undefined && !existing.isFile();
  const temp = direct ? target : join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await files.open(temp, direct ? 'w' : 'wx');
  let pending = true;
  const discard = async (): Promise<void> => {
    await handle.close().catch(() => undefined);
    if (!direct) await files.rm(temp, { force: true }).catch(() => undefined);
  };
  return {
    closed: false,
    async write(data) {
      if (data.length === 0) return;
      const chunk = typeof data === 'string' ? encode(data) : data;
      try {
        await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
      } catch (error) {
        throw new OutputError(target, error); // the caller's finish(false) removes the temporary file
      }
    },
    async finish(commit) {
      if (!pending) return;
      pending = false;
      if (!commit) return discard();
      try {
        await handle.close();
        if (!direct) await files.rename(temp, target);
      } catch (error) {
        await discard();
        throw new OutputError(target, error);
      }
    },
  };
}
