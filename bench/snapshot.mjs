#!/usr/bin/env node
// Snapshot speed: pauses a program holding `list(range(10000))` (and one holding a dict and instances),
// then times `snapshot()` and `restore()` (median of many runs, after warm-up) and prints the sizes.
// Usage: npm run build && node bench/snapshot.mjs   (PYEX_DIST=<dir> to use another build)

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = process.env.PYEX_DIST ?? join(root, 'dist');
const { start, restore } = await import(join(dist, 'api/pausable-run.js'));

const PROGRAMS = {
  'list(range(10000))': `
x = list(range(10000))
i = 0
while True:
    i += 1
`,
  'dict of 1000 str keys + 1000 instances': `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
d = {str(i): i for i in range(1000)}
pts = [Point(i, -i) for i in range(1000)]
i = 0
while True:
    i += 1
`,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, iterations) {
  const samples = [];
  for (let index = 0; index < iterations; index++) {
    const begin = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  return median(samples);
}

for (const [label, source] of Object.entries(PROGRAMS)) {
  const paused = start(source, { pauseAfter: 20_000 });
  if (paused.status !== 'paused') throw new Error(`${label}: did not pause`);
  const bytes = paused.snapshot();
  time(() => paused.snapshot(), 200);
  time(() => restore(bytes), 200);
  const write = time(() => paused.snapshot(), 500);
  const read = time(() => restore(bytes), 500);
  // The restored run must continue: resume it for a moment.
  const again = restore(bytes).resume(100);
  if (again.status !== 'paused') throw new Error(`${label}: restored run did not continue`);
  console.log(
    `${label.padEnd(40)} ${String(bytes.length).padStart(7)} bytes  snapshot ${write.toFixed(3)} ms  restore ${read.toFixed(3)} ms`,
  );
}
