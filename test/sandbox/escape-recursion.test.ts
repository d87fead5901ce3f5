// Raising the recursion limit does not let a program overflow the host's stack: unbounded recursion
// through __repr__, __eq__, __hash__, __getattr__, plain calls and nested sort keys ends in a
// RecursionError the program can catch, and the run goes on.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = [
  'import sys',
  'sys.setrecursionlimit(10**6)',
  'class R:',
  '    def __repr__(self):',
  '        return repr(R())',
  'def attempt(label, fn):',
  '    try:',
  '        fn()',
  "        print(label, 'ok')",
  '    except BaseException as e:',
  "        print(label, '!!', type(e).__name__, str(e)[:80])",
  "attempt('repr', lambda: repr(R()))",
  'class E:',
  '    def __eq__(self, other):',
  '        return E() == E()',
  "attempt('eq', lambda: E() == E())",
  'def f(n):',
  '    return f(n + 1)',
  "attempt('python recursion', lambda: f(0))",
  'class K:',
  '    def __hash__(self):',
  '        return hash(K())',
  "attempt('hash', lambda: hash(K()))",
  'class G:',
  '    def __getattr__(self, name):',
  '        return getattr(G(), name)',
  "attempt('getattr', lambda: G().x)",
  "attempt('sorted key', lambda: sorted([1, 2], key=lambda x: sorted([1, 2], key=lambda y: f(0))))",
  "print('alive')",
].join('\n');

describe('deep recursion with sys.setrecursionlimit(10**6)', () => {
  it('every kind of unbounded recursion is a RecursionError, never a host stack overflow', () => {
    const result = run(PROGRAM, { filename: 'main.py' });
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout: [
        'repr !! RecursionError maximum recursion depth exceeded',
        'eq !! RecursionError maximum recursion depth exceeded',
        'python recursion !! RecursionError maximum recursion depth exceeded',
        'hash !! RecursionError maximum recursion depth exceeded',
        'getattr !! RecursionError maximum recursion depth exceeded',
        'sorted key !! RecursionError maximum recursion depth exceeded',
        'alive',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });
});
