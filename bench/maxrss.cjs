// Preloaded into a benchmarked process: reports its peak resident set size (KB) and the CPU time of all its
// threads (ms, user and system: V8's collector and compiler threads included) on stderr at exit.
// VmHWM, not resourceUsage().maxRSS: Linux keeps ru_maxrss across execve, so a child spawned by a large
// parent (this benchmark) would report the parent's peak.
const { readFileSync } = require('node:fs');
process.on('exit', () => {
  const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  const cpu = process.cpuUsage();
  process.stderr.write(`\nMAXRSS_KB=${hwm ? hwm[1] : process.resourceUsage().maxRSS}\nCPU_MS=${(cpu.user + cpu.system) / 1000}\n`);
});
