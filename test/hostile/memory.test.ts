/**
 * Memory stays bounded: the big hostile inputs are read by the built library in a child process whose
 * heap is capped at 96 MB. The text itself and its few working copies fit (a 10 MB line is 3.5 million
 * characters); an object per character, or per line of a million, would not.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/binary.js';
import { tempDir } from '../cli/helpers.js';
import { repeated, singleLine } from './inputs.js';

const HEAP_MB = 96;
const LIBRARY = resolve('dist/index.js');

/** Extract `input` in a child process with a capped heap; returns what it printed. */
function extractInSmallHeap(input: Buffer): string {
  const file = join(tempDir(), 'input.txt');
  writeFileSync(file, input);
  const script = `
    import { readFileSync } from 'node:fs';
    import { extract } from ${JSON.stringify(LIBRARY)};
    const report = extract(readFileSync(${JSON.stringify(file)}));
    console.log(report.departments.length, report.facts.length);`;
  return execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
}

describe(`big hostile inputs fit a ${HEAP_MB} MB heap`, () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a single 10 MB line', () => {
    expect(extractInSmallHeap(singleLine(10 * 1024 * 1024))).toMatch(/^0 \d{4,}$/);
  }, 60_000);

  it('a million blank lines', () => {
    expect(extractInSmallHeap(repeated('\n', 1_000_000))).toBe('0 0');
  }, 60_000);

  it('50,000 repeated headings', () => {
    expect(extractInSmallHeap(repeated('区财政局\n\n', 50_000 * 14))).toBe('50000 0');
  }, 60_000);

  it('a million digits', () => {
    expect(extractInSmallHeap(repeated('1', 1_000_000))).toBe('0 0');
  }, 60_000);
});
