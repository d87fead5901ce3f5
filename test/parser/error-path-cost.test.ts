// The parser's error paths re-read what follows a failure (CPython's second pass, emulated):
// nested failures must stay cheap, so a small statement never takes exponential time to reject.
// Messages recorded from CPython 3.11.7.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';

function rejection(source: string): [string, number, number] {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof PySyntaxError) return [error.msg, error.lineno, error.offset];
    throw error;
  }
  throw new Error('parsed');
}

describe('nested failures on error paths', () => {
  it('rejects 14 nested unclosed sets after a name quickly', () => {
    const started = performance.now();
    expect(rejection(`im${'{port '.repeat(14)}`)).toEqual(["'{' was never closed", 1, 81]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects 100 nested dict keys quickly', () => {
    const started = performance.now();
    expect(rejection(`x = ${'{1: 2, '.repeat(100)}x`)).toEqual(["'{' was never closed", 1, 698]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
