// Preloaded into the measured process by the benchmark only: at exit, the peak resident set
// size of the whole process (worker threads included) goes to the file named in BENCH_RSS_FILE.
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
