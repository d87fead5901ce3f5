// Benchmark runner: times every bench/programs/*.py under Pyex and under python3 in the same run,
// and prints each time, the ratio Pyex/CPython, and the geometric mean of the ratios.
//
//   npm run bench                 # all programs, 3 runs each (minimum kept)
//   npm run bench -- sorting      # programs whose name contains "sorting"
//   RUNS=5 npm run bench
//   CPU=1 npm run bench           # compare CPU time (user+sys of the child, Linux) instead of wall
//   PYEX_FLAGS='--max-steps none --timeout none --max-memory none --max-output none' npm run bench
//                                 # flags for `pyex run` (here: no limits, to measure their cost)
//
// Times are whole-process wall times minus each interpreter's start-up (the minimum time of an
// empty program), so the ratio compares execution, not process start. Outputs must match.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const programsDir = join(here, 'programs');
const pyexMain = process.env.PYEX_MAIN ?? join(here, '..', 'dist', 'bin', 'pyex.js');
const runs = Number(process.env.RUNS ?? 3);
const pyexFlags = (process.env.PYEX_FLAGS ?? '').split(' ').filter((flag) => flag !== '');
const filter = process.argv[2] ?? '';
// On a shared machine wall time mostly measures the other processes; CPU time of reaped children
// (cutime + cstime of /proc/self/stat, in clock ticks of 10 ms) does not.
const useCpu = process.env.CPU === '1';

function childCpuSeconds() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const interpreters = {
  pyex: (file) => [process.execPath, [pyexMain, 'run', ...pyexFlags, file]],
  cpython: (file) => ['python3', [file]],
};

function timeOnce(which, file) {
  const [cmd, args] = interpreters[which](file);
  const start = process.hrtime.bigint();
  const cpuStart = useCpu ? childCpuSeconds() : 0;
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = useCpu
    ? childCpuSeconds() - cpuStart
    : Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function best(which, file) {
  let min = Number.POSITIVE_INFINITY;
  let last;
  for (let i = 0; i < runs; i++) {
    last = timeOnce(which, file);
    min = Math.min(min, last.seconds);
  }
  return { ...last, seconds: min };
}

const empty = join(mkdtempSync(join(tmpdir(), 'pyex-bench-')), 'empty.py');
writeFileSync(empty, 'pass\n');
const startup = { pyex: best('pyex', empty).seconds, cpython: best('cpython', empty).seconds };

const rows = [];
for (const name of readdirSync(programsDir).sort()) {
  if (!name.endsWith('.py') || !name.includes(filter)) continue;
  const file = join(programsDir, name);
  const cpython = best('cpython', file);
  const pyex = best('pyex', file);
  const ok = pyex.status === 0 && pyex.stdout === cpython.stdout;
  const cpy = Math.max(cpython.seconds - startup.cpython, 1e-3);
  const px = Math.max(pyex.seconds - startup.pyex, 1e-3);
  rows.push({ name: name.replace(/\.py$/, ''), cpy, px, ratio: px / cpy, ok, err: pyex.stderr });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(
  `${useCpu ? 'CPU time' : 'wall time'}; start-up: pyex ${(startup.pyex * 1000).toFixed(1)} ms, python3 ${(startup.cpython * 1000).toFixed(1)} ms (subtracted)`,
);
console.log(`${pad('program', 22)}${pad('pyex s', 10)}${pad('python3 s', 11)}ratio`);
for (const r of rows) {
  const status = r.ok ? '' : `  OUTPUT DIFFERS: ${r.err.trim().split('\n').pop() ?? ''}`;
  console.log(
    `${pad(r.name, 22)}${pad(r.px.toFixed(3), 10)}${pad(r.cpy.toFixed(3), 11)}${r.ratio.toFixed(2)}x${status}`,
  );
}
const valid = rows.filter((r) => r.ok);
if (valid.length > 0) {
  const geo = Math.exp(valid.reduce((s, r) => s + Math.log(r.ratio), 0) / valid.length);
  console.log(`geometric mean over ${valid.length} matching programs: ${geo.toFixed(2)}x`);
}
const failed = rows.length - valid.length;
if (failed > 0) console.log(`${failed} program(s) gave different output`);
