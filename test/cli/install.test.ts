/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a prefix of its
 * own, from the npm cache that `npm ci` filled. The installed `report-extract` and the installed
 * library must work from there, outside the clone.
 *
 * `npm pack` runs `prepare` (the build) before packing; here it runs with --ignore-scripts and packs the
 * dist/ that `npm test` has just built, because a rebuild would remove dist/ under the other test files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/schema.js';
import { ensureBuilt } from './binary.js';
import { FIXTURE, tempDir } from './helpers.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

let prefix: string;
let files: string[];

function npm(args: string[], cwd?: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  ensureBuilt();
  const dir = tempDir();
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir, ...QUIET])) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed!.files.map((f) => f.path);
  prefix = join(dir, 'prefix');
  npm(['install', '-g', join(dir, packed!.filename), '--prefix', prefix, '--prefer-offline', ...QUIET]);
}, 120_000);

describe('the installed package', () => {
  it('packs what the CLI and the library need, and no sources or tests', () => {
    for (const file of ['bin/report-extract.js', 'dist/cli.js', 'dist/main.cjs', 'dist/index.js', 'dist/worker.js', 'schemas/report.schema.json', 'README.md', 'docs/cli.md']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|fixtures|scripts)\//.test(f))).toEqual([]);
  });

  it('answers --version', () => {
    expect(execFileSync(join(prefix, 'bin', 'report-extract'), ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it('reports the fixture: 23 departments, the same report as the clone', () => {
    const cli = join(prefix, 'bin', 'report-extract');
    const fixture = resolve(FIXTURE);
    const installed = JSON.parse(execFileSync(cli, ['-q', fixture], { cwd: prefix, encoding: 'utf8' })) as Report;
    expect(installed.departments).toHaveLength(23);
    expect(installed.facts.length).toBeGreaterThan(0);
    const clone = execFileSync(process.execPath, ['bin/report-extract.js', '-q', fixture], { encoding: 'utf8' });
    expect(JSON.stringify(installed)).toBe(JSON.stringify(JSON.parse(clone)));
    // the --jobs worker and the lazily loaded csv chunk are in the package too
    const csv = execFileSync(cli, ['-q', '-f', 'csv', '--jobs', '2', fixture, fixture], { cwd: prefix, encoding: 'utf8' });
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 2 * installed.facts.length);
  });

  it('imports as a library by its name', () => {
    const lib = join(prefix, 'lib', 'node_modules');
    expect(existsSync(join(lib, 'report-extract', 'package.json'))).toBe(true);
    const code = `import { extract } from 'report-extract'; import { readFileSync } from 'node:fs';
      console.log(extract(readFileSync(${JSON.stringify(resolve(FIXTURE))})).departments.length);`;
    // resolved from a folder whose node_modules holds the installed package
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: join(prefix, 'lib'), encoding: 'utf8' })).toBe('23\n');
  });
});
