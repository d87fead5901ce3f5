// Expected-failure lists for golden tests: a case listed there may fail, a listed case that passes
// fails the run (so the list only shrinks). UPDATE_EXPECTED_FAILURES=1 rewrites the list.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The outcome of checking goldens against an expected-failure list. */
export interface FailureReport {
  total: number;
  passed: number;
  unexpectedFailures: string[];
  unexpectedPasses: string[];
}

/**
 * Compares the failing case keys with the list at `path`. Lines are case keys; text after a tab
 * is a comment (the reason).
 */
export function checkExpectedFailures(
  path: string,
  total: number,
  failures: Map<string, string>,
): FailureReport {
  if (process.env.UPDATE_EXPECTED_FAILURES === '1') {
    const lines = [...failures].map(([key, reason]) => `${key}\t${reason}`);
    writeFileSync(path, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  }
  const listed = new Set<string>();
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      listed.add(line.split('\t')[0]!);
    }
  }
  const unexpectedFailures: string[] = [];
  for (const [key, reason] of failures) {
    if (!listed.has(key)) unexpectedFailures.push(`${key}: ${reason}`);
  }
  const unexpectedPasses = [...listed].filter((key) => !failures.has(key));
  return { total, passed: total - failures.size, unexpectedFailures, unexpectedPasses };
}
