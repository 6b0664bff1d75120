/**
 * Hostile input to the built binary, where only a real process shows it: an endless stdin stops at
 * --max-bytes, a FIFO or a device is refused at once, and none of it prints a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../cli/binary.js';
import { tempDir } from '../cli/helpers.js';

/** Run `report-extract ARGS` under bash (for redirections), with a time limit. */
function shell(args: string, timeout = 20_000) {
  const result = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${BIN} ${args}`], { timeout, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
}

describe('the binary on endless and special files', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('stdin from /dev/zero stops at --max-bytes: one line, status 1', () => {
    if (!existsSync('/dev/zero')) return;
    const { code, stderr, timedOut } = shell('--max-bytes 4M - < /dev/zero');
    expect(timedOut).toBe(false);
    expect(code).toBe(1);
    expect(stderr).toBe('report-extract: -: too large: more than the limit of 4194304 bytes (see --max-bytes)\n');
  });

  it('/dev/zero as a path is refused without reading it', () => {
    if (!existsSync('/dev/zero')) return;
    const { code, stderr, timedOut } = shell('/dev/zero', 5_000);
    expect(timedOut).toBe(false);
    expect(code).toBe(1);
    expect(stderr).toBe('report-extract: /dev/zero: not a regular file (a character device); only files and - (stdin) are read\n');
  });

  it('a FIFO nobody writes to is refused at once', () => {
    const fifo = join(tempDir(), 'fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const { code, stderr, timedOut } = shell(JSON.stringify(fifo), 5_000);
    expect(timedOut).toBe(false);
    expect(code).toBe(1);
    expect(stderr).toBe(`report-extract: ${fifo}: not a regular file (a FIFO); only files and - (stdin) are read\n`);
  });

  it('a FIFO with a writer, given as stdin (-), is read', () => {
    const { code, stdout } = shell("- < <(printf '区财政局\\n组织5名干部')", 10_000);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).facts).toHaveLength(1);
  });
});
