/** The README's library example, run as a user would run it: importing the package by name. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from './cli/binary.js';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Library'), readme.indexOf('\n## ', readme.indexOf('## Library') + 1));
const code = /```js\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const expected = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

beforeAll(ensureBuilt);

it('runs the README library example and prints what the README says', () => {
  expect(code).toContain("from 'report-extract'");
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(out).toBe(expected);
});
