// Loaded with `node --import` into a measured child: writes the process's peak resident
// memory (Linux VmHWM, else the largest sampled RSS) to $BENCH_PEAK_FILE on exit.
import { readFileSync, writeFileSync } from 'node:fs';

let sampled = process.memoryUsage().rss;
const timer = setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage().rss);
}, 20);
timer.unref();

process.on('exit', () => {
  let peakBytes = Math.max(sampled, process.memoryUsage().rss);
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) peakBytes = Number(match[1]) * 1024;
  } catch {
    // not Linux: keep the sampled peak
  }
  if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(peakBytes));
});
