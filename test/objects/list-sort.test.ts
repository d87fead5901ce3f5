// list.sort/sorted/min/max against CPython 3.11: each program in sort-programs/ runs under Pyex and
// its whole stdout must equal CPython's (recorded by scripts/record-sort-goldens.py into golden/).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/api/run.js';
import { loadGolden } from './golden-cases.js';

const PROGRAMS = new URL('./sort-programs/', import.meta.url);

function runProgram(source: string): { stdout: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const result = run(source, {
    filename: '<sort>',
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  if (result.exitCode !== 0) stdout += stderr;
  return { stdout, exitCode: result.exitCode };
}

describe('sorting matches CPython 3.11', () => {
  const names = readdirSync(PROGRAMS)
    .filter((name) => name.endsWith('.py'))
    .map((name) => name.slice(0, -3))
    .sort();
  for (const name of names) {
    test(`${name} prints what CPython prints`, () => {
      const golden = loadGolden<{ stdout: string }>(`sort-${name}.json`);
      const source = readFileSync(new URL(`${name}.py`, PROGRAMS), 'utf8');
      const outcome = runProgram(source);
      expect(outcome.stdout).toBe(golden.stdout);
      expect(outcome.exitCode).toBe(0);
    }, 60_000);
  }
});
