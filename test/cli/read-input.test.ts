import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GLOB, describeError, globMatcher, planInputs } from '../../src/cli/read-input.js';
import { tempDir } from './helpers.js';

describe('globMatcher', () => {
  const CASES: Array<[string, string, boolean]> = [
    [DEFAULT_GLOB, 'a.txt', true],
    [DEFAULT_GLOB, 'sub/deeper/a.md', true], // no slash in the glob: the file name is matched
    [DEFAULT_GLOB, 'a.txt.bak', false],
    [DEFAULT_GLOB, 'a.json', false],
    ['*.txt', '报告 2022.txt', true],
    ['report-?.txt', 'report-1.txt', true],
    ['report-?.txt', 'report-12.txt', false],
    ['[ab]*.txt', 'b.txt', true],
    ['[!ab]*.txt', 'b.txt', false],
    ['sub/*.txt', 'sub/a.txt', true],
    ['sub/*.txt', 'sub/x/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['2022/**', '2022/x/a.md', true],
    ['a+b(1).txt', 'a+b(1).txt', true], // regex characters are literal
    ['a.txt', 'abtxt', false],
  ];
  it.each(CASES)('%s ~ %s → %s', (glob, path, expected) => expect(globMatcher(glob)(path)).toBe(expected));
});

describe('planInputs', () => {
  it('keeps files and stdin as given, expands folders in sorted order, marks what cannot be read', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'empty'));
    for (const name of ['z.txt', 'a.md', 'b/c.txt', 'b/.d.txt', 'e.json']) writeFileSync(join(dir, name), '区财政局');
    const plan = await planInputs(['-', join(dir, 'e.json'), dir, join(dir, 'nope'), join(dir, 'empty')], DEFAULT_GLOB);
    expect(plan.single).toBe(false);
    expect(plan.inputs).toEqual([
      { path: '-' },
      { path: join(dir, 'e.json') }, // a file named on the command line is read whatever its name
      { path: join(dir, 'a.md') },
      { path: join(dir, 'b/c.txt') },
      { path: join(dir, 'z.txt') },
      { path: join(dir, 'nope'), error: 'no such file or folder' },
      { path: join(dir, 'empty'), error: 'a folder with no files matching "*.{txt,md,pdf,docx,html,htm}"' },
    ]);
  });

  it('one file or stdin is single; one folder is not', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '区财政局');
    expect((await planInputs([join(dir, 'a.txt')], DEFAULT_GLOB)).single).toBe(true);
    expect((await planInputs(['-'], DEFAULT_GLOB)).single).toBe(true);
    expect((await planInputs([dir], DEFAULT_GLOB)).single).toBe(false);
  });
});

describe('describeError', () => {
  it('says what a system or Node error code means, and folds any other message into one line', () => {
    expect(describeError(Object.assign(new Error('ENOENT: no such file, open x'), { code: 'ENOENT' }))).toBe('no such file or folder');
    // What Buffer#toString throws for a text over 2^29 code units (a 100 MB document's JSON given to validate).
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    expect(describeError(tooLong)).toMatch(/^too large: longer than the longest string/);
    expect(describeError(new Error('line one\n  line two'))).toBe('line one line two');
  });
});
