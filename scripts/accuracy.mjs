#!/usr/bin/env node
// Scores every fixture against its hand-written gold file (tools/score.mjs, SPEC.md §5) and prints a
// Markdown table: `node scripts/accuracy.mjs` after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

const dir = mkdtempSync(join(tmpdir(), 'report-extract-accuracy-'));
const pct = (x) => `${(100 * x).toFixed(1)}`;
console.log('| fixture | departments P / R | facts | fact P / R / F1 | subject | per | total |');
console.log('|---|---|---|---|---|---|---|');
for (const goldFile of readdirSync('fixtures').filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join('fixtures', goldFile), 'utf8'));
  const report = join(dir, goldFile.replace('.gold.json', '.json'));
  writeFileSync(report, JSON.stringify(extract(readFileSync(gold.fixture), { path: gold.fixture })));
  const s = JSON.parse(execFileSync(process.execPath, ['tools/score.mjs', join('fixtures', goldFile), report, '--json'], { encoding: 'utf8' }));
  const f = s.facts;
  console.log(`| ${gold.fixture.replace('fixtures/', '')} | ${pct(s.departments.precision)} / ${pct(s.departments.recall)} | ${f.expected} | ${pct(f.precision)} / ${pct(f.recall)} / **${pct(f.f1)}** | ${pct(s.attributes.subject)} | ${pct(s.attributes.per)} | ${pct(s.attributes.total)} |`);
}
