// sum() over ints past 2**53 (bigints), mixed with floats, complex, int subclasses and errors: the
// small ints added to a big total are summed first, which must not change any result. Expected
// output recorded from CPython 3.11.7 running the same program.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const program =
  "big = 2**53\nprint(sum([big, 1, 2, 3]), sum([big, 1, 2.5, 3]), sum([big, -big, 5]), sum([big, -big - 1, -1]))\nprint(sum(iter([2**62, 2**52, 2**52, 2**52, 1.5])), sum([2**60] * 10 + [3] * 5), sum([-2**60, 2**59, 2**59]))\nprint(sum([big, 2**52, 2**52, 2**52, 2**52]), sum([big, True, 1]), sum(x * x for x in range(2_000_00)))\nprint(sum([10**30, 1, -10**30]), type(sum([10**30, 1, -10**30])), sum([big, 1], 0.5), sum([1, 2], big))\nclass I(int): pass\nprint(sum([big, I(5), 1]), sum([big, 1, 2j]), sum([big, 1, (x for x in [])].__class__ is list and [1] or [2]))\ntry: sum([big, 1, 'a'])\nexcept TypeError as e: print(e)\n";

const expected =
  "9007199254740998 9007199254740996.0 5 -2\n4.625196817309499e+18 11529215046068469775 0\n27021597764222976 9007199254740994 2666646666700000\n1 <class 'int'> 9007199254740992.0 9007199254740995\n9007199254740998 (9007199254740992+2j) 1\nunsupported operand type(s) for +: 'int' and 'str'\n";

describe('sum of big ints', () => {
  it('gives the results of CPython when small ints follow a bigint total', () => {
    const out: string[] = [];
    const result = run(program, {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
    });
    expect({ exitCode: result.exitCode, output: out.join('') }).toEqual({
      exitCode: 0,
      output: expected,
    });
  });
});
