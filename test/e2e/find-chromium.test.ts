/**
 * `npm test`'s pretest (scripts/find-chromium.mjs), run in a temporary folder with a PATH of fake
 * programs: where it looks, what it records, when it installs, and the one line when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';

const SCRIPT = resolve('scripts/find-chromium.mjs');
const RECORD = 'node_modules/.cache/report-extract/chromium-path';

function program(dir: string, name: string, body = ''): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** An apt-get that logs its arguments and, on `install`, puts a `chromium` beside itself. */
const FAKE_APT = `echo "$@" >> "\${0%/*}/apt.log"
if [ "$1" = install ]; then printf '#!/bin/sh\\n' > "\${0%/*}/chromium"; /bin/chmod 755 "\${0%/*}/chromium"; fi`;

function find(bin: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; recorded?: string } {
  const cwd = tempDir();
  const r = spawnSync(process.execPath, [SCRIPT], { cwd, env: { PATH: bin, ...env }, encoding: 'utf8' });
  const record = join(cwd, RECORD);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, recorded: existsSync(record) ? readFileSync(record, 'utf8').trim() : undefined };
}

describe('scripts/find-chromium.mjs', () => {
  it('takes CHROMIUM_PATH first and records it', () => {
    const bin = tempDir();
    program(bin, 'chromium');
    const mine = program(tempDir(), 'my-chrome');
    const r = find(bin, { CHROMIUM_PATH: mine });
    expect(r).toMatchObject({ status: 0, recorded: mine });
  });

  it('refuses a CHROMIUM_PATH that is not an executable file, in one line', () => {
    const r = find(tempDir(), { CHROMIUM_PATH: '/no/such/chrome' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^find-chromium: CHROMIUM_PATH=\/no\/such\/chrome is not an executable file[^\n]*\n$/);
  });

  it('looks for chromium, chromium-browser, google-chrome on PATH, in that order', () => {
    const bin = tempDir();
    const chrome = program(bin, 'google-chrome');
    expect(find(bin).recorded).toBe(chrome);
    const browser = program(bin, 'chromium-browser');
    expect(find(bin).recorded).toBe(browser);
    const chromium = program(bin, 'chromium');
    expect(find(bin)).toMatchObject({ status: 0, recorded: chromium, stdout: `find-chromium: ${chromium}\n` });
  });

  it('as root with apt-get and no Chromium, installs chromium and a CJK font, then records it', () => {
    const bin = tempDir();
    program(bin, 'apt-get', FAKE_APT);
    const r = find(bin, { FIND_CHROMIUM_UID: '0' });
    expect(r).toMatchObject({ status: 0, recorded: join(bin, 'chromium') });
    expect(readFileSync(join(bin, 'apt.log'), 'utf8')).toBe('update -qq\ninstall -y -qq chromium fonts-wqy-microhei\n');
  });

  it('not root, with apt-get: installs nothing and says in one line what to install', () => {
    const bin = tempDir();
    program(bin, 'apt-get', FAKE_APT);
    const r = find(bin, { FIND_CHROMIUM_UID: '1000' });
    expect(r.status).toBe(1);
    expect(r.recorded).toBeUndefined();
    expect(existsSync(join(bin, 'apt.log'))).toBe(false);
    expect(r.stderr).toMatch(/^find-chromium: no Chromium found [^\n]*as root, run `apt-get install -y chromium fonts-wqy-microhei`[^\n]*\n$/);
  });

  it('without apt-get, even as root: one line, status 1', () => {
    const r = find(tempDir(), { FIND_CHROMIUM_UID: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^find-chromium: no Chromium found [^\n]*install Chromium or Google Chrome[^\n]*\n$/);
  });
});
