#!/usr/bin/env node
// `npm run bench`: speed and memory of report-extract, each as a ratio against a baseline measured in the
// same run (the machines are shared and noisy). Prints a table and writes .bench/results.json.
//   node bench/run.mjs [--quick]   (--quick: 1/10 of the sizes, for a smoke test)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { extract } from '../dist/index.js';
import { BENCH_DIR, batchFolder, corpusFile } from './corpus.mjs';
import { pdfFile } from './pdf-corpus.mjs';

const quick = process.argv.includes('--quick');
const MB = quick ? 100_000 : 1_000_000;
const name = (n) => `${quick ? 'quick-' : ''}${n}mb.txt`; // --quick never overwrites the full-size corpora
const BIN = 'bin/report-extract.js';
const FIXTURE = 'fixtures/jining-gaoxin-2022.txt';
const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, quick };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs = 5) {
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}
function run(args, { input, rss = false } = {}) {
  const argv = rss ? ['--require', './bench/maxrss.cjs', ...args] : args;
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { input, maxBuffer: 1 << 30, encoding: 'buffer' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = rss ? Number(/MAXRSS_KB=(\d+)/.exec(r.stderr.toString())?.[1]) : undefined;
  const cpuMs = rss ? Number(/CPU_MS=([\d.]+)/.exec(r.stderr.toString())?.[1]) : undefined;
  return { ms, kb, cpuMs, stdout: r.stdout };
}
const row = (name, value, target, ok) => ({ name, value, target, ok });
const rows = [];

// 1. Library throughput against a single global numeral regex over the same text, same process.
{
  const bytes = readFileSync(corpusFile(name(10), 10 * MB));
  const text = bytes.toString('utf8');
  const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿]+/g;
  // Warmed up to the steady state a long archive runs in: V8 grows its young generation over the first
  // runs (the second run of a fresh process spent 105 ms collecting garbage, later ones 35-40 ms).
  for (let i = 0; i < 3; i++) extract(bytes);
  const extractMs = time(() => extract(bytes), 5);
  const regexMs = time(() => { let n = 0; for (const _ of text.matchAll(NUMERAL)) n++; return n; }, 5);
  const mbps = bytes.length / 1e6 / (extractMs / 1000);
  results.throughput = { bytes: bytes.length, extractMs, regexMs, mbPerSecond: mbps, ratio: regexMs / extractMs };
  rows.push(row('library throughput / regex ceiling', `${(100 * regexMs / extractMs).toFixed(1)} % (${mbps.toFixed(1)} MB/s)`, '≥ 20 %', regexMs / extractMs >= 0.2));
}

// 2. Start-up against `node -e 0`.
{
  const base = median(Array.from({ length: 9 }, () => run(['-e', '0']).ms));
  const version = median(Array.from({ length: 9 }, () => run([BIN, '--version']).ms));
  const fixture = median(Array.from({ length: 9 }, () => run([BIN, FIXTURE]).ms));
  results.startup = { nodeMs: base, versionMs: version, fixtureMs: fixture };
  rows.push(row('--version / node -e 0', `${(version / base).toFixed(2)}×`, '≤ 1.5×', version / base <= 1.5));
  rows.push(row('fixture to JSON / node -e 0', `${(fixture / base).toFixed(2)}×`, '≤ 2×', fixture / base <= 2));
}

// 3. Scaling and 4. peak memory of one file (ndjson, which streams).
{
  const sizes = [1, 10, 100].map((n) => corpusFile(name(n), n * MB));
  const runs = sizes.map((f) => run([BIN, '-q', '-f', 'ndjson', f], { rss: true }));
  const [t1, t10, t100] = runs.map((r) => r.ms);
  results.scaling = { ms: { '1': t1, '10': t10, '100': t100 }, ratio10: t10 / t1, ratio100: t100 / t10 };
  rows.push(row('time 10 MB / 1 MB', `${(t10 / t1).toFixed(2)}×`, '≤ 11×', t10 / t1 <= 11));
  rows.push(row('time 100 MB / 10 MB', `${(t100 / t10).toFixed(2)}×`, '≤ 11×', t100 / t10 <= 11));
  const size = statSync(sizes[2]).size;
  const peak = runs[2].kb * 1024;
  // JSON puts the departments, with their fact counts, before the facts: a large input's are found twice instead of held.
  const json = run([BIN, '-q', '-f', 'json', sizes[2]], { rss: true });
  const jsonPeak = json.kb * 1024;
  results.memory = { fileBytes: size, peakRssBytes: peak, ratio: peak / size, jsonPeakRssBytes: jsonPeak, jsonRatio: jsonPeak / size, jsonMs: json.ms };
  rows.push(row('peak RSS / size (100 MB file, ndjson)', `${(peak / size).toFixed(2)}×`, '≤ 6×', peak / size <= 6));
  rows.push(row('peak RSS / size (100 MB file, json)', `${(jsonPeak / size).toFixed(2)}×`, '≤ 6×', jsonPeak / size <= 6));
}

// 4b. A batch's peak RSS against its largest file's, and 5. --jobs 2 against --jobs 1.
{
  const dir = batchFolder(quick ? 100 : 1000);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const largest = files.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const single = run([BIN, '-q', '-f', 'ndjson', largest], { rss: true }).kb;
  const formats = {};
  for (const format of ['ndjson', 'csv', 'tsv', 'json']) formats[format] = run([BIN, '-q', '-f', format, dir], { rss: true }).kb;
  const worst = Math.max(...Object.values(formats));
  results.batch = { files: files.length, largestFileRssKb: single, batchRssKb: formats, ratio: worst / single };
  rows.push(row('batch peak RSS / largest file (all formats)', `${(worst / single).toFixed(2)}×`, '≤ 1.2×', worst / single <= 1.2));
  const one = run([BIN, '-q', '-f', 'ndjson', '--jobs', '1', dir], { rss: true });
  const two = run([BIN, '-q', '-f', 'ndjson', '--jobs', '2', dir], { rss: true });
  const same = Buffer.compare(one.stdout, two.stdout) === 0;
  const machine = await parallelCeiling();
  const work = await workCeiling(files, one.ms);
  // Cores kept busy: CPU time of every thread over wall time. One thread of ours already keeps more than one
  // core busy, V8's collector and compiler threads running beside it: what --jobs 2 can add is the rest.
  const busy = (r) => r.cpuMs / r.ms;
  results.jobs = { jobs1Ms: one.ms, jobs2Ms: two.ms, speedup: one.ms / two.ms, identical: same, machineParallelism: machine, workParallelism: work, jobs1Cores: busy(one), jobs2Cores: busy(two) };
  rows.push(row('machine: 2 busy processes / 1 (CPU ceiling)', `${machine.toFixed(2)}×`, 'information', true));
  rows.push(row('cores busy: --jobs 1, --jobs 2 (CPU time / wall time)', `${busy(one).toFixed(2)}, ${busy(two).toFixed(2)}`, 'information', true));
  rows.push(row('this work: 2 processes on half the batch each / --jobs 1', `${work.toFixed(2)}×`, 'information', true));
  rows.push(row('--jobs 2 speed-up over --jobs 1', `${(one.ms / two.ms).toFixed(2)}× ${same ? '(output identical)' : '(OUTPUT DIFFERS)'}`, '≥ 1.6×, identical', one.ms / two.ms >= 1.6 && same));
}

// 6. PDF: pages per second and the peak RSS of a 300-page file (pages stream: one page's objects at a time).
{
  const pages = quick ? 30 : 300;
  const file = pdfFile(pages);
  const r = run([BIN, '-q', '-f', 'ndjson', file], { rss: true });
  const perSecond = pages / (r.ms / 1000);
  results.pdf = { pages, ms: r.ms, pagesPerSecond: perSecond, peakRssKb: r.kb };
  rows.push(row(`PDF pages per second (${pages} pages, whole run)`, `${perSecond.toFixed(0)} pages/s`, '≥ 40 pages/s', perSecond >= 40));
  rows.push(row(`peak RSS of a ${pages}-page PDF`, `${(r.kb / 1024).toFixed(0)} MB`, '≤ 256 MB', r.kb / 1024 <= 256));
}

/**
 * How much faster two CPU-bound processes finish than one after the other: the most any --jobs 2 can
 * gain here (2.0 on two real cores; about 1.0 where the two CPUs share one core's time).
 */
async function parallelCeiling() {
  const spin = ['-e', 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; if (x < 0) console.log(x)'];
  const t0 = performance.now();
  run(spin);
  run(spin);
  const serial = performance.now() - t0;
  return serial / (await sideBySide([spin, spin]));
}

/**
 * How much faster two processes, each extracting half of the batch side by side, finish than one process
 * extracting it all (`oneMs`, the --jobs 1 run above): what two cores give this work without any threads
 * of ours, beside the spin loop's pure CPU figure. It is lower because one process alone already keeps
 * more than one core busy (V8 collects garbage and compiles on threads of its own), and each process pays
 * its own start and warm-up.
 */
async function workCeiling(files, oneMs) {
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const argv = (half) => [BIN, '-q', '-f', 'ndjson', ...half];
  return oneMs / (await sideBySide(halves.map(argv)));
}

/** Milliseconds until node processes with these arguments, started at once, have all exited. */
async function sideBySide(argvs) {
  const t = performance.now();
  await Promise.all(argvs.map((args) => new Promise((resolve) => spawn(process.execPath, args, { stdio: 'ignore' }).on('exit', resolve))));
  return performance.now() - t;
}

writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify({ ...results, rows }, null, 2) + '\n');
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`report-extract benchmark, ${results.date.slice(0, 10)}, Node ${process.version}, ${results.cpus} cores${quick ? ' (quick)' : ''}`);
for (const r of rows) console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name.padEnd(w)}  ${String(r.value).padEnd(28)}  target ${r.target}`);
console.log(`peer (DEPENDENCIES.md): Recognizers-Text 56 KB/s, quadratic; 2.3 s for the 17 KB fixture`);
console.log(`figures written to ${join(BENCH_DIR, 'results.json')}`);
