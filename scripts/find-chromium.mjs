// `npm test`'s pretest: find the Chromium that test/e2e drives, and record its path for the tests in
// node_modules/.cache/report-extract/chromium-path (test/e2e/browser.ts reads it).
//   1. CHROMIUM_PATH, when set (it must be an executable file);
//   2. `chromium`, `chromium-browser`, `google-chrome` on PATH, in that order;
//   3. none, as root on a Debian-like system (apt-get on PATH): install Debian's `chromium` and a CJK
//      font for the review page's screenshot (`fonts-wqy-microhei`), as .ci/run used to, and look again;
//   4. otherwise: one line on stderr saying what to install, exit status 1. A missing browser is never a
//      skipped test.
// FIND_CHROMIUM_UID (for test/cli/find-chromium.test.ts) stands in for the user id in step 3.
//   node scripts/find-chromium.mjs
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const RECORD = 'node_modules/.cache/report-extract/chromium-path';
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const PACKAGES = ['chromium', 'fonts-wqy-microhei'];

/** An executable regular file? */
function isExecutable(path) {
  try {
    return statSync(path).isFile() && (accessSync(path, constants.X_OK), true);
  } catch {
    return false;
  }
}

/** The first executable `name` in PATH's folders, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const fail = (message) => {
  process.stderr.write(`find-chromium: ${message}\n`);
  process.exit(1);
};

function find() {
  const given = process.env.CHROMIUM_PATH;
  if (given) return isExecutable(given) ? given : fail(`CHROMIUM_PATH=${given} is not an executable file: point it at a Chromium or Chrome binary, or unset it`);
  for (const name of NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

function install() {
  process.stderr.write(`find-chromium: no Chromium on PATH; installing ${PACKAGES.join(' and ')} with apt-get (the review page's browser test needs them)\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...PACKAGES]]) {
    const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed (status ${run.status ?? run.signal}): install ${PACKAGES.join(' and ')} yourself, or set CHROMIUM_PATH`);
  }
}

let path = find();
if (!path) {
  const uid = process.env.FIND_CHROMIUM_UID !== undefined ? Number(process.env.FIND_CHROMIUM_UID) : process.getuid?.();
  const apt = onPath('apt-get') !== undefined;
  if (apt && uid === 0) {
    install();
    path = find() ?? fail(`apt-get installed ${PACKAGES.join(' and ')}, but none of ${NAMES.join(', ')} is on PATH: set CHROMIUM_PATH`);
  } else if (apt) {
    fail(`no Chromium found (CHROMIUM_PATH unset; none of ${NAMES.join(', ')} on PATH): as root, run \`apt-get install -y ${PACKAGES.join(' ')}\`, then \`npm test\` again`);
  } else {
    fail(`no Chromium found (CHROMIUM_PATH unset; none of ${NAMES.join(', ')} on PATH): install Chromium or Google Chrome and a Chinese font, or set CHROMIUM_PATH to its executable`);
  }
}
mkdirSync(join(RECORD, '..'), { recursive: true });
writeFileSync(RECORD, `${path}\n`);
process.stdout.write(`find-chromium: ${path}\n`);
