// Every invalid snippet of the golden corpus must fail in parse() with CPython 3.11's exact
// exception type, message and location (recorded by scripts/record-syntax-errors.py).
// Cases listed in golden/syntax-errors/expected-failures.txt must still fail: when one starts to
// pass, this test fails until it is removed from the list, so the list only shrinks.
// UPDATE_EXPECTED_FAILURES=1 rewrites that list from the current results.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseEval } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';

const DIR = join(import.meta.dirname, 'golden/syntax-errors');
const FAILURES_FILE = join(DIR, 'expected-failures.txt');

interface Case {
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  /** Recorded for some groups only (the source text the error shows); compared when present. */
  readonly text?: string | null;
  /** `'eval'` for eval input (parsed with parseEval); exec input otherwise. */
  readonly mode?: 'eval';
}

type Outcome = Omit<Case, 'id' | 'source'> | { readonly outcome: string };

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];

/** Expected failures: `id reason...` per line; `#` starts a comment line. */
function readExpectedFailures(): Map<string, string> {
  const failures = new Map<string, string>();
  for (const line of readFileSync(FAILURES_FILE, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const space = trimmed.indexOf(' ');
    const id = space < 0 ? trimmed : trimmed.slice(0, space);
    failures.set(id, space < 0 ? '' : trimmed.slice(space + 1));
  }
  return failures;
}

/** What parse() does with the source, in the recorded fields (`text` when `withText`). */
function outcome(source: string, withText = false, mode: 'exec' | 'eval' = 'exec'): Outcome {
  try {
    if (mode === 'eval') parseEval(source);
    else parse(source);
    return { outcome: 'parsed without error' };
  } catch (error) {
    if (!(error instanceof PySyntaxError)) {
      return { outcome: `threw ${String(error)}` };
    }
    return {
      type: error.type,
      msg: error.msg,
      lineno: error.lineno,
      offset: error.offset,
      end_lineno: error.endLineno,
      end_offset: error.endOffset,
      ...(withText ? { text: error.text } : {}),
    };
  }
}

function expected(testCase: Case): Outcome {
  const { id: _id, source: _source, mode: _mode, ...fields } = testCase;
  return fields;
}

function describeOutcome(result: Outcome): string {
  if ('outcome' in result) return result.outcome;
  return `${result.type}: ${result.msg} at ${result.lineno}:${result.offset}-${result.end_lineno}:${result.end_offset}`;
}

const expectedFailures = readExpectedFailures();

if (process.env.UPDATE_EXPECTED_FAILURES === '1') {
  const lines = [
    '# Syntax-error cases parse() does not match yet: id, then what it gives instead.',
    '# Regenerate with UPDATE_EXPECTED_FAILURES=1 npx vitest run test/parser/syntax-errors.test.ts',
  ];
  for (const testCase of cases) {
    const result = outcome(testCase.source, 'text' in testCase, testCase.mode);
    if (JSON.stringify(result) !== JSON.stringify(expected(testCase))) {
      lines.push(`${testCase.id} got ${describeOutcome(result)}`);
    }
  }
  writeFileSync(FAILURES_FILE, `${lines.join('\n')}\n`);
}

describe('syntax errors match CPython 3.11', () => {
  it('lists only known cases as expected failures', () => {
    const ids = new Set(cases.map((testCase) => testCase.id));
    expect([...expectedFailures.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const testCase of cases) {
    const reason = expectedFailures.get(testCase.id);
    const title = `${testCase.id}: ${JSON.stringify(testCase.source).slice(0, 50)}`;
    if (reason === undefined) {
      it(`${title} fails like CPython`, () => {
        expect(outcome(testCase.source, 'text' in testCase, testCase.mode)).toEqual(
          expected(testCase),
        );
      });
    } else {
      it(`${title} is still an expected failure (${reason})`, () => {
        const result = outcome(testCase.source, 'text' in testCase, testCase.mode);
        expect(
          JSON.stringify(result) === JSON.stringify(expected(testCase))
            ? `${testCase.id} now passes: remove it from expected-failures.txt`
            : 'still failing',
        ).toBe('still failing');
      });
    }
  }
});
