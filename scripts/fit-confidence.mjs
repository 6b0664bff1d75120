#!/usr/bin/env node
// Refits the confidence counts (src/facts/lexicon/confidence.ts, between its BEGIN/END fitted lines) from the
// documents with gold: every gold file of fixtures/ and fixtures/real/. Bundles the library from src/ with
// the confidence refiner's recorder switched on (esbuild, as the build does), extracts each document, and
// counts, for every kind of fact (refiners/confidence.ts confidenceKey, and each coarser prefix of it), the
// facts and the facts right, right meaning matched to a gold fact department-blind (same category, value,
// max and qualifier; scripts/lib/score-folder.mjs blindRight). Then `npm run accuracy` prints the
// calibration this gives, and test/real-corpus.test.ts and test/fixtures-calibration.test.ts hold it.
//   node scripts/fit-confidence.mjs [--dry-run]     (--dry-run prints the counts instead of writing them)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleHarness } from './lib/bundle-harness.mjs';
import { FOLDERS, blindRight } from './lib/score-folder.mjs';

const DATA = 'src/facts/lexicon/confidence.ts';
const harness = `
import { readFileSync } from 'node:fs';
import { extract } from './src/index.ts';
import { keyRecorder } from './src/facts/refiners/confidence.ts';
const out = [];
for (const path of JSON.parse(process.argv[2])) {
  keyRecorder.sink = [];
  const report = extract(readFileSync(path), { path });
  const keys = keyRecorder.sink;
  if (keys.length !== report.facts.length) throw new Error(path + ': ' + keys.length + ' kinds for ' + report.facts.length + ' facts');
  out.push({ path, facts: report.facts.map((f, i) => ({ category: f.category, value: f.value, max: f.max, qualifier: f.qualifier, raw: f.raw, key: keys[i] })) });
}
process.stdout.write(JSON.stringify(out));
`;

const golds = FOLDERS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
const dir = mkdtempSync(join(tmpdir(), 'fit-confidence-'));
const bundle = join(dir, 'harness.mjs');
try {
  await bundleHarness(harness, bundle, 'fit-harness.mjs');
  const run = spawnSync(process.execPath, [bundle, JSON.stringify(golds.map((g) => g.fixture))], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) process.exit(1);
  const counts = new Map();
  const add = (key, right) => {
    const c = counts.get(key) ?? [0, 0];
    c[0] += 1;
    c[1] += right ? 1 : 0;
    counts.set(key, c);
  };
  for (const [i, { facts }] of JSON.parse(run.stdout).entries()) {
    const right = blindRight(golds[i].facts, facts);
    facts.forEach((f, k) => {
      const parts = f.key.split('|');
      add('', right[k]);
      for (let n = 1; n <= parts.length; n++) add(parts.slice(0, n).join('|'), right[k]);
    });
  }
  const keys = [...counts.keys()].sort((a, b) => a.split('|').length - b.split('|').length || a.localeCompare(b));
  const body = keys.map((k) => `  '${k}': [${counts.get(k).join(', ')}],`).join('\n');
  if (process.argv.includes('--dry-run')) console.log(body);
  else {
    const text = readFileSync(DATA, 'utf8');
    const begin = text.indexOf('// BEGIN fitted');
    const end = text.indexOf('// END fitted');
    const head = text.slice(0, text.indexOf('\n', begin) + 1);
    const decl = 'export const CONFIDENCE_COUNTS: Readonly<Record<string, readonly [number, number]>> = {\n';
    writeFileSync(DATA, `${head}${decl}${body}\n};\n${text.slice(end)}`);
    console.log(`${DATA}: ${keys.length} kinds from ${golds.length} documents, ${counts.get('')?.[0] ?? 0} facts, ${counts.get('')?.[1] ?? 0} right`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
