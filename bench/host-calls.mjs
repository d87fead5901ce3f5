#!/usr/bin/env node
// Host call speed: a Python loop calling a trivial synchronous host function (per-call cost with the
// loop's own cost subtracted), and the start -> call -> resume round trip of an external function.
// Times are CPU time (user + system) of this process, medians of several rounds.
// Usage: npm run build && node bench/host-calls.mjs   (PYEX_DIST=<dir> to use another build)

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = process.env.PYEX_DIST ?? join(root, 'dist');
const { start } = await import(join(dist, 'api/pausable-run.js'));

const CALLS = 200_000;

/** CPU time (user + system) in ms: the machine may be shared, so wall time would measure the load. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of one whole run of `source` (ms). */
function timeRun(source, options) {
  const began = cpuMs();
  const state = start(source, options);
  if (state.status !== 'done' || state.exitCode !== 0)
    throw new Error(`run failed: ${state.stderr}`);
  return cpuMs() - began;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// 1. Sync host call from a Python loop, minus the same loop calling a Python-free builtin no-op.
const host = { functions: { inc: (args) => args[0] + 1 } };
const withCall = `
x = 0
for _ in range(${CALLS}):
    x = inc(x)
assert x == ${CALLS}
`;
const baseline = `
x = 0
for _ in range(${CALLS}):
    x = abs(x) + 1
assert x == ${CALLS}
`;
const callTimes = [];
const baseTimes = [];
for (let round = 0; round < 7; round++) {
  callTimes.push(timeRun(withCall, host));
  baseTimes.push(timeRun(baseline, {}));
}
const callMs = median(callTimes);
const baseMs = median(baseTimes);
const perCallUs = (callMs * 1000) / CALLS;
const extraUs = ((callMs - baseMs) * 1000) / CALLS;

// 2. start -> call -> resume round trip of an external function (one pause and resume per call).
const ROUND_TRIPS = 20_000;
const external = `
x = 0
for _ in range(${ROUND_TRIPS}):
    x = fetch(x)
print(x)
`;
const tripTimes = [];
for (let round = 0; round < 5; round++) {
  const began = cpuMs();
  let state = start(external, { externalFunctions: ['fetch'] });
  let trips = 0;
  while (state.status === 'call') {
    state = state.resume(state.args[0] + 1);
    trips++;
  }
  const elapsed = cpuMs() - began;
  if (trips !== ROUND_TRIPS || state.stdout !== `${ROUND_TRIPS}\n`)
    throw new Error('bad round trips');
  tripTimes.push(elapsed);
}
const tripUs = (median(tripTimes) * 1000) / ROUND_TRIPS;

console.log(
  `sync host call: ${perCallUs.toFixed(3)} µs per loop iteration with a call ` +
    `(${extraUs.toFixed(3)} µs more than the same loop calling abs()); target ≤ 1 µs`,
);
console.log(`start -> call -> resume round trip: ${tripUs.toFixed(3)} µs; target ≤ 5 µs`);
