/**
 * The built CLI (bin/report-extract.js → dist/cli.js → dist/main.cjs), for the tests that spawn it. `npm test` builds
 * first; when dist/ is missing or older than src/, it is built here, once, under a lock folder, since
 * test files run in parallel.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BIN = 'bin/report-extract.js';
const LOCK = 'test/.tmp/build.lock';

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isStale(): boolean {
  try {
    return newest('dist/cli.js') < Math.max(newest('src'), newest('scripts/build.mjs'));
  } catch {
    return true;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (!isStale()) return;
  mkdirSync('test/.tmp', { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true }); // a build that died
      sleep(200);
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
