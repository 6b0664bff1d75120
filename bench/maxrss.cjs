// Preloaded into a benchmarked process: reports its peak resident set size (KB) on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`\nMAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
