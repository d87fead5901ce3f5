// Pausing a run every N instructions, snapshotting it, restoring into a fresh interpreter and finishing:
// the output must be what python3 prints (recorded below) and what an uninterrupted run prints, the
// instruction limit must fall at the same point, and no pause may happen inside a re-entrant call.

import { describe, expect, test } from 'vitest';
import {
  type DoneRun,
  type RunState,
  restore,
  SnapshotError,
  type StartOptions,
  start,
} from '../../../src/api/pausable-run.js';
import type { Frame } from '../../../src/vm/frame.js';
import { restoreInterpreter, snapshotInterpreter } from '../../../src/vm/snapshot/vm-snapshot.js';

/** A program touching classes, recursion, generators, handled exceptions, sorted(key=), cycles. */
const PROGRAM = `import sys

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(child.total() for child in self.children)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n -= received
        n -= 1
    return 'liftoff'

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
shared = [1, 2]
data = {'a': shared, 'b': shared, 'tree': tree}
data['self'] = data
gen = countdown(10)
print(next(gen), gen.send(2))
try:
    raise ValueError('kept while handling')
except ValueError:
    for i in range(30):
        if i % 10 == 0:
            print(i, fib(i // 2), sys.exception())
    words = sorted(['pear', 'fig', 'apple', 'kiwi'], key=lambda word: (len(word), word))
print(words, tree.total(), data['a'] is data['b'], data['self'] is data)
print(list(gen))
print({n: n * n for n in range(8) if n % 2}, sum(x * x for x in range(200)))
print(f'{3.5:>8.2f}|{-0.0}|{2**70}|{1e300*1e10}')
acc = 0
for i in range(1200):
    acc = (acc * 31 + i) % 1000003
print(acc)
`;

/** What python3 (CPython 3.11) prints for PROGRAM. */
const PROGRAM_OUTPUT = `10 7
0 0 kept while handling
10 5 kept while handling
20 55 kept while handling
['fig', 'kiwi', 'pear', 'apple'] 10 True True
[6, 5, 4, 3, 2, 1]
{1: 1, 3: 9, 5: 25, 7: 49} 2646700
    3.50|-0.0|1180591620717411303424|inf
544688
`;

interface Finished {
  readonly done: DoneRun;
  readonly stdout: string;
  readonly stderr: string;
  readonly pauses: number;
}

/** Runs to the end, taking a snapshot at every pause and continuing from a restored copy. */
function runThroughSnapshots(
  source: string,
  pauseAfter: number | undefined,
  options: StartOptions = {},
  inspect: (bytes: Uint8Array) => void = () => {},
): Finished {
  let state: RunState = start(source, {
    ...options,
    ...(pauseAfter === undefined ? {} : { pauseAfter }),
  });
  let stdout = state.stdout;
  let stderr = state.stderr;
  let pauses = 0;
  while (state.status === 'paused') {
    pauses++;
    const bytes = state.snapshot();
    inspect(bytes);
    state = restore(bytes, pauseAfter === undefined ? {} : { pauseAfter }).resume();
    stdout += state.stdout;
    stderr += state.stderr;
  }
  if (state.status !== 'done') throw new Error('stopped at a host call');
  return { done: state, stdout, stderr, pauses };
}

describe('pause, snapshot, restore, finish', () => {
  test('an uninterrupted run prints what python3 prints', () => {
    const run = runThroughSnapshots(PROGRAM, undefined);
    expect([run.stdout, run.stderr, run.done.exitCode, run.pauses]).toEqual([
      PROGRAM_OUTPUT,
      '',
      0,
      0,
    ]);
  });

  for (const every of [1, 7, 100, 1000]) {
    test(`paused every ${every} instructions it prints the same`, () => {
      const run = runThroughSnapshots(PROGRAM, every);
      expect([run.stdout, run.stderr, run.done.exitCode]).toEqual([PROGRAM_OUTPUT, '', 0]);
      expect(run.pauses).toBeGreaterThanOrEqual(Math.floor(1200 / every));
    });
  }

  test('dicts keep every kind of key across restores (the str/int/float index is rebuilt)', () => {
    const source = `class Name(str):
    pass

d = {'a': 1, 2: 'two', 1.5: 'float', True: 'bool', (1, 2): 'tuple', Name('n'): 'sub', 2**70: 'big'}
for i in range(40):
    d[f'k{i}'] = i
for i in range(0, 40, 3):
    del d[f'k{i}']
del d['a']
total = 0
for i in range(200):
    total += i
print(d[1], d[1.0], d[2], d[2.0], d[1.5], d[(1, 2)], d['n'], d[Name('n')], d[2**70], d.get('a'))
print(len(d), [k for k in d if isinstance(k, str)][:6], d['k1'], d.get('k3'), 'k39' in d)
d['a'] = 'again'
d[3] = 'three'
print(list(d.items())[-3:], total)
`;
    // python3 (CPython 3.11) prints:
    const expected = `bool bool two two float tuple sub sub big None
32 ['n', 'k1', 'k2', 'k4', 'k5', 'k7'] 1 None False
[('k38', 38), ('a', 'again'), (3, 'three')] 19900
`;
    for (const every of [1, 9, 100]) {
      const run = runThroughSnapshots(source, every);
      expect([run.stdout, run.stderr, run.done.exitCode]).toEqual([expected, '', 0]);
    }
  });

  test('a paused run resumed in place (no snapshot) prints the same', () => {
    let state: RunState = start(PROGRAM, { pauseAfter: 3 });
    let stdout = state.stdout;
    while (state.status === 'paused') {
      state = state.resume();
      stdout += state.stdout;
    }
    expect(stdout).toBe(PROGRAM_OUTPUT);
  });

  test('no pause happens while a native calls back into Python (sorted key, map, __eq__)', () => {
    const source = `
class Key:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        t = 0
        for i in range(20): t += i
        return self.v < other.v
print(sorted(range(30), key=lambda v: Key(-v))[:5])
print(list(map(lambda v: sum(range(v)), range(10))))
`;
    const chains: number[] = [];
    const run = runThroughSnapshots(source, 1, {}, (bytes) => {
      const interp = restoreInterpreter(bytes, {
        stdout: { write: () => {} },
        stderr: { write: () => {} },
        files: null,
      });
      // Every frame above the module frame was pushed by the loop itself (none is a native's entry).
      let entries = 0;
      for (let frame: Frame | null = interp.pausedFrame; frame !== null; frame = frame.parent) {
        if (frame.isEntry) entries++;
      }
      chains.push(entries);
    });
    expect(run.stdout).toBe('[29, 28, 27, 26, 25]\n[0, 0, 1, 3, 6, 10, 15, 21, 28, 36]\n');
    expect(new Set(chains)).toEqual(new Set([1]));
    expect(run.pauses).toBeGreaterThan(5);
  });

  test('the instruction limit falls at the same point with or without pauses', () => {
    const source = 'n = 0\nwhile True:\n    n += 1\n    if n % 1000 == 0: print(n)\n';
    const options = { instructionBudget: 5000 };
    const plain = runThroughSnapshots(source, undefined, options);
    const sliced = runThroughSnapshots(source, 333, options);
    expect(plain.stdout).toBe('1000\n2000\n3000\n4000\n');
    expect(plain.done.error?.kind).toBe('limit');
    expect([sliced.stdout, sliced.stderr, sliced.done.exitCode]).toEqual([
      plain.stdout,
      plain.stderr,
      plain.done.exitCode,
    ]);
    expect(sliced.pauses).toBe(15);
  });

  test('standard input, uncaught tracebacks and exit codes carry over', () => {
    const source = `
import sys
first = input()
total = 0
for i in range(300):
    total += i
print(first, total, sys.stdin.readline().strip())
def fail(x):
    return {}[x]
fail('missing')
`;
    const options = { stdin: 'alpha\nbeta\n', filename: 'prog2.py' };
    const plain = runThroughSnapshots(source, undefined, options);
    const sliced = runThroughSnapshots(source, 5, options);
    expect(plain.stdout).toBe('alpha 44850 beta\n');
    expect(plain.stderr).toBe(
      `Traceback (most recent call last):
  File "prog2.py", line 10, in <module>
    fail('missing')
  File "prog2.py", line 9, in fail
    return {}[x]
           ~~^^^
KeyError: 'missing'
`,
    );
    expect([sliced.stdout, sliced.stderr, sliced.done.exitCode]).toEqual([
      plain.stdout,
      plain.stderr,
      1,
    ]);
  });

  test('SystemExit after a restore ends with its code', () => {
    const source = 'import sys\nfor i in range(100): pass\nsys.exit(3)\n';
    const sliced = runThroughSnapshots(source, 10);
    expect([sliced.done.exitCode, sliced.done.error, sliced.pauses > 0]).toEqual([3, null, true]);
  });

  test('a paused run is used once', () => {
    const paused = start('while True: pass', { pauseAfter: 10 });
    if (paused.status !== 'paused') throw new Error('expected a pause');
    paused.snapshot();
    paused.resume();
    expect(() => paused.resume()).toThrow('this paused run was already resumed (resume)');
    expect(() => paused.snapshot()).toThrow('this paused run was already resumed (snapshot)');
  });

  test('restore rejects bytes that are not a snapshot with a SnapshotError', () => {
    const bad = new TextEncoder().encode('PYEXSNAP but not really a snapshot');
    expect(() => restore(bad)).toThrow(SnapshotError);
    expect(() => restore(bad)).toThrow('snapshot format version');
  });

  test('a budget ended by no known limit is rejected (it once made resume loop forever)', () => {
    const paused = start('while True: pass', { pauseAfter: 10 });
    if (paused.status !== 'paused') throw new Error('expected a pause');
    const sink = { write(): void {} };
    const interp = restoreInterpreter(paused.snapshot(), {
      stdout: sink,
      stderr: sink,
      files: null,
    });
    (interp as { budgetCause: string }).budgetCause = 'globals';
    expect(() => restore(snapshotInterpreter(interp))).toThrow(
      new SnapshotError('invalid snapshot: malformed budget cause'),
    );
  });
});
