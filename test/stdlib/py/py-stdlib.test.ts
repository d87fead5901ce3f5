// The stdlib modules written in Python (src/stdlib/py): py-sources.ts must be their up-to-date
// embedding, and every case in cases/ must print under Pyex what CPython printed (expected/, from
// scripts/record-py-stdlib.py), except the cases listed in expected-failures.txt.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { run } from '../../../src/api/run.js';
import { PY_STDLIB_SOURCES } from '../../../src/stdlib/py-sources.js';
import { checkExpectedFailures } from '../expected-failures.js';

const root = new URL('../../../', import.meta.url).pathname;
const here = `${root}test/stdlib/py/`;

/** Guards against a case that loops forever under Pyex. */
const INSTRUCTION_BUDGET = 200_000_000;

test('py-sources.ts equals what scripts/embed-py-stdlib.mjs generates from src/stdlib/py', () => {
  const generated = execFileSync('node', [`${root}scripts/embed-py-stdlib.mjs`, '--stdout'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const committed = readFileSync(`${root}src/stdlib/py-sources.ts`, 'utf8');
  expect(committed === generated).toBe(true);
});

test('packages and their submodules are embedded under dotted names', () => {
  const shape = ['collections', 'collections.abc', 'json', 'json.decoder', 'json.encoder'].map(
    (name) => [name, PY_STDLIB_SOURCES.get(name)?.isPackage],
  );
  expect(shape).toEqual([
    ['collections', true],
    ['collections.abc', false],
    ['json', true],
    ['json.decoder', false],
    ['json.encoder', false],
  ]);
});

/** Output of one case under Pyex, in the recorder's format (stdout, then the exit line). */
function runUnderPyex(name: string): string {
  const source = readFileSync(`${here}cases/${name}.py`, 'utf8');
  const out: string[] = [];
  const err: string[] = [];
  const result = run(source, {
    filename: `${name}.py`,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    instructionBudget: INSTRUCTION_BUDGET,
  });
  let text = out.join('');
  if (result.exitCode !== 0) {
    const lines = err
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '');
    text += `--- exit ${result.exitCode}: ${lines[lines.length - 1] ?? ''}\n`;
  }
  return text;
}

/** The first line where two outputs differ, for the failure reason. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let index = 0; index < Math.max(want.length, got.length); index++) {
    if (want[index] !== got[index]) {
      const clip = (line: string | undefined) => (line ?? '<none>').slice(0, 160);
      return `line ${index + 1}: expected ${JSON.stringify(clip(want[index]))}, got ${JSON.stringify(clip(got[index]))}`;
    }
  }
  return 'outputs differ';
}

test('every case prints under Pyex what it printed under CPython', () => {
  const names = readdirSync(`${here}cases`)
    .filter((file) => file.endsWith('.py'))
    .map((file) => file.slice(0, -3))
    .sort();
  const failures = new Map<string, string>();
  for (const name of names) {
    const expected = readFileSync(`${here}expected/${name}.txt`, 'utf8');
    let actual: string;
    try {
      actual = runUnderPyex(name);
    } catch (error) {
      failures.set(name, `harness error: ${String(error).split('\n')[0]}`);
      continue;
    }
    if (actual !== expected) failures.set(name, firstDifference(expected, actual));
  }
  const report = checkExpectedFailures(`${here}expected-failures.txt`, names.length, failures);
  expect({
    unexpectedFailures: report.unexpectedFailures,
    unexpectedPasses: report.unexpectedPasses,
  }).toEqual({ unexpectedFailures: [], unexpectedPasses: [] });
}, 600_000);
