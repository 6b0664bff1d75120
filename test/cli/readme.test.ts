/**
 * The README and docs/*.md stay true. Every command they show is run:
 *   - a `report-extract` command (an ```sh block) as `node bin/report-extract.js`, in a scratch folder
 *     that links `fixtures/` (so that `-o review.html` writes there, not into the clone);
 *   - a ```js block as an ES module in the clone, importing the package by its name;
 *   - any other command as OTHER_COMMANDS below says, or with the reason it cannot be run here.
 * When an output block follows, stdout must equal it (CRLF → LF, trailing white space ignored);
 * otherwise the command must succeed. A command in none of these classes fails the test.
 * Also: the README stays short, and every relative link and anchor leads somewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/schema.js';
import { BIN, ensureBuilt } from './binary.js';
import { anchorsOf, commandsOf, DOCS, examplesOf, inlineCodeOf, linksOf } from './doc-examples.js';
import { tempDir } from './helpers.js';

const README_MAX_CHARS = 15_000;
const hasJq = spawnSync('jq', ['--version']).status === 0;
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const normalize = (text: string): string => text.replace(/\r\n/g, '\n').replace(/\s+$/, '');

/** A command that is not `report-extract …`: how it is run, or why it is not. */
type Other = { run: 'in the clone' } | { check: () => void };

const vitestPathsExist = (command: string) => () => {
  for (const path of command.split(/\s+/).slice(3)) expect(existsSync(path), `${path} (in \`${command}\`)`).toBe(true);
};

const OTHER_COMMANDS: Record<string, Other> = {
  // `npm ci` is how the suite itself was installed; the rest runs as the README shows it.
  'npm ci && npx report-extract fixtures/jining-gaoxin-2022.txt': {
    check: () => {
      const out = execFileSync('npx', ['report-extract', 'fixtures/jining-gaoxin-2022.txt'], { encoding: 'utf8' });
      expect((JSON.parse(out) as Report).departments).toHaveLength(23);
    },
  },
  // The suite itself (.ci/run runs it): here, that it is wired as the README says; the pretest's
  // behaviour is test/e2e/find-chromium.test.ts.
  'npm test': {
    check: () => {
      const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
      expect(scripts.pretest).toBe('node scripts/find-chromium.mjs');
      expect(scripts.test).toMatch(/vitest run$/);
    },
  },
  'node scripts/accuracy.mjs': { run: 'in the clone' },
  // parts of this very suite: the paths must exist
  'npx vitest run test/facts test/fixtures-facts.test.ts': { check: vitestPathsExist('npx vitest run test/facts test/fixtures-facts.test.ts') },
  'npx vitest run test/layout test/fixtures.test.ts test/real-corpus.test.ts': { check: vitestPathsExist('npx vitest run test/layout test/fixtures.test.ts test/real-corpus.test.ts') },
};

const REPORT_EXTRACT = /(^|[|;&]\s*)report-extract(?=\s)/gm;

let scratch: string;

function sh(command: string, cwd: string): string {
  const script = command.replace(REPORT_EXTRACT, `$1${quote(process.execPath)} ${quote(resolve(BIN))}`);
  return execFileSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  ensureBuilt();
  scratch = tempDir();
  symlinkSync(resolve('fixtures'), join(scratch, 'fixtures'), 'dir');
});

for (const file of DOCS.filter((f) => examplesOf(f).length > 0)) {
  describe(file, () => {
    for (const example of examplesOf(file)) {
      const { where, lang, expected } = example;
      if (lang === 'js') {
        it(`${where} js`, () => {
          const out = execFileSync(process.execPath, ['--input-type=module', '-e', example.body], { encoding: 'utf8' });
          if (expected !== undefined) expect(normalize(out)).toBe(normalize(expected));
        });
        continue;
      }
      if (lang !== 'sh') {
        it(`${where} \`\`\`${lang}`, () => expect.fail(`${where}: a \`\`\`${lang} block: examples are sh or js, output is text`));
        continue;
      }
      const commands = commandsOf(example);
      if (expected !== undefined && commands.length !== 1) {
        it(where, () => expect.fail(`${where}: an output block follows ${commands.length} commands; give each command its own`));
        continue;
      }
      for (const command of commands) {
        const other = OTHER_COMMANDS[command];
        const needsJq = /\|\s*jq\b/.test(command);
        // jq is a Debian package that .ci/run installs; without it the jq examples are all that is left out.
        it.skipIf(needsJq && !hasJq)(`${where} ${command}`, () => {
          if (other && 'check' in other) return other.check();
          if (!other && !command.match(REPORT_EXTRACT)) {
            expect.fail(`${where}: \`${command}\` is not run by any test: add it to OTHER_COMMANDS in test/cli/readme.test.ts`);
          }
          const out = sh(command, other ? process.cwd() : scratch);
          if (expected !== undefined) expect(normalize(out), `${where}: the output changed; update the block under the command`).toBe(normalize(expected));
        });
      }
    }
  });
}

describe('the documents', () => {
  it(`the README is at most ${README_MAX_CHARS} characters`, () => {
    expect([...readFileSync('README.md', 'utf8')].length).toBeLessThanOrEqual(README_MAX_CHARS);
  });

  it('every relative link leads to a file, and every anchor to a heading', () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      for (const link of linksOf(file)) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? file : join(dirname(file), path);
        if (!existsSync(target)) broken.push(`${file}: ${link} (no file)`);
        else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor)) broken.push(`${file}: ${link} (no heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  // Commands named in the text rather than shown as examples (the bench takes minutes): what they
  // name must exist.
  it('every command named in the text names a script or file that exists', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const missing: string[] = [];
    for (const file of DOCS) {
      for (const code of inlineCodeOf(file)) {
        const script = /^npm run ([\w:-]+)/.exec(code)?.[1];
        if (script !== undefined && !(script in scripts)) missing.push(`${file}: \`${code}\` (no script ${script})`);
        const paths = [/^node ([\w./-]+\.m?js)\b/.exec(code)?.[1], ...(/^npx vitest run (.+)/.exec(code)?.[1]?.split(/\s+/) ?? [])];
        for (const path of paths) if (path !== undefined && !existsSync(path)) missing.push(`${file}: \`${code}\` (no ${path})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every document has examples that are run', () => {
    expect(examplesOf('README.md').length).toBeGreaterThanOrEqual(8);
    for (const file of ['docs/cli.md', 'docs/library.md']) expect(examplesOf(file).length, file).toBeGreaterThan(0);
  });
});
