/**
 * A system Chromium driven by playwright-core (never a downloaded browser): the one `npm test`'s
 * pretest found (scripts/find-chromium.mjs, which installs Debian's as root), or CHROMIUM_PATH.
 * Chromium missing is a failure with a clear message, not a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where scripts/find-chromium.mjs records the path it found. */
const RECORD = 'node_modules/.cache/report-extract/chromium-path';

function recorded(): string | undefined {
  try {
    return readFileSync(RECORD, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH || recorded();

/** As root and on a closed network: no sandbox, and no background connections (they are refused). */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (CHROMIUM === undefined || !existsSync(CHROMIUM)) {
    const where = CHROMIUM === undefined ? `no path recorded in ${RECORD}` : `${CHROMIUM} is gone`;
    throw new Error(`Chromium not found (${where}): run \`node scripts/find-chromium.mjs\` (npm test runs it first) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
