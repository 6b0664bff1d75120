// Preloaded into a benchmarked process: reports its peak resident set size (KB) on stderr at exit.
// VmHWM, not resourceUsage().maxRSS: Linux keeps ru_maxrss across execve, so a child spawned by a large
// parent (this benchmark) would report the parent's peak.
const { readFileSync } = require('node:fs');
process.on('exit', () => {
  const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  process.stderr.write(`\nMAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\n`);
});
