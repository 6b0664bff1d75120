#!/usr/bin/env node
// Where `extract`'s time goes on the 10 MB corpus at the steady state, stage by stage, timed directly (a
// profiler's sampling slows the small functions most and moves the shares). Bundles the pipeline's own
// modules with a timing harness (esbuild, as the build does), then times, per run, after three warm-up
// runs: decoding with the digest and the line map; the layout and its two big parts; the facts stage
// built up step by step (the scan alone, then each refiner, then the spans and texts of each fact made
// and dropped, then the facts kept, which is findFacts itself); and the whole extract. Prints medians.
//   node bench/stages.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleHarness } from '../scripts/lib/bundle-harness.mjs';
import { BENCH_DIR, corpusFile } from './corpus.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const harness = `
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { decode } from './src/text/decode.ts';
import { SourceText, AtMostCursor } from './src/text/source.ts';
import { readLayout } from './src/layout/layout.ts';
import { unwrap } from './src/text/unwrap.ts';
import { startsBlock, mayStartBlockRaw, endsHeading } from './src/layout/segment.ts';
import { segment } from './src/layout/blocks.ts';
import { findFacts } from './src/facts/find.ts';
import { scan } from './src/facts/scan.ts';
import { RULES, REFINERS } from './src/facts/config.ts';
import { clauseEnd, clauseStart } from './src/facts/clause.ts';
import { extract } from './src/index.ts';

const bytes = readFileSync(process.argv[2]);
const source = new SourceText(decode(bytes).text);
const layout = readLayout(source);
const { view } = layout;
const regions = [{ start: layout.bodyStart, end: layout.blocks[0]?.start ?? layout.bodyEnd }, ...layout.blocks.map((b) => ({ start: b.bodyStart, end: b.end }))]
  .map(({ start, end }) => ({ folded: view.folded, text: view.text, start, end }));

/** The facts stage up to a step: 0 the scan, 1 + the refiners, 2 + each fact's span, raw text, line and context, made and dropped. */
function factsUpTo(step, perRefiner) {
  const cursor = view.cursor();
  const lines = new AtMostCursor(source.lineStarts);
  let made = 0;
  for (const region of regions) {
    const candidates = scan(region, RULES);
    if (step < 1 || candidates.length === 0) continue;
    for (const refiner of REFINERS) {
      const t = perRefiner ? performance.now() : 0;
      refiner.refine(candidates, region);
      if (perRefiner) perRefiner[refiner.name] = (perRefiner[refiner.name] ?? 0) + performance.now() - t;
    }
    if (step < 2) continue;
    for (const c of candidates) {
      if (c.dropped) continue;
      const span = cursor.spanToSource(c.start, c.end);
      const raw = cursor.sourceOnly(c.start, c.end);
      const context = view.text.slice(c.clauseStart ?? clauseStart(region, c.start), clauseEnd(region, c.end));
      made += lines.lastAtMost(span.start) + raw.length + context.length > 0 ? 1 : 0;
    }
  }
  return made;
}

const times = {};
const time = (name, fn) => {
  const t = performance.now();
  fn();
  (times[name] ??= []).push(performance.now() - t);
};
for (let i = 0; i < 3 + ${runs}; i++) {
  const perRefiner = {};
  time('decode, sha-256, line map', () => {
    new SourceText(decode(bytes).text);
    createHash('sha256').update(bytes).digest('hex');
  });
  time('layout', () => readLayout(source));
  time('  re-joining the lines (unwrap)', () => unwrap(source, { fromLine: 0, toLine: source.lineCount, startsBlock, mayStartBlock: mayStartBlockRaw, endsHeading }));
  time('  finding the headings (segment)', () => segment(view, layout.bodyStart, layout.bodyEnd));
  time('facts: the scan and its rules', () => factsUpTo(0));
  time('facts: + the refiners', () => factsUpTo(1));
  factsUpTo(1, perRefiner); // each refiner timed, on a pass of its own (the timer costs a little per region)
  time('facts: + spans, texts, lines (dropped)', () => factsUpTo(2));
  time('facts: + the facts kept (findFacts)', () => findFacts(source, layout, false));
  time('extract (all of it)', () => extract(bytes));
  for (const [name, ms] of Object.entries(perRefiner)) (times['  refiner ' + name] ??= []).push(ms);
}
const median = (xs) => xs.slice(3).sort((a, b) => a - b)[Math.floor((xs.length - 3) / 2)];
console.log(JSON.stringify(Object.entries(times).map(([name, ms]) => [name, median(ms)])));
`;

const bundle = join(BENCH_DIR, 'stages.bundle.mjs');
await bundleHarness(harness, bundle, 'stages-harness.mjs');
const corpus = corpusFile('10mb.txt', 10_000_000);
const run = spawnSync(process.execPath, [bundle, corpus], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (run.status !== 0) process.exit(1);
const rows = JSON.parse(run.stdout);
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`where extract's time goes, 10 MB corpus, median of ${runs} runs after 3 warm-up runs (ms)`);
for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.toFixed(1).padStart(6)}`);
