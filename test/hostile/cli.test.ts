/**
 * Hostile input and output through the CLI (in-process): each case ends in a report with warnings, or in
 * one line on stderr and status 1 (2 for an --output that cannot be opened), never in a stack trace
 * (but under --debug), a hang or a partial file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { ReportSchema, type Report } from '../../src/schema.js';
import { FIXTURE, runCli, tempDir } from '../cli/helpers.js';
import { FIXTURE_TEXT, pngLike, randomNoNul } from './inputs.js';

/** A file of `bytes` in a fresh folder. */
function fileOf(bytes: Uint8Array | string, name = 'input.txt'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

const STACK_LINE = /^\s+at /m;

/** stderr is exactly these lines (each `report-extract: …`), and no stack trace. */
function expectLines(stderr: string, lines: string[]): void {
  expect(stderr).not.toMatch(STACK_LINE);
  expect(stderr.split('\n').slice(0, -1)).toEqual(lines);
}

function mkfifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

describe('odd input: a report, with a warning where there is something to know (status 0)', () => {
  it.each([
    ['an empty file', '', ['warning EMPTY_INPUT: the input holds no text']],
    ['whitespace only', ' \r\n\t\u3000\n\n', ['warning EMPTY_INPUT: the input holds no text']],
    ['a heading-only file', '一、区财政局\n二、县公安局\n', []],
  ])('%s', async (_, text, warnings) => {
    const path = fileOf(text);
    const { code, stdout, stderr } = await runCli([path]);
    expect(code).toBe(0);
    expectLines(stderr, warnings.map((w) => `report-extract: ${path}: ${w}`));
    ReportSchema.parse(JSON.parse(stdout));
  });

  it.each([
    ['invalid UTF-8 in the middle of valid text', Buffer.concat([Buffer.from(FIXTURE_TEXT.slice(0, 300)), Buffer.from([0xff, 0xc0]), Buffer.from(FIXTURE_TEXT.slice(300))]), 'utf-8'],
    ['a GB18030 file cut in the middle of a character', iconv.encode(FIXTURE_TEXT.trimEnd(), 'gb18030').subarray(0, -1), 'gb18030'],
    ['UTF-16 with an odd byte count', Buffer.concat([iconv.encode(FIXTURE_TEXT, 'utf-16le', { addBOM: true }), Buffer.from([0x41])]), 'utf-16le'],
  ])('%s', async (_, bytes, encoding) => {
    const path = fileOf(bytes);
    const { code, stdout, stderr } = await runCli([path]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).toContain(`report-extract: ${path}: warning INVALID_BYTES: some bytes are not valid ${encoding}`);
    const report: Report = ReportSchema.parse(JSON.parse(stdout));
    expect(report.source.encoding).toBe(encoding);
    expect(report.departments.length).toBe(23);
  });
});

describe('input that is not a text file: one line and status 1, the other inputs still read', () => {
  it.each([
    ['NUL bytes', Buffer.from('区财政局\0\0\0'), 'binary data (NUL bytes), not a text document'],
    ['a PNG header and random bytes', pngLike(), 'binary data (NUL bytes), not a text document'],
    ['random bytes without NUL', randomNoNul(), 'binary data (undecodable bytes in every encoding tried), not a text document'],
  ])('%s', async (_, bytes, message) => {
    const path = fileOf(bytes);
    const { code, stdout, stderr } = await runCli(['-f', 'ndjson', path, FIXTURE]);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${path}: ${message}`]);
    expect(stdout).toContain(`"file":"${FIXTURE}"`);
  });

  it('a FIFO, without waiting for a writer', async () => {
    const path = join(tempDir(), 'fifo.txt');
    if (!mkfifo(path)) return; // no mkfifo here
    const { code, stderr } = await runCli([path]);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${path}: not a regular file (a FIFO); only files and - (stdin) are read`]);
  }, 5_000);

  it('a FIFO inside a folder is skipped; a link to one that matches the glob is refused', async () => {
    const dir = tempDir();
    copyFileSync(FIXTURE, join(dir, 'a.txt'));
    if (!mkfifo(join(dir, 'b.txt'))) return;
    symlinkSync(join(dir, 'b.txt'), join(dir, 'c.txt'));
    const { code, stdout, stderr } = await runCli(['-f', 'ndjson', dir]);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${join(dir, 'c.txt')}: not a regular file (a FIFO); only files and - (stdin) are read`]);
    expect(stdout).toContain('a.txt');
  }, 5_000);

  it.each(['/dev/zero', '/dev/urandom', '/dev/null'])('the device %s, without reading it', async (device) => {
    if (!existsSync(device)) return;
    const { code, stderr } = await runCli([device]);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${device}: not a regular file (a character device); only files and - (stdin) are read`]);
  }, 5_000);

  it('a folder without text files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.png'), pngLike());
    const { code, stderr } = await runCli([dir]);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${dir}: a folder with no files matching "*.{txt,md,pdf,docx,html,htm}"`]);
  });

  it('a file deleted, and one replaced by a folder, during a batch', async () => {
    const dir = tempDir();
    const [a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, n)) as [string, string, string];
    for (const f of [a, b, c]) copyFileSync(FIXTURE, f);
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const out: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => out.push(chunk));
    // a.txt, then stdin, which is held open until b.txt and c.txt are gone
    const done = runCli(['-f', 'ndjson', a, '-', b, c], { stdin, stdout });
    await vi.waitFor(() => expect(Buffer.concat(out).toString()).toContain('a.txt'));
    rmSync(b);
    rmSync(c);
    mkdirSync(c);
    stdin.end(FIXTURE_TEXT);
    const { code, stderr } = await done;
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${b}: no such file or folder`, `report-extract: ${c}: not a regular file (a folder); only files and - (stdin) are read`]);
    expect(Buffer.concat(out).toString()).toContain('"file":"-"');
  });
});

describe('--max-bytes: a larger input is refused, before it is read', () => {
  it('refuses a file on its size, and goes on with the others', async () => {
    const big = fileOf(FIXTURE_TEXT);
    const size = statSync(big).size;
    const { code, stderr } = await runCli(['--max-bytes', '16k', '-f', 'csv', big, 'fixtures/runin-flood-relief.txt']);
    expect(code).toBe(1);
    expectLines(stderr, [`report-extract: ${big}: too large: ${size} bytes, over the limit of 16384 bytes (see --max-bytes)`]);
  });

  it('refuses stdin once it has sent more', async () => {
    const { code, stderr } = await runCli(['--max-bytes', '1000'], { stdin: Buffer.from(FIXTURE_TEXT) });
    expect(code).toBe(1);
    expectLines(stderr, ['report-extract: -: too large: more than the limit of 1000 bytes (see --max-bytes)']);
  });

  it('takes bytes or k, M, G (powers of 1024) and refuses anything else (status 2)', async () => {
    expect((await runCli(['--max-bytes', '17378', FIXTURE])).code).toBe(0);
    expect((await runCli(['--max-bytes', '17377', FIXTURE])).code).toBe(1);
    expect((await runCli(['--max-bytes', '1M', FIXTURE])).code).toBe(0);
    for (const bad of ['0', '-1', '1x', 'lots', '']) {
      const { code, stderr } = await runCli(['--max-bytes', bad, FIXTURE]);
      expect(code).toBe(2);
      expectLines(stderr, [`report-extract: option '--max-bytes <size>' argument '${bad}' is invalid. must be a size in bytes, e.g. 1000000, 64k, 256M, 1G`]);
    }
  });

  it('defaults to 256M, as --help says', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/--max-bytes <size> +refuse an input larger than this[^]*\(default: 256M\)/);
  });
});

describe('stack traces only under --debug', () => {
  it('an input error is one line; with --debug, its stack follows', async () => {
    const path = fileOf(Buffer.from([0, 1, 2]));
    expect((await runCli([path])).stderr).not.toMatch(STACK_LINE);
    expect((await runCli(['--debug', path])).stderr).toMatch(STACK_LINE);
  });
});

describe('--output never leaves a partial file and never replaces an input', () => {
  it('a disk that is full (/dev/full): one line, status 1, the device left a device', async () => {
    if (!existsSync('/dev/full')) return;
    const { code, stderr } = await runCli(['-o', '/dev/full', FIXTURE]);
    expect(code).toBe(1);
    expectLines(stderr, ['report-extract: cannot write /dev/full: no space left on device']);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('writes straight into a device instead of renaming a file over it', async () => {
    const device = join(tempDir(), 'null');
    try {
      execFileSync('mknod', [device, 'c', '1', '3']); // a /dev/null of our own (root only)
    } catch {
      return;
    }
    expect((await runCli(['-o', device, FIXTURE])).code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(join(device, '..'))).toEqual(['null']);
  });

  it.each([
    ['a folder', (dir: string) => dir, 'is a folder'],
    ['a path under a file', (dir: string) => join(dir, 'old.json', 'x.json'), 'not a folder'],
    ['a path under a missing folder', (dir: string) => join(dir, 'missing', 'x.json'), 'no such file or folder'],
  ])('%s: one line, status 2, nothing written', async (_, target, reason) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.json'), 'old');
    const out = target(dir);
    const { code, stderr } = await runCli(['-o', out, FIXTURE]);
    expect(code).toBe(2);
    expectLines(stderr, [`report-extract: cannot write --output ${out}: ${reason}`]);
    expect(readdirSync(dir)).toEqual(['old.json']);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('old');
  });

  it('refuses an output that is an input behind a symbolic link', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.txt');
    copyFileSync(FIXTURE, input);
    symlinkSync(input, join(dir, 'out.json'));
    const { code, stderr } = await runCli(['-o', join(dir, 'out.json'), input]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is one of the inputs .*refusing to overwrite it\n$/);
    expect(readFileSync(input, 'utf8')).toBe(FIXTURE_TEXT);
  });

  it('stdout that fails (ENOSPC): one line, status 1', async () => {
    const failing = (): Writable =>
      new Writable({
        write(_chunk, _encoding, callback) {
          callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        },
      });
    for (const format of ['json', 'csv']) {
      const { code, stderr } = await runCli(['-f', format, FIXTURE], { stdout: failing() });
      expect(code).toBe(1);
      expectLines(stderr, ['report-extract: cannot write to stdout: no space left on device']);
    }
  });
});
