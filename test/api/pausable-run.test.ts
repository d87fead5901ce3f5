// start/restore take run()'s options and give run()'s result: inputs and the last expression's value,
// limits over all slices, capabilities whose state (memory filesystem, cwd, seeded entropy, virtual
// clock) survives a snapshot. Expected outputs were recorded from python3 (CPython 3.11) in a temp dir.

import { describe, expect, test } from 'vitest';
import {
  type DoneRun,
  type RunState,
  restore,
  type StartOptions,
  start,
} from '../../src/api/pausable-run.js';
import { run } from '../../src/api/run.js';

/** Runs to the end, snapshotting and restoring (with `again` options) at every pause. */
function throughSnapshots(
  source: string,
  options: StartOptions,
  again: Parameters<typeof restore>[1] = {},
): { done: DoneRun; stdout: string; pauses: number } {
  let state: RunState = start(source, options);
  let stdout = state.stdout;
  let pauses = 0;
  while (state.status === 'paused') {
    pauses++;
    state = restore(state.snapshot(), again).resume();
    stdout += state.stdout;
  }
  if (state.status !== 'done') throw new Error('stopped at a host call');
  return { done: state, stdout, pauses };
}

/** Waits `ms` milliseconds without returning to the event loop. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('start takes run() options and gives run() results', () => {
  test('inputs and the last expression value', () => {
    const state = start('x = n * 2\n{"x": x, "items": items[::-1]}', {
      inputs: { n: 20, items: [1, 2, 3] },
      dicts: 'object',
    });
    expect(state.status).toBe('done');
    const done = state as DoneRun;
    expect([done.exitCode, done.error, done.value, done.stdout, done.stderr]).toEqual([
      0,
      null,
      { x: 40, items: [3, 2, 1] },
      '',
      '',
    ]);
  });

  test('the value survives pauses and a snapshot inside the last expression', () => {
    const source =
      'def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nf(100) + f(50)\n';
    const { done, pauses } = throughSnapshots(source, { pauseAfter: 10 });
    expect([done.value, done.exitCode]).toEqual([6175, 0]);
    expect(pauses).toBeGreaterThanOrEqual(15);
  });

  test('stats.instructions over all slices equals run()', () => {
    const source = 'total = 0\nfor i in range(500):\n    total += i\ntotal\n';
    const whole = run(source);
    const { done } = throughSnapshots(source, { pauseAfter: 37 });
    expect([done.value, done.stats.instructions]).toEqual([124750, whole.stats.instructions]);
  });

  test('the instruction limit counts over all slices and reports as run() does', () => {
    const source = 'while True:\n    pass\n';
    const whole = run(source, { limits: { instructions: 1000 } });
    const { done, pauses } = throughSnapshots(source, {
      limits: { instructions: 1000 },
      pauseAfter: 100,
    });
    expect(pauses).toBe(9);
    expect([done.exitCode, done.error?.kind, done.error?.typeName, done.error?.message]).toEqual([
      1,
      'limit',
      whole.error?.typeName,
      whole.error?.message,
    ]);
    expect(done.stderr).toBe(whole.stderr);
  });

  test('a PyexError with frames and column, as run() gives', () => {
    const source = 'def f(n):\n    return 10 // n\nfor i in range(50): pass\nf(0)\n';
    const { done } = throughSnapshots(source, { filename: 'main.py', pauseAfter: 5 });
    expect(done.error?.frames).toEqual([
      { filename: 'main.py', lineno: 4, name: '<module>', line: 'f(0)' },
      { filename: 'main.py', lineno: 2, name: 'f', line: 'return 10 // n' },
    ]);
    expect([done.error?.lineno, done.error?.column, done.error?.typeName]).toEqual([
      2,
      12,
      'ZeroDivisionError',
    ]);
    expect(done.stderr).toBe(`Traceback (most recent call last):
  File "main.py", line 4, in <module>
    f(0)
  File "main.py", line 2, in f
    return 10 // n
           ~~~^^~~
ZeroDivisionError: integer division or modulo by zero
`);
  });

  test('time while paused does not count against limits.durationMs', () => {
    const source = 'for i in range(3000):\n    pass\nprint("end")\n';
    let state: RunState = start(source, { limits: { durationMs: 300 }, pauseAfter: 500 });
    let stdout = state.stdout;
    let pauses = 0;
    while (state.status === 'paused') {
      pauses++;
      sleepSync(80);
      state = state.resume();
      stdout += state.stdout;
    }
    expect([state.status, stdout, pauses >= 4]).toEqual(['done', 'end\n', true]);
    expect((state as DoneRun).error).toBe(null);
  });
});

describe('snapshots keep the sandbox state', () => {
  test('the memory filesystem and cwd survive a snapshot', () => {
    const source = `with open('data.txt', 'w') as f:
    f.write('hello')
import os
os.makedirs('d/e')
os.chdir('d')
total = 0
for i in range(300):
    total += i
print(open('../data.txt').read(), os.listdir('.'), total)
`;
    const { stdout, pauses } = throughSnapshots(source, { pauseAfter: 50 });
    expect(pauses).toBeGreaterThanOrEqual(5);
    // python3, run in an empty directory:
    expect(stdout).toBe("hello ['e'] 44850\n");
  });

  test('seeded random, os.urandom and a virtual clock continue after a restore', () => {
    const source = `import random, os, time
a = [random.random() for _ in range(2)]
t0 = time.time()
for i in range(300):
    pass
b = [random.random() for _ in range(2)]
print(a, b, os.urandom(4).hex(), time.time() - t0 > 0)
`;
    const options = { seed: 42, virtualClock: true } as const;
    const whole = run(source, options);
    const { stdout, pauses } = throughSnapshots(source, { ...options, pauseAfter: 40 });
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(stdout).toBe(whole.stdout);
    expect(whole.stdout).toMatch(/^\[0\.\d+, 0\.\d+\] \[0\.\d+, 0\.\d+\] [0-9a-f]{8} True\n$/);
  });

  test('the instruction limit and what was spent survive a snapshot', () => {
    const source = 'n = 0\nwhile True:\n    n += 1\n';
    const { done } = throughSnapshots(source, { limits: { instructions: 700 }, pauseAfter: 64 });
    expect([done.exitCode, done.error?.kind, done.stats.instructions]).toEqual([1, 'limit', 700]);
  });

  test('the time limit holds inside a re-entrant loop that outlasts a prompt slice', () => {
    // sum() drives the generator re-entrantly: no pause can happen until it returns, so the time
    // limit must be checked there (it ran for minutes before).
    const began = Date.now();
    let state: RunState = start('print(sum(x for x in range(10**9)))', {
      pauseAfter: 1000,
      limits: { durationMs: 200, instructions: 'none' },
    });
    let resumes = 0;
    while (state.status === 'paused' && resumes < 10_000) {
      state = state.resume();
      resumes++;
    }
    const elapsed = Date.now() - began;
    if (state.status !== 'done') throw new Error('expected the end');
    expect([state.exitCode, state.error?.kind, state.error?.message, resumes]).toEqual([
      1,
      'limit',
      'ResourceLimitError: time limit exceeded (200 ms)',
      0,
    ]);
    expect(elapsed).toBeLessThan(20_000);
  });
});
