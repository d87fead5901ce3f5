// What the default limits cost: runs every bench program in fresh Node processes through
// bench/in-process.mjs, alternately with the default limits and with every limit off, and prints the
// ratio of the smallest warm CPU times (the second run inside each process) and their geometric mean.
//
//   npm run build && node bench/limits-cost.mjs [FILTER]     (ROUNDS=3 by default)

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const programsDir = join(here, 'programs');
const rounds = Number(process.env.ROUNDS ?? 3);
const filter = process.argv[2] ?? '';

/** The CPU milliseconds of the warm (second) run of `file` in a fresh process. */
function warmCpu(file, limitsOff) {
  const env = { ...process.env, PYEX_LIMITS: limitsOff ? 'none' : '' };
  const result = spawnSync(process.execPath, [join(here, 'in-process.mjs'), file, '2'], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
  const match = /run 2: ([\d.]+) ms CPU/.exec(result.stderr);
  if (match === null) throw new Error(`no timing for ${file}: ${result.stderr}`);
  return Number(match[1]);
}

const rows = [];
for (const name of readdirSync(programsDir).sort()) {
  if (!name.endsWith('.py') || !name.includes(filter)) continue;
  const file = join(programsDir, name);
  let on = Number.POSITIVE_INFINITY;
  let off = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    on = Math.min(on, warmCpu(file, false));
    off = Math.min(off, warmCpu(file, true));
  }
  rows.push({ name: name.replace(/\.py$/, ''), on, off, ratio: on / off });
  console.log(
    `${name.replace(/\.py$/, '').padEnd(22)}${on.toFixed(1).padStart(9)} ms ${off.toFixed(1).padStart(9)} ms  ${((on / off - 1) * 100).toFixed(1)}%`,
  );
}
const geo = Math.exp(rows.reduce((sum, row) => sum + Math.log(row.ratio), 0) / rows.length);
console.log(`geometric mean cost of the default limits: ${((geo - 1) * 100).toFixed(1)}%`);
