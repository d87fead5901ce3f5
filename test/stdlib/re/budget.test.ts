// The matcher's limits: catastrophic patterns stop by the step budget, deep backtracking stays off
// the JS stack, and the backtracking memory bound raises MemoryError.

import { describe, expect, it } from 'vitest';
import { PythonError } from '../../../src/objects/python-error.js';
import { compileRegex } from '../../../src/stdlib/re/re-compiler.js';
import { prepareSubject, regexMatch, regexSearch } from '../../../src/stdlib/re/re-engine.js';
import { regexFindall, regexSplit } from '../../../src/stdlib/re/re-iterate.js';

class BudgetExceeded extends Error {}

function budget(limit: number): { charge: (steps: number) => void; used: () => number } {
  let used = 0;
  return {
    charge: (steps: number) => {
      used += steps;
      if (used > limit) throw new BudgetExceeded(`budget of ${limit} steps exceeded`);
    },
    used: () => used,
  };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  return null;
}

describe('step budget', () => {
  const catastrophic: [string, string][] = [
    ['(a+)+$', `${'a'.repeat(30)}b`],
    ['(a|aa)*c', 'a'.repeat(40)],
    ['(x+x+)+y', 'x'.repeat(40)],
    ['^(\\w+\\s?)*$', `${'word '.repeat(12)}!`],
    ['(?:a*)*b', 'a'.repeat(35)],
    ['(.*a){20}', 'a'.repeat(40)],
  ];
  for (const [pattern, text] of catastrophic) {
    it(`stops ${pattern} by budget within a bounded time`, () => {
      const program = compileRegex(pattern, 0);
      const limit = budget(200_000);
      const started = Date.now();
      const err = thrown(() =>
        regexSearch(program, prepareSubject(text), 0, text.length, { charge: limit.charge }),
      );
      expect(err).toBeInstanceOf(BudgetExceeded);
      expect(String(err)).toBe('Error: budget of 200000 steps exceeded');
      expect(Date.now() - started).toBeLessThan(5000);
    });
  }

  it('charges in chunks of about a thousand steps and flushes the rest', () => {
    const program = compileRegex('(a|b)*c', 0);
    const calls: number[] = [];
    const text = 'ab'.repeat(150);
    const result = regexSearch(program, prepareSubject(text), 0, text.length, {
      charge: (steps) => calls.push(steps),
    });
    expect(result).toBe(null);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.slice(0, -1).every((steps) => steps >= 1024 && steps < 2048 + text.length)).toBe(
      true,
    );
  });

  it('charges compilation work, so huge case-folded sets stop by budget', () => {
    const limit = budget(1_000_000);
    const err = thrown(() =>
      compileRegex(`(?i)${'[\\x00-\\uffff]'.repeat(2000)}`, 0, { charge: limit.charge }),
    );
    expect(String(err)).toBe('Error: budget of 1000000 steps exceeded');
  });

  it('charges literal scans of long subjects', () => {
    const program = compileRegex('needle', 0);
    const limit = budget(Number.MAX_SAFE_INTEGER);
    const text = `${'hay'.repeat(100_000)}needle`;
    const match = regexSearch(program, prepareSubject(text), 0, text.length, {
      charge: limit.charge,
    });
    expect(Array.from(match!.regs)).toEqual([300_000, 300_006]);
    expect(limit.used()).toBeGreaterThanOrEqual(100_000);
  });
});

describe('explicit backtracking stack', () => {
  it('matches a 200,000-character alternation loop without JS recursion', () => {
    const program = compileRegex('(?:ab|ba)*c', 0);
    const text = `${'ab'.repeat(100_000)}c`;
    const match = regexMatch(program, prepareSubject(text), 0, text.length, 'match');
    expect(Array.from(match!.regs)).toEqual([0, 200_001]);
  });

  it('keeps the last iteration of a capture in a long loop', () => {
    const program = compileRegex('(?:(a)|(b))*', 0);
    const text = 'ab'.repeat(50_000);
    const match = regexMatch(program, prepareSubject(text), 0, text.length, 'fullmatch');
    expect(Array.from(match!.regs)).toEqual([0, 100_000, 99_998, 99_999, 99_999, 100_000]);
    expect(match!.lastindex).toBe(2);
  });

  it('raises MemoryError past the backtracking memory bound', () => {
    const program = compileRegex('(?:ab|ba)*c', 0);
    const text = 'ab'.repeat(100_000);
    const err = thrown(() =>
      regexMatch(program, prepareSubject(text), 0, text.length, 'match', {
        maxStackWords: 100_000,
      }),
    );
    expect(err).toBeInstanceOf(PythonError);
    expect((err as PythonError).typeName).toBe('MemoryError');
    expect((err as PythonError).message).toBe(
      'regular expression backtracking exceeded the memory limit',
    );
  });

  it('splits and finds all over long inputs', () => {
    const text = 'x,'.repeat(20_000);
    const program = compileRegex(',', 0);
    expect(regexSplit(program, prepareSubject(text)).length).toBe(20_001);
    expect(regexFindall(compileRegex('x', 0), prepareSubject(text)).length).toBe(20_000);
  });

  it('refuses absurd nesting with RecursionError instead of overflowing the JS stack', () => {
    const err = thrown(() => compileRegex(`${'('.repeat(5000)}a${')'.repeat(5000)}`, 0));
    expect(err).toBeInstanceOf(PythonError);
    expect([(err as PythonError).typeName, (err as PythonError).message]).toEqual([
      'RecursionError',
      'maximum recursion depth exceeded',
    ]);
  });
});
