/**
 * The output sinks when the disk fails: a write, a close or the final rename that fails leaves the target
 * as it was and no temporary file, and says so in one line. (A full disk cannot be made here; the file
 * operations are wrapped to fail as a full disk does.)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileSink, OutputError, streamSink, type SinkFiles } from '../../src/cli/sink.js';
import { tempDir } from '../cli/helpers.js';

const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });
const ENOSPC = () => errno('ENOSPC', 'no space left on device, write');
const same = (text: string) => text;

/** Real file operations, with one of them failing. */
function failing(what: 'write' | 'close' | 'rename'): SinkFiles {
  return {
    stat,
    rm,
    rename: what === 'rename' ? () => Promise.reject(errno('EXDEV', 'cross-device link not permitted, rename')) : rename,
    async open(path, flags) {
      const handle = await open(path, flags);
      return {
        write: (what === 'write' ? () => Promise.reject(ENOSPC()) : handle.write.bind(handle)) as typeof handle.write,
        close: what === 'close' ? () => handle.close().then(() => Promise.reject(ENOSPC())) : () => handle.close(),
      };
    },
  };
}

/** A folder holding `out.csv` with earlier content. */
function target(): { dir: string; out: string } {
  const dir = tempDir();
  const out = join(dir, 'out.csv');
  writeFileSync(out, 'earlier content');
  return { dir, out };
}

describe('fileSink on a failing disk', () => {
  it('a write that fails (ENOSPC): one-line OutputError; discarding leaves the target and no temporary file', async () => {
    const { dir, out } = target();
    const sink = await fileSink(out, same, failing('write'));
    expect(readdirSync(dir)).toHaveLength(2); // the target and the temporary file
    const error = await sink.write('a,b\r\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(`cannot write ${out}: no space left on device`);
    await sink.finish(false); // what runExtract does on any error
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('earlier content');
  });

  it.each(['close', 'rename'] as const)('a %s that fails at the end: OutputError, the target as it was, no temporary file', async (what) => {
    const { dir, out } = target();
    const sink = await fileSink(out, same, failing(what));
    await sink.write('new content');
    const error = await sink.finish(true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot write ${out}: [^\\n]+$`));
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('earlier content');
  });

  it('on success, the target is replaced whole and the temporary file is gone', async () => {
    const { dir, out } = target();
    const sink = await fileSink(out, same);
    await sink.write('new ');
    expect(readFileSync(out, 'utf8')).toBe('earlier content'); // untouched until the rename
    await sink.write('content');
    await sink.finish(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readFileSync(out, 'utf8')).toBe('new content');
  });
});

describe('streamSink on a failing stream', () => {
  const stream = (fail: () => Error) =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(fail());
      },
    });

  it('ENOSPC is a one-line OutputError', async () => {
    const sink = streamSink(stream(ENOSPC), same);
    const error = await sink.write('x'.repeat(100_000)).catch((e: unknown) => e);
    expect((error as Error).message).toBe('cannot write to stdout: no space left on device');
  });

  it('EPIPE (the reader went away) closes it quietly', async () => {
    const sink = streamSink(stream(() => errno('EPIPE', 'broken pipe')), same);
    await sink.write('x'.repeat(100_000));
    expect(sink.closed).toBe(true);
    await sink.write('more');
    await sink.finish(true);
  });

  it('a stream destroyed before the first write does not hang', async () => {
    const s = stream(ENOSPC);
    s.on('error', () => undefined); // what an earlier user of the stream saw
    s.destroy(ENOSPC());
    await new Promise((resolve) => s.once('close', resolve));
    const sink = streamSink(s, same);
    await expect(sink.write('x')).rejects.toThrow('cannot write to stdout: no space left on device');
  });
});
