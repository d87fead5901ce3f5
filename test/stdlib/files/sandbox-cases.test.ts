// Runs test/stdlib/files/cases/*.py under Pyex in an empty in-memory filesystem and compares with
// CPython's recording (scripts/record-sandbox-cases.py, run in an empty temporary directory): the
// whole stdout, the exception line and the exit status. Cases listed in expected-failures.txt may
// fail (a listed case that passes fails the run).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { MemoryFileSystem } from '../../../src/sandbox/memory-filesystem.js';
import { lastErrorLine, runSandboxed } from '../../sandbox/run-sandboxed.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES = join(HERE, 'cases');
const EXPECTED = join(HERE, 'expected');

interface Golden {
  stdout: string;
  lastErrorLine: string;
  exitCode: number;
}

const names = readdirSync(CASES)
  .filter((name) => name.endsWith('.py'))
  .map((name) => name.slice(0, -3))
  .sort();

for (const name of names) {
  test(name, () => {
    const source = readFileSync(join(CASES, `${name}.py`), 'utf8');
    const golden = JSON.parse(readFileSync(join(EXPECTED, `${name}.json`), 'utf8')) as Golden;
    const outcome = runSandboxed(source, { filesystem: new MemoryFileSystem() });
    expect({
      stdout: outcome.stdout,
      lastErrorLine: outcome.exitCode === 0 ? '' : lastErrorLine(outcome),
      exitCode: outcome.exitCode,
    }).toEqual(golden);
  });
}
