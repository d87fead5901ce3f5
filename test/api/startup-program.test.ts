// One compiled Program run in fresh interpreters one after another: the code objects (and their
// inline caches) a Program carries are shared by the runs, and no run sees another's classes,
// globals or rebound builtins. Expected output recorded from python3 (n=3, then n=10).

import { describe, expect, test } from 'vitest';
import { compile } from '../../src/api/program.js';
import { run } from '../../src/api/run.js';

const SOURCE = `class Point:
    def __init__(self, x):
        self.x = x
    def double(self):
        return Point(self.x * 2)
def total(items):
    return sum(p.double().x for p in items)
points = [Point(i) for i in range(n)]
print(total(points), len(points), type(points[0]).__name__)
len = lambda items: -1
print(len(points))
`;

describe('a compiled program across fresh interpreters', () => {
  test('each run starts clean and computes its own result', () => {
    const program = compile(SOURCE, { filename: 'points.py' });
    const outputs = [3, 10, 3].map((n) => {
      const result = run(program, { inputs: { n } });
      return [result.exitCode, result.stdout];
    });
    expect(outputs).toEqual([
      [0, '6 3 Point\n-1\n'],
      [0, '90 10 Point\n-1\n'],
      [0, '6 3 Point\n-1\n'],
    ]);
  });

  test('the same source run as text gives the same output', () => {
    expect(run(SOURCE, { inputs: { n: 10 } }).stdout).toBe('90 10 Point\n-1\n');
  });
});
