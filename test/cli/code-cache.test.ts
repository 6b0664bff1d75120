/**
 * The built CLI loads its bundle with V8's code cache (src/cli/load-main.ts). The cache only saves
 * compiling: a missing or unusable one must give the same output, status and stderr.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './binary.js';
import { tempDir } from './helpers.js';

const FIXTURE = resolve('fixtures/jining-gaoxin-2022.txt');

/** A copy of the built tool (bin/, dist/, node_modules linked) whose cache the test may spoil. */
function copyOfTheTool(): string {
  const dir = tempDir();
  cpSync('bin', join(dir, 'bin'), { recursive: true });
  cpSync('dist', join(dir, 'dist'), { recursive: true });
  cpSync('package.json', join(dir, 'package.json'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

const run = (bin: string) => {
  const r = spawnSync(process.execPath, [bin, FIXTURE, '-f', 'csv'], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the code cache', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('is built beside the bundle', () => {
    expect(existsSync('dist/main.cjs')).toBe(true);
    expect(existsSync('dist/main.cjs.cache')).toBe(true);
  });

  it('changes nothing when it is missing or garbage', () => {
    const expected = run(BIN);
    expect(expected.status).toBe(0);
    expect(expected.stdout.split('\n').length).toBeGreaterThan(60);
    const dir = copyOfTheTool();
    const bin = join(dir, 'bin/report-extract.js');
    writeFileSync(join(dir, 'dist/main.cjs.cache'), 'not a V8 code cache');
    expect(run(bin)).toEqual(expected);
    rmSync(join(dir, 'dist/main.cjs.cache'));
    expect(run(bin)).toEqual(expected);
  });
});
