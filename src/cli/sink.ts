/**
 * Where the output goes: stdout, which a reader may close early (`| head -1` ends quietly), or a
 * temporary file beside the target, renamed into place only when the run completes, so a failure
 * never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type Encode = (text: string) => string | Uint8Array;

export interface Sink {
  write(text: string): Promise<void>;
  /** true once the reader went away (EPIPE): stop producing output */
  readonly closed: boolean;
  /** Keep the output (`commit`) or drop it. For stdout, waits for what was written to flush. */
  finish(commit: boolean): Promise<void>;
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
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      if (closed || text === '') return;
      if (!stream.write(encode(text))) await settle(stream, 'drain');
      if (failure) throw failure;
    },
    async finish() {
      stream.off('error', onError);
      if (failure) throw failure;
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

/** Opens `.NAME.PID-RANDOM.tmp` beside `target`; throws (ENOENT, EACCES …) when the folder cannot take it. */
export async function fileSink(target: string, encode: Encode): Promise<Sink> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle: FileHandle = await open(temp, 'wx');
  let pending = true;
  return {
    closed: false,
    async write(text) {
      if (text === '') return;
      const chunk = encode(text);
      await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
    },
    async finish(commit) {
      if (!pending) return;
      pending = false;
      await handle.close();
      if (commit) await rename(temp, target);
      else await rm(temp, { force: true });
    },
  };
}
