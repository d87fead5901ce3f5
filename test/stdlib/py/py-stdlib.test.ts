// Checks that src/stdlib/py-sources.ts is the up-to-date embedding of src/stdlib/py/**.py.
// Running the cases under Pyex itself waits for the VM's import of Python-written modules; until
// then scripts/check-py-stdlib-under-cpython.py runs them under CPython with our modules shadowing.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { PY_STDLIB_SOURCES } from '../../../src/stdlib/py-sources.js';

const root = new URL('../../../', import.meta.url).pathname;

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
