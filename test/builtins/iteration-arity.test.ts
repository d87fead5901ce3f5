// any()/all() argument errors: METH_O functions in CPython ("takes exactly one argument"). Expected
// output recorded from CPython 3.11.7 running the same program.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const program = `
for s in ["all()", "any([],[])", "all(x=1)", "any([], x=1)", "all([1,0])", "any(iter([0,2]))"]:
    try:
        print(s, "->", eval(s))
    except TypeError as e:
        print(s, "->", e)
`;

const expected = `all() -> all() takes exactly one argument (0 given)
any([],[]) -> any() takes exactly one argument (2 given)
all(x=1) -> all() takes no keyword arguments
any([], x=1) -> any() takes no keyword arguments
all([1,0]) -> False
any(iter([0,2])) -> True
`;

describe('any/all arity', () => {
  it('reports argument errors as CPython does', () => {
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
