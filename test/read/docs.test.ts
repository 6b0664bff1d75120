/**
 * docs/formats.md stays true: every ```sh block starting with `report-extract` is run (as
 * `node bin/report-extract.js`) and its stdout must equal the ```text block after it. The README's inline
 * commands on the format fixtures (`report-extract fixtures/files/…`) must run and exit 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../cli/binary.js';

const hasJq = spawnSync('jq', ['--version']).status === 0;
const shell = (command: string): string =>
  execFileSync('bash', ['-c', `set -o pipefail; ${command.replace(/(^|[|;&]\s*)report-extract(?=\s)/gm, `$1node ${BIN}`)}`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
const normalize = (text: string): string => text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n').replace(/\s+$/, '');

function examples(file: string): Array<{ command: string; expected: string }> {
  const blocks = [...readFileSync(file, 'utf8').matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
  return blocks.flatMap((block, i) => (block.lang === 'sh' && block.body.startsWith('report-extract') && blocks[i + 1]?.lang === 'text' ? [{ command: block.body.trim(), expected: blocks[i + 1]!.body }] : []));
}

describe('docs/formats.md examples', () => {
  beforeAll(ensureBuilt);
  const all = examples('docs/formats.md');
  it('has examples', () => expect(all.length).toBeGreaterThanOrEqual(3));
  for (const { command, expected } of all) {
    // (head closes the pipe early: pipefail would see the writer's SIGPIPE, so head's own runs are not piped through it)
    it.skipIf(/\|\s*jq\b/.test(command) && !hasJq)(command, () => expect(normalize(shell(command.replace(/\s*\|\s*head\s+-(\d+)$/, ' > /tmp/report-extract-docs.out; head -$1 /tmp/report-extract-docs.out')))).toBe(normalize(expected)));
  }
});

describe('README: the format commands it shows', () => {
  beforeAll(ensureBuilt);
  const commands = [...readFileSync('README.md', 'utf8').matchAll(/`(report-extract [^`]*fixtures\/files\/[^`]*)`/g)].map((m) => m[1]!);
  it('shows report-extract …bulletin.pdf -f csv and report-extract …page.html', () => {
    expect(commands.some((c) => /bulletin\.pdf -f csv$/.test(c))).toBe(true);
    expect(commands.some((c) => /page\.html$/.test(c))).toBe(true);
  });
  for (const command of commands) it(command, () => expect(shell(command).length).toBeGreaterThan(100));
});
