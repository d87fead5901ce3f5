// Matrix parity: the programs in programs/ (operator matrix, format-spec matrix) print one line per
// cell; CPython's lines are recorded by scripts/record-parity-matrices.py into golden/. Pyex must
// print the same lines, cell for cell.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadParityGolden, runPyex } from './run-pyex.js';

interface MatrixGolden {
  readonly program: string;
  readonly lines: readonly string[];
}

/** The matrices checked, by golden file name (without `.json`). */
const MATRICES = ['operator-matrix', 'format-matrix'] as const;

/** Cells whose lines differ, as `expected | got` (empty when the matrices agree). */
function divergentCells(expected: readonly string[], got: readonly string[]): string[] {
  const divergent: string[] = [];
  const count = Math.max(expected.length, got.length);
  for (let index = 0; index < count; index++) {
    if (expected[index] !== got[index]) {
      divergent.push(`${expected[index] ?? '<missing>'} | ${got[index] ?? '<missing>'}`);
    }
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
      expect(divergentCells(golden.lines, lines)).toEqual([]);
    }, 120_000);
  }
});
