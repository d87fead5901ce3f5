// Replays programs made by the differential fuzzer (scripts/fuzz-differential.mjs --record) under Pyex
// and compares their whole stdout with CPython's recording, so CI checks them without python3.
// Known divergences are listed in expected-failures.txt; a listed program that passes fails the run.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/api/run.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS_FILE = join(HERE, 'golden', 'seed-1.json');
const FAILURES_FILE = join(HERE, 'expected-failures.txt');

/** One recorded program: its index in the seed, its source, CPython's stdout. */
interface RecordedProgram {
  readonly index: number;
  readonly source: string;
  readonly stdout: string;
}

interface Corpus {
  readonly seed: number;
  readonly programs: readonly RecordedProgram[];
}

/**
 * Runs a program as the fuzz driver does: stdout, then `UNCAUGHT <traceback>` if it failed (the
 * whole traceback, without warnings printed before it).
 */
function runLikeDriver(source: string): string {
  let out = '';
  let err = '';
  const result = run(source, {
    filename: '<fuzz>',
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    instructionBudget: 50_000_000,
  });
  if (result.error === null) return out;
  if (result.error.kind === 'internal') return `${out}INTERNAL ${result.error.message}\n`;
  let start = err.search(/^Traceback \(most recent call last\):$/m);
  if (start < 0) start = err.search(/^ {2}File "/m);
  return `${out}UNCAUGHT ${err.slice(Math.max(start, 0)).trimEnd()}\n`;
}

function expectedFailures(): Map<number, string> {
  const failures = new Map<number, string>();
  for (const line of readFileSync(FAILURES_FILE, 'utf8').split('\n')) {
    const match = /^seed-1:(\d+)\s+#\s*(.*)$/.exec(line.trim());
    if (match !== null) failures.set(Number(match[1]), match[2] ?? '');
  }
  return failures;
}

const corpus = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as Corpus;
const failures = expectedFailures();

describe(`fuzz corpus (seed ${corpus.seed}, ${corpus.programs.length} programs)`, () => {
  for (const program of corpus.programs) {
    const reason = failures.get(program.index);
    test(`program ${program.index}${reason === undefined ? '' : ' (expected failure)'}`, () => {
      const actual = runLikeDriver(program.source);
      if (reason === undefined) {
        expect(actual).toBe(program.stdout);
      } else {
        expect(actual, `listed as failing (${reason}) but passes: remove it`).not.toBe(
          program.stdout,
        );
      }
    });
  }
});
