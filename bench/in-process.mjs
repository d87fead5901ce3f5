// Runs one Python program in this process through the library's `run` (no worker), for profiling
// with `node --cpu-prof bench/in-process.mjs bench/programs/X.py`, and prints the run's CPU time.
//
//   PYEX_DIST=/path/to/dist node bench/in-process.mjs FILE [REPEAT]
//   PYEX_LIMITS=none node bench/in-process.mjs FILE [REPEAT]    (every limit off: what the defaults cost)

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.PYEX_DIST ?? join(here, '..', 'dist');
const { run } = await import(pathToFileURL(join(dist, 'api', 'run.js')).href);
const file = process.argv[2];
const repeat = Number(process.argv[3] ?? 1);
const source = readFileSync(file, 'utf8');
const out = [];
const limits =
  process.env.PYEX_LIMITS === 'none'
    ? { instructions: 'none', durationMs: 'none', memoryBytes: 'none', outputBytes: 'none' }
    : undefined;
for (let index = 0; index < repeat; index++) {
  const before = process.cpuUsage();
  const result = run(source, {
    filename: file,
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    ...(limits === undefined ? {} : { limits }),
  });
  const used = process.cpuUsage(before);
  if (index === repeat - 1) process.stdout.write(out.join(''));
  out.length = 0;
  console.error(
    `run ${index + 1}: ${((used.user + used.system) / 1000).toFixed(1)} ms CPU, exit ${result.exitCode}`,
  );
}
