/**
 * The README's "Command line" examples stay true: every ```sh block whose first line starts with
 * `report-extract` is run (as `node bin/report-extract.js`) and its stdout must equal the ```text
 * block that follows it (line ends CRLF → LF, trailing white space ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './binary.js';

interface Example {
  command: string;
  expected: string;
}

function examples(): Example[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Output'));
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
  const found: Example[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'sh' || !block.body.startsWith('report-extract')) return;
    const next = blocks[i + 1];
    if (next?.lang !== 'text') throw new Error(`README: no \`\`\`text block after \`${block.body.trim()}\``);
    found.push({ command: block.body.trim(), expected: next.body });
  });
  return found;
}

/**
 * Examples whose output needs facts the extraction does not find yet (issue 3). Take one out when
 * its test starts to pass (it.fails then fails, saying so).
 */
const PENDING: ReadonlySet<string> = new Set([]);

const hasJq = spawnSync('jq', ['--version']).status === 0;

function shell(command: string): string {
  const script = command.replace(/(^|[|;&]\s*)report-extract(?=\s)/gm, `$1node ${BIN}`);
  return execFileSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const normalize = (text: string): string => text.replace(/\r\n/g, '\n').replace(/\s+$/, '');

describe('README "Command line" examples', () => {
  beforeAll(ensureBuilt);

  const all = examples();
  it('has examples', () => expect(all.length).toBeGreaterThanOrEqual(8));

  for (const { command, expected } of all) {
    const test = PENDING.has(command) ? it.fails : it.skipIf(/\|\s*jq\b/.test(command) && !hasJq);
    test(command, () => expect(normalize(shell(command))).toBe(normalize(expected)));
  }
});
