// Matrix parity: the programs in programs/ (operator, format-spec and method matrices) print one
// line per cell; CPython's lines are recorded by scripts/record-parity-matrices.py into golden/.
// Pyex must print the same lines, cell for cell, except the cells listed in
// golden/<matrix>.divergences.txt (known differences; the list must stay exact, so a fixed cell
// must leave it: PYEX_UPDATE_PARITY=1 rewrites the lists from a run).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadParityGolden, runPyex } from './run-pyex.js';

interface MatrixGolden {
  readonly program: string;
  readonly lines: readonly string[];
}

/** The matrices checked, by golden file name (without `.json`). */
const MATRICES = ['operator-matrix', 'format-matrix', 'method-matrix'] as const;

/** The known divergent cells of a matrix (CPython's line of each), empty when none are listed. */
function knownDivergences(name: string): string[] {
  const file = new URL(`./golden/${name}.divergences.txt`, import.meta.url);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** CPython's lines of the cells where Pyex printed something else. */
function divergentCells(expected: readonly string[], got: readonly string[]): string[] {
  const divergent: string[] = [];
  const count = Math.max(expected.length, got.length);
  for (let index = 0; index < count; index++) {
    if (expected[index] !== got[index]) divergent.push(expected[index] ?? `<extra> ${got[index]}`);
  }
  return divergent;
}

describe('built-in behaviour matrices match CPython 3.11', () => {
  for (const name of MATRICES) {
    test(name, () => {
      const golden = loadParityGolden<MatrixGolden>(`${name}.json`);
      const source = readFileSync(new URL(`./programs/${golden.program}`, import.meta.url), 'utf8');
      const output = runPyex(source);
      expect(output.stderr).toBe('');
      const lines = output.stdout.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const divergent = divergentCells(golden.lines, lines);
      if (process.env.PYEX_UPDATE_PARITY === '1') {
        const file = new URL(`./golden/${name}.divergences.txt`, import.meta.url);
        writeFileSync(file, divergent.length === 0 ? '' : `${divergent.join('\n')}\n`);
      }
      expect(divergent).toEqual(knownDivergences(name));
    }, 120_000);
  }
});
