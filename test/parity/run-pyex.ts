// Runs a Python program under Pyex in-process and returns its whole output, for the parity tests
// (dir() manifest, operator matrix, format-spec matrix) that compare Pyex with CPython's goldens.
import { readFileSync } from 'node:fs';
import { run } from '../../src/api/run.js';

/** What a run printed and how it ended. */
export interface PyexOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs `source` under Pyex with a generous instruction budget (the matrices run many cells). */
export function runPyex(source: string): PyexOutput {
  let stdout = '';
  let stderr = '';
  const result = run(source, {
    filename: '<parity>',
    instructionBudget: 400_000_000,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { stdout, stderr, exitCode: result.exitCode };
}

/** Reads a golden JSON file from test/parity/golden. */
export function loadParityGolden<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8')) as T;
}
