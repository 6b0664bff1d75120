#!/usr/bin/env node
// Where a report-extract run's CPU time goes, thread by thread (Linux only: it reads /proc). Runs the CLI
// once, samples the CPU time of each of its threads every 10 ms until it exits, and prints the last
// sample of each: the main thread first, then the others in the order they were started (V8's four
// platform threads, which compile and collect garbage, then the --jobs workers).
//   node bench/threads.mjs [node flags] -- [report-extract arguments]
//   e.g. node bench/threads.mjs -- -q -f ndjson --jobs 2 .bench/batch-1000
//        node bench/threads.mjs --no-concurrent-recompilation -- -q -f ndjson --jobs 2 .bench/batch-1000
// (the second compiles on the threads that run the code: what the platform threads lose is compiling)
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const split = process.argv.indexOf('--');
if (split < 0) {
  console.error('usage: node bench/threads.mjs [node flags] -- [report-extract arguments]');
  process.exit(2);
}
const flags = process.argv.slice(2, split);
const args = process.argv.slice(split + 1);
const TICK_MS = 10; // USER_HZ is 100 on Linux

const child = spawn(process.execPath, [...flags, 'bin/report-extract.js', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
const cpu = new Map(); // thread id → CPU ms at the last sample
const sample = () => {
  let tids;
  try {
    tids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return; // exited
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * TICK_MS); // utime, stime
    } catch {
      // the thread ended between the listing and the read
    }
  }
};
const start = performance.now();
const timer = setInterval(sample, 10);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);
const wall = performance.now() - start;

const rows = [...cpu].filter(([, ms]) => ms > 0).sort((a, b) => a[0] - b[0]);
const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`report-extract ${args.join(' ')}${flags.length ? ` (node ${flags.join(' ')})` : ''}: exit ${code}, ${(wall / 1000).toFixed(2)} s`);
for (const [tid, ms] of rows) console.log(`  ${tid === child.pid ? 'main  ' : 'thread'} ${String(tid).padStart(8)}  ${String(ms).padStart(6)} ms CPU`);
console.log(`  total             ${String(total).padStart(6)} ms CPU (the last ${TICK_MS} ms or so before exit are not sampled)`);
