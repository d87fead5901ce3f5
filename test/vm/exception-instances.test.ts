// Calling exception classes: BaseException's own __new__/__init__ (made directly), classes that
// override either, OSError's errno subclass choice, keyword errors. Expected output recorded from
// CPython 3.11.7 running the same program.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const program =
  "class Invalid(Exception):\n    pass\nclass WithInit(Exception):\n    def __init__(self, a, b=2):\n        super().__init__(a)\n        self.b = b\nprint(repr(Invalid(1, 2)), Invalid().args, Invalid('x').args, str(Invalid('m')))\ne = WithInit(5); print(e.args, e.b)\nprint(repr(ValueError('bad')), repr(KeyError('k')), str(KeyError('k')))\nprint(type(OSError(2, 'nope')).__name__, OSError(2, 'nope').errno)\nprint(StopIteration(3).value)\ntry:\n    Invalid(x=1)\nexcept TypeError as t: print(t)\ntry:\n    raise Invalid('z')\nexcept Invalid as z: print(z.args, z.__traceback__ is not None)\nclass S(ValueError):\n    def __new__(cls, *a):\n        o = super().__new__(cls, *a); o.tag = 1; return o\nprint(S(1).tag, S(1).args)\n";

const expected =
  "Invalid(1, 2) () ('x',) m\n(5,) 2\nValueError('bad') KeyError('k') 'k'\nFileNotFoundError 2\n3\nInvalid() takes no keyword arguments\n('z',) True\n1 (1,)\n";

describe('exception instances', () => {
  it('are made as CPython makes them', () => {
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
