// The heap estimate's two walks (bounding and exact) and the memory limit they enforce when the heap
// grows through allocations the interpreter does not count (small tuples appended in a loop).

import { describe, expect, test } from 'vitest';
import { estimateHeap } from '../../src/api/heap-size.js';
import { run } from '../../src/api/run.js';
import { Engine } from '../../src/api/runner.js';

/** An engine that ran `source` without limits, for walking its heap. */
function engineAfter(source: string): Engine {
  const engine = new Engine({ filename: 'main.py', limits: { memoryBytes: 'none' } });
  const result = engine.runSource(source, 'main.py');
  expect(result.exitCode).toBe(0);
  return engine;
}

describe('heap walks', () => {
  test('without shared leaves the bounding walk finds what the exact walk finds', () => {
    const engine = engineAfter(
      'rows = [(i, i * 2) for i in range(50)]\nfloats = [0.5 * i for i in range(20)]\n' +
        'words = ["word number %d" % i for i in range(30)]\nnested = [[1, 2], [3, 4], {"k": [5]}]',
    );
    const exact = estimateHeap(engine.interp, engine.main);
    const bound = estimateHeap(engine.interp, engine.main, true);
    expect(bound.bytes).toBe(exact.bytes);
  });

  test('a shared scalar tuple counts once per reference in the bound, once in the exact walk', () => {
    const engine = engineAfter('t = (1, 2)\nshared = [t, t, t]');
    const exact = estimateHeap(engine.interp, engine.main);
    const bound = estimateHeap(engine.interp, engine.main, true);
    // Three more references to a 72-byte tuple (40 for the object, 32 for its two-slot array).
    expect(bound.bytes - exact.bytes).toBe(3 * 72);
  });

  test('uncounted growth (small tuples appended in a loop) still ends at the memory limit', () => {
    const source = 'rows = []\nwhile True:\n    rows.append((len(rows), 0))';
    const options = { filename: 'main.py', limits: { memoryBytes: 5_000_000 } } as const;
    const first = run(source, options);
    const again = run(source, options);
    const bytes = first.stats.peakMemory;
    expect([first.stderr, first.error?.kind, first.exitCode]).toEqual([
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n' +
        '    rows.append((len(rows), 0))\n' +
        `MemoryError: memory limit exceeded: the program holds about ${bytes} bytes (limit 5000000 bytes)\n`,
      'limit',
      1,
    ]);
    // The first periodic walk (after 2**20 instructions) catches it, the same way every run.
    expect([first.stats.instructions, again.stats.peakMemory]).toEqual([1 << 20, bytes]);
  });

  test('a short run is measured at its end', () => {
    const small = run('x = [1.5] * 10');
    const bigger = run('x = [1.5] * 10\ny = [2.5] * 10');
    // The second list: 40 + 16 + 10 * 8 bytes; 10 references to one 40-byte float (a leaf, counted
    // at each reference); one more globals entry: a key slot, a value slot, three index-map slots.
    expect(bigger.stats.peakMemory - small.stats.peakMemory).toBe(40 + 16 + 80 + 400 + 5 * 8);
  });

  test('measurePeakMemory: false skips the walk at the end (the largest allocation stands)', () => {
    const source = 'rows = [[0] * 100 for _ in range(50)]\nprint(len(rows))';
    const measured = run(source);
    const unmeasured = run(source, { measurePeakMemory: false });
    // 50 lists of 100 slots and the list holding them, walked at the end; else one 800-byte array.
    expect([measured.stdout, measured.stats.peakMemory]).toEqual(['50\n', 44_220]);
    expect([unmeasured.stdout, unmeasured.stats.peakMemory]).toEqual(['50\n', 800]);
  });
});
