// Differential conformance harness: runs every test/conformance/cases/*.py in-process under Pyex and
// compares whole stdout, stderr and exit status with CPython's recording in expected/ (made by
// scripts/record-conformance.py). Layout and rules: README.md beside this file.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/api/run.js';
import { decodeSource } from '../../src/parser/source-encoding.js';
import type { FileSource } from '../../src/vm/import-system.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES_DIR = join(HERE, 'cases');
const EXPECTED_DIR = join(HERE, 'expected');
const FAILURES_FILE = join(HERE, 'expected-failures.txt');

/** How a case is executed; `snapshot` (pause/serialize/resume at host calls) is planned, not built. */
const MODES = ['run'] as const;
type Mode = (typeof MODES)[number];

/** Guards against a case that loops forever under Pyex (~3 s of looping; cases need far less). */
const INSTRUCTION_BUDGET = 20_000_000;
/** Output beyond this is dropped (a runaway print loop must not exhaust the test worker). */
const OUTPUT_CAP = 1 << 20;

/** What a run produced, in the shape of the golden files. */
interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function selectedMode(): Mode {
  const requested = process.env.PYEX_CONFORMANCE_MODE ?? 'run';
  const mode = MODES.find((candidate) => candidate === requested);
  if (mode === undefined) throw new Error(`unknown PYEX_CONFORMANCE_MODE: ${requested}`);
  return mode;
}

/** Reads modules next to the cases from disk (tests may use node:fs; the library may not). */
class CaseFileSource implements FileSource {
  readText(path: string): string | null {
    try {
      return decodeSource(readFileSync(path), path).text;
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
}

/** Collects a stream up to OUTPUT_CAP characters. */
class Capture {
  private chunks: string[] = [];
  private size = 0;

  write(text: string): void {
    if (this.size > OUTPUT_CAP) return;
    this.chunks.push(text);
    this.size += text.length;
  }

  text(): string {
    const joined = this.chunks.join('');
    return this.size > OUTPUT_CAP ? `${joined}\n[output truncated by the harness]\n` : joined;
  }
}

/** Strips the case directory from paths, as scripts/record-conformance.py does for CPython. */
function normalise(text: string): string {
  return text.split(`${CASES_DIR}/`).join('').split(CASES_DIR).join('.');
}

function runCase(name: string, mode: Mode): Outcome {
  const file = join(CASES_DIR, `${name}.py`);
  // An optional `<case>.stdin` beside the case is its standard input (empty otherwise).
  const stdinFile = join(CASES_DIR, `${name}.stdin`);
  const stdout = new Capture();
  const stderr = new Capture();
  let exitCode: number;
  switch (mode) {
    case 'run': {
      let source: string;
      try {
        source = decodeSource(readFileSync(file), file).text;
      } catch (error) {
        return { stdout: '', stderr: `${(error as Error).message}\n`, exitCode: 1 };
      }
      try {
        exitCode = run(source, {
          filename: file,
          argv: [`${name}.py`],
          path: [CASES_DIR],
          files: new CaseFileSource(),
          stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
          instructionBudget: INSTRUCTION_BUDGET,
          stdout: (text) => stdout.write(text),
          stderr: (text) => stderr.write(text),
        }).exitCode;
      } catch (error) {
        // run() promises never to throw; if it does, that is a Pyex bug and the case fails.
        stderr.write(`harness: run() threw: ${String(error)}\n`);
        exitCode = 70;
      }
      break;
    }
  }
  return { stdout: normalise(stdout.text()), stderr: normalise(stderr.text()), exitCode };
}

/** Reads `case_name  # reason` lines; blank lines and lines starting with `#` are ignored. */
function readExpectedFailures(): Map<string, string> {
  const listed = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(FAILURES_FILE, 'utf8');
  } catch {
    return listed;
  }
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const hash = trimmed.indexOf('#');
    const name = (hash < 0 ? trimmed : trimmed.slice(0, hash)).trim();
    listed.set(name, hash < 0 ? '' : trimmed.slice(hash + 1).trim());
  }
  return listed;
}

/** A one-line description of the first difference, used as the reason for new list entries. */
function firstDifference(expected: Outcome, actual: Outcome): string {
  const lastLine = (text: string) => text.trimEnd().split('\n').pop() ?? '';
  if (expected.stdout !== actual.stdout) {
    const want = expected.stdout.split('\n');
    const got = actual.stdout.split('\n');
    let index = 0;
    while (index < want.length && want[index] === got[index]) index++;
    const gotLine = index < got.length ? JSON.stringify(got[index]) : 'end of output';
    const wantLine = index < want.length ? JSON.stringify(want[index]) : 'end of output';
    const crash = actual.stderr === '' ? '' : ` (stderr: ${lastLine(actual.stderr).slice(0, 120)})`;
    const line = `stdout line ${index + 1}`;
    return `${line}: expected ${wantLine.slice(0, 100)}, got ${gotLine.slice(0, 100)}${crash}`;
  }
  if (expected.stderr !== actual.stderr) {
    const wantLast = lastLine(expected.stderr);
    const gotLast = lastLine(actual.stderr);
    if (wantLast !== gotLast) {
      const want = JSON.stringify(wantLast).slice(0, 120);
      return `stderr: expected ${want}, got ${JSON.stringify(gotLast).slice(0, 120)}`;
    }
    return 'traceback differs (same final line)';
  }
  return `exit status: expected ${expected.exitCode}, got ${actual.exitCode}`;
}

const mode = selectedMode();
const filter = process.env.PYEX_CONFORMANCE_FILTER ?? '';
const showListed = process.env.PYEX_CONFORMANCE_SHOW === '1';
const allCases = readdirSync(CASES_DIR)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();
const cases = allCases.filter((name) => name.includes(filter));
const expectedFailures = readExpectedFailures();
/** Per-case results, written to PYEX_CONFORMANCE_RESULTS for scripts/update-expected-failures.mjs. */
const results = new Map<string, { passed: boolean; difference: string }>();

describe(`conformance vs CPython 3.11 (mode: ${mode})`, () => {
  for (const name of cases) {
    test(name, () => {
      const expected = JSON.parse(
        readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8'),
      ) as Outcome;
      const actual = runCase(name, mode);
      const passed =
        actual.stdout === expected.stdout &&
        actual.stderr === expected.stderr &&
        actual.exitCode === expected.exitCode;
      results.set(name, { passed, difference: passed ? '' : firstDifference(expected, actual) });
      if (expectedFailures.has(name) && !showListed) {
        if (passed) {
          throw new Error(`${name} passes now: remove it from expected-failures.txt`);
        }
        return;
      }
      expect(actual).toEqual(expected);
    });
  }

  test('every case has a golden file and every listed failure is a case', () => {
    const goldens = new Set(
      readdirSync(EXPECTED_DIR)
        .filter((file) => file.endsWith('.json'))
        .map((file) => file.slice(0, -5)),
    );
    expect(allCases.filter((name) => !goldens.has(name))).toEqual([]);
    expect([...goldens].filter((name) => !allCases.includes(name))).toEqual([]);
    expect([...expectedFailures.keys()].filter((name) => !allCases.includes(name))).toEqual([]);
  });

  test('results file for update-expected-failures', () => {
    const target = process.env.PYEX_CONFORMANCE_RESULTS;
    if (target === undefined) return;
    writeFileSync(target, `${JSON.stringify(Object.fromEntries(results), null, 1)}\n`);
  });
});
