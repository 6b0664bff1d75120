/** Batches beyond one thread and one machine: --jobs and --from ndjson, through the built binary. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './binary.js';

const cli = (args: string[], input?: string): string => execFileSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const texts = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();

beforeAll(ensureBuilt);

describe('--jobs', () => {
  it('gives byte-identical output in input order, for every streaming format', () => {
    for (const format of ['ndjson', 'csv', 'json']) {
      const one = cli(['-q', '-f', format, '--jobs', '1', 'fixtures/']);
      const two = cli(['-q', '-f', format, '--jobs', '3', 'fixtures/']);
      expect(two).toBe(one);
    }
  });

  it('refuses a count that is not a whole number from 1 to 64', () => {
    expect(() => execFileSync(process.execPath, [BIN, '--jobs', '0', 'fixtures/'], { stdio: 'pipe' })).toThrow(/whole number/);
  });
});

describe('--from ndjson', () => {
  it('gives, for a stream of documents, the facts of per-file runs with the id', () => {
    // UTF-8 files travel as text, the others as base64 bytes, as a distributed job would send them.
    const lines = texts.map((name) => {
      const bytes = readFileSync(join('fixtures', name));
      let utf8 = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        utf8 = false;
      }
      // A string is its own source text (a BOM in it would shift every span), so the BOM stays out of "text".
      return JSON.stringify(utf8 ? { id: name, text: bytes.toString('utf8').replace(/^\uFEFF/, '') } : { id: name, base64: bytes.toString('base64') });
    });
    const streamed = cli(['-q', '--from', 'ndjson'], lines.join('\n') + '\n').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const perFile = texts.flatMap((name) =>
      cli(['-q', '-f', 'ndjson', join('fixtures', name)]).trim().split('\n').filter(Boolean).map((l) => {
        const { file, ...fact } = JSON.parse(l) as Record<string, unknown>;
        return { id: (file as string).replace('fixtures/', ''), ...fact };
      }),
    );
    expect(streamed.length).toBeGreaterThan(300);
    expect(streamed).toEqual(perFile);
  });

  it('reports a bad line on stderr, goes on, and exits 1', () => {
    let status = 0;
    let stdout = '';
    let stderr = '';
    try {
      stdout = cli(['--from', 'ndjson'], 'not json\n{"id":1,"text":"选派21名干部"}\n{"text":"没有id"}\n');
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      [status, stdout, stderr] = [e.status, e.stdout, e.stderr];
    }
    expect(status).toBe(1);
    expect(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: number; raw: string }).raw)).toEqual(['21名']);
    expect(stderr).toBe('report-extract: stdin line 1: not a JSON object\nreport-extract: stdin line 3: no "id" (a string or number)\n');
  });
});
