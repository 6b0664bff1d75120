/**
 * A large input's JSON report: its facts are found twice (counted, then written chunk by chunk) instead of
 * held. The output must be the one-pass output, byte for byte; the size from which this happens (32 MB)
 * is lowered to 0 here so the fixtures take that path.
 */
import { describe, expect, it } from 'vitest';
import { runExtract, type ExtractCommandOptions } from '../../src/cli/extract.js';
import { DEFAULT_GLOB } from '../../src/cli/read-input.js';
import { collector, FIXTURE, runCli } from './helpers.js';

async function twoPass(paths: string[], extra: Partial<ExtractCommandOptions> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const options: ExtractCommandOptions = { format: 'json', bom: true, outputEncoding: 'utf-8', glob: DEFAULT_GLOB, repeatJsonFrom: 0, ...extra };
  const code = await runExtract(paths, options, { stdout, stderr, stdin: process.stdin, env: {} });
  return { code, stdout: Buffer.concat(stdout.chunks).toString('utf8'), stderr: Buffer.concat(stderr.chunks).toString('utf8') };
}

describe('json with the facts found twice', () => {
  it.each([
    ['one file', [FIXTURE], [], {}],
    ['a folder', ['fixtures/'], [], {}],
    ['one file, --category funds', [FIXTURE], ['--category', 'funds'], { category: ['funds' as const] }],
    ['a folder, --department 局 --min-confidence 0.9', ['fixtures/'], ['--department', '局', '--min-confidence', '0.9'], { department: '局', minConfidence: 0.9 }],
    ['one file, --debug (the trace printed once)', [FIXTURE], ['--debug'], { debug: true }],
  ])('%s: the same bytes and messages as one pass', async (_, paths, flags, extra) => {
    const once = await runCli([...flags, ...paths]);
    const twice = await twoPass(paths, extra);
    expect(twice.code).toBe(once.code);
    expect(twice.stdout).toBe(once.stdout);
    expect(twice.stderr).toBe(once.stderr);
    expect(JSON.parse(twice.stdout)).toBeTruthy();
  });
});
