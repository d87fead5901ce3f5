// In-process warm start-up: creates a fresh interpreter and runs `print(1)` through the library's
// `run`, many times in one process, and prints the median and mean wall time per run after a warm-up
// and the CPU time per run (on a busy machine the mean wall time mostly counts descheduling), and the
// garbage collector's pause time per run (young-generation scavenges of set-up objects).
//
//   node bench/startup.mjs [RUNS]          (PYEX_DIST=/path/to/dist to time another build)

import { dirname, join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PYEX_DIST ?? join(here, '..', 'dist');
const { run } = await import(pathToFileURL(join(dist, 'api', 'run.js')).href);
const runs = Number(process.argv[2] ?? 2000);
let printed = '';
const options = { stdout: (text) => (printed += text) };

for (let index = 0; index < 200; index++) run('print(1)', options);
const times = [];
let gcMs = 0;
let gcCount = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount++;
  }
});
observer.observe({ entryTypes: ['gc'] });
const cpuBefore = process.cpuUsage();
for (let index = 0; index < runs; index++) {
  const start = process.hrtime.bigint();
  run('print(1)', options);
  times.push(Number(process.hrtime.bigint() - start) / 1000);
}
if (!printed.startsWith('1\n'))
  throw new Error(`unexpected output ${JSON.stringify(printed.slice(0, 20))}`);
const cpu = process.cpuUsage(cpuBefore);
// GC entries are delivered asynchronously: let them arrive before reading the totals.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const cpuPerRun = (cpu.user + cpu.system) / runs;
times.sort((a, b) => a - b);
const mean = times.reduce((sum, value) => sum + value, 0) / times.length;
console.log(
  `fresh interpreter + print(1), ${runs} runs: median ${times[runs >> 1].toFixed(1)} µs, ` +
    `mean ${mean.toFixed(1)} µs, p90 ${times[Math.floor(runs * 0.9)].toFixed(1)} µs, ` +
    `CPU ${cpuPerRun.toFixed(1)} µs per run, GC ${((gcMs * 1000) / runs).toFixed(1)} µs per run (${gcCount} pauses)`,
);
