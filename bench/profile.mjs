#!/usr/bin/env node
// `npm run bench:profile`: where `extract` spends its time on the 10 MB corpus. Runs one warm-up and one
// measured extract under the V8 CPU profiler (an unminified build, so names are the source's) and prints
// the stages' inclusive time and the functions' own time, in ms of the measured run.
//   node bench/profile.mjs [--top N]
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { corpusFile } from './corpus.mjs';

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
/** The pipeline's stages (src/pipeline.ts) and the big parts inside them, by function name. */
const STAGES = ['decode', 'readLayout', 'unwrap', 'segment', 'findFacts', 'scan', 'refine', 'toFact', 'assemble', 'validated'];

if (process.argv.includes('--child')) {
  const { extract } = await import('../dist/index.js');
  const bytes = readFileSync(corpusFile('10mb.txt', 10_000_000));
  extract(bytes); // warm up: the profile then holds two runs, halved below
  extract(bytes);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'report-extract-profile-'));
  try {
    spawnSync(process.execPath, ['scripts/build.mjs', '--no-types', '--no-minify'], { stdio: 'inherit' });
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, 'bench/profile.mjs', '--child'], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(1);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    report(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // Leave dist/ as `npm run build` makes it.
    spawnSync(process.execPath, ['scripts/build.mjs', '--no-types'], { stdio: 'inherit' });
  }
}

function report(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map();
  profile.samples.forEach((id, i) => own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const name = (n) => n.callFrame.functionName || '(anonymous)';
  const where = (n) => `${name(n)} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  // Inclusive time counts a function once per stack, however deeply it recurses.
  const walk = (n, open) => {
    let t = own.get(n.id) ?? 0;
    const key = name(n);
    const first = !open.has(key);
    if (first) open.add(key);
    for (const c of n.children ?? []) t += walk(nodes.get(c), open);
    if (first) {
      open.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
    self.set(where(n), (self.get(where(n)) ?? 0) + (own.get(n.id) ?? 0));
    return t;
  };
  walk(profile.nodes[0], new Set());
  const ms = (t) => (t / 2).toFixed(0).padStart(6); // two runs in the profile
  console.log('stage (inclusive ms per extract)');
  for (const s of ['extractWithTrace', ...STAGES]) console.log(`${ms(inclusive.get(s) ?? 0)}  ${s}`);
  console.log(`\nown time (ms per extract), top ${top}`);
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(t)}  ${k}`);
}
