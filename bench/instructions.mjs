#!/usr/bin/env node
// Instructions per run of three stages on the 1 MB corpus, counted by valgrind's callgrind: a figure that
// does not move with the shared host's load, for comparing two builds where wall-clock times swing by 10 %
// or more. Each stage runs 6 and then 16 times in a fresh `node --predictable`; the difference over 10 is
// one steady-state run. The stages: the heading choice (segment), the scan with its rules and the
// refiners, and findFacts (those and the facts built); the layout is made once, outside the count.
// findFacts's figure swings by a few per cent with V8's heap sizing; the other two hold to 0.1 %.
//   node bench/instructions.mjs        (needs valgrind; takes a few minutes)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleHarness } from '../scripts/lib/bundle-harness.mjs';
import { BENCH_DIR, corpusFile } from './corpus.mjs';

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench/instructions.mjs: valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(1);
}

const harness = `
import { readFileSync } from 'node:fs';
import { decode } from './src/text/decode.ts';
import { SourceText } from './src/text/source.ts';
import { readLayout } from './src/layout/layout.ts';
import { segment } from './src/layout/blocks.ts';
import { scan } from './src/facts/scan.ts';
import { RULES, REFINERS } from './src/facts/config.ts';
import { findFacts } from './src/facts/find.ts';

const [stage, times, file] = process.argv.slice(2);
const source = new SourceText(decode(readFileSync(file)).text);
const layout = readLayout(source);
const { view } = layout;
const regions = [{ start: layout.bodyStart, end: layout.blocks[0]?.start ?? layout.bodyEnd }, ...layout.blocks.map((b) => ({ start: b.bodyStart, end: b.end }))]
  .map(({ start, end }) => ({ folded: view.folded, text: view.text, start, end }));
for (let i = 0; i < Number(times); i++) {
  if (stage === 'segment') segment(view, layout.bodyStart, layout.bodyEnd);
  else if (stage === 'findFacts') findFacts(source, layout, false);
  else for (const region of regions) {
    const candidates = scan(region, RULES);
    for (const refiner of REFINERS) refiner.refine(candidates, region);
  }
}
`;

const bundle = join(BENCH_DIR, 'instructions.bundle.mjs');
await bundleHarness(harness, bundle, 'instructions-harness.mjs');
const corpus = corpusFile('1mb.txt', 1_000_000);

/** Instructions of one process that runs `stage` `times` times. */
function count(stage, times) {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, '--predictable', bundle, stage, String(times), corpus], { encoding: 'utf8' });
  const collected = /Collected\s*:\s*(\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || collected === undefined) throw new Error(`valgrind failed on ${stage}: ${run.stderr.slice(-500)}`);
  return Number(collected);
}

console.log('instructions per run on the 1 MB corpus (callgrind, runs 7 to 16), millions');
for (const [stage, label] of [['segment', 'the heading choice (segment)'], ['refiners', 'the scan, its rules and the refiners'], ['findFacts', 'findFacts (those and the facts built)']]) {
  const perRun = (count(stage, 16) - count(stage, 6)) / 10;
  console.log(`${label.padEnd(40)} ${(perRun / 1e6).toFixed(1).padStart(7)}`);
}
