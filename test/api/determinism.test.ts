// Determinism: with a seed and a virtual clock, random, hash(), uuid4, os.urandom, time and datetime
// give the same values on every run, bit for bit; the event log lists each nondeterministic input.

import { describe, expect, test } from 'vitest';
import { type RunState, restore, start } from '../../src/api/pausable-run.js';
import { run } from '../../src/api/run.js';

const PROGRAM = [
  'import random, time, uuid, os, datetime',
  'print(random.random(), random.randint(1, 100))',
  "print(hash('abc'), hash(b'xyz'))",
  'print(uuid.uuid4())',
  'print(os.urandom(4).hex())',
  'print(time.time(), time.monotonic(), time.perf_counter())',
  'print(datetime.datetime.now().isoformat(), datetime.date.today())',
  'time.sleep(2)',
  'print(time.time(), time.time_ns())',
  "print(time.strftime('%Y-%m-%d %H:%M:%S', time.localtime()))",
  'print(random.Random().random(), random.SystemRandom().random())',
].join('\n');

const EXPECTED = [
  '0.5785294937582189 27',
  '-7459679063432183616 7039114969275589674',
  '86702410-1239-4758-9bbc-2ae7f735e3b1',
  'c03e8e86',
  '1704067200.0 0.001 0.002',
  '2024-01-01T00:00:00.003000 2024-01-01',
  '1704067202.005 1704067202006000000',
  '2024-01-01 00:00:02',
  '0.7276871122405971 0.13099194638888478',
  '',
].join('\n');

describe('seed and virtual clock', () => {
  test('two runs print the same, bit for bit', () => {
    const first = run(PROGRAM, { seed: 7, virtualClock: true });
    const second = run(PROGRAM, { seed: 7, virtualClock: true });
    expect(first.stdout).toBe(EXPECTED);
    expect(second.stdout).toBe(first.stdout);
    expect(second.events).toEqual(first.events);
  });

  test('another seed gives other values', () => {
    const other = run(PROGRAM, { seed: 8, virtualClock: true }).stdout;
    expect(other.split('\n')[0]).not.toBe(EXPECTED.split('\n')[0]);
  });

  test('the virtual clock starts where told and ticks as told', () => {
    const result = run('import time\nprint(time.time(), time.time(), time.monotonic_ns())', {
      virtualClock: { startMs: Date.UTC(2030, 0, 2, 3, 4, 5), tickNanoseconds: 500_000_000 },
    });
    expect(result.stdout).toBe('1893553445.0 1893553445.5 1000000000\n');
  });

  test('the event log records the seed, clock readings, sleeps and entropy draws', () => {
    // (Seeding the random module would add a 624-word draw, logged by size only.)
    const result = run(
      'import time, os\ntime.time()\ntime.sleep(1.5)\ntime.monotonic()\nos.urandom(8)',
      {
        seed: 3,
        virtualClock: true,
      },
    );
    const summary = result.events.map((event) =>
      event.kind === 'entropy'
        ? { kind: 'entropy', count: event.count, logged: event.words !== null }
        : event,
    );
    expect(summary).toEqual([
      { kind: 'seed', seed: 3 },
      { kind: 'time', clock: 'epoch', nanoseconds: 1_704_067_200_000_000_000n },
      { kind: 'sleep', nanoseconds: 1_500_000_000n },
      { kind: 'time', clock: 'monotonic', nanoseconds: 1_501_000_000n },
      { kind: 'entropy', count: 2, logged: true },
    ]);
  });

  test('file reads are logged with their path and size', () => {
    const result = run(
      'with open("/a.txt", "w") as f:\n    f.write("hello")\nwith open("/a.txt") as f:\n    f.read()',
    );
    expect(result.events.filter((event) => event.kind === 'file-read')).toEqual([
      { kind: 'file-read', path: '/a.txt', bytes: 5 },
    ]);
  });

  test('recordEvents: false keeps no log', () => {
    expect(run('import time\ntime.time()', { recordEvents: false }).events).toEqual([]);
  });

  const IDENTITIES = [
    'class Item:',
    '    def __init__(self, n):',
    '        self.n = n',
    'items = [Item(n) for n in range(20)]',
    'first = [id(item) for item in items[:5]]',
    'print(first == sorted(first), len(set(id(item) for item in items)))',
    'print(first)',
    'print([item.n for item in set(items)])',
    'print(sorted(hash(item) for item in items[:3]) == sorted(hash(item) for item in items[:3]))',
  ].join('\n');

  test('two identical runs in one process give the same id()s and set order of instances', () => {
    const first = run(IDENTITIES, { seed: 1, virtualClock: true });
    // Another run in between hands out ids of its own, which must not shift the next run's.
    run('objects = [object() for _ in range(100)]\nprint(len({id(o) for o in objects}))');
    const second = run(IDENTITIES, { seed: 1, virtualClock: true });
    const lines = first.stdout.split('\n');
    expect(lines[0]).toBe('True 20');
    expect(JSON.parse(lines[2]!).sort((a: number, b: number) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index),
    );
    expect(second.stdout).toBe(first.stdout);
  });

  test('ids given after a snapshot/restore are those of an uninterrupted run', () => {
    const source = [
      'class Item:',
      '    pass',
      'before = [Item() for _ in range(3)]',
      'print([id(item) for item in before])',
      'total = 0',
      'for i in range(300):',
      '    total += i',
      'after = [Item() for _ in range(3)]',
      'print([id(item) for item in after], [id(item) for item in before])',
      'print([n for n, _ in sorted(enumerate(set(before + after)), key=lambda pair: id(pair[1]))])',
    ].join('\n');
    const plain = run(source).stdout;
    let state: RunState = start(source, { pauseAfter: 50 });
    let stdout = state.stdout;
    while (state.status === 'paused') {
      state = restore(state.snapshot()).resume();
      stdout += state.stdout;
    }
    expect(stdout).toBe(plain);
    expect(plain.split('\n').length).toBe(4);
  });

  test('built-ins keep one id in every run and across restores (dicts keyed by types work)', () => {
    const source = [
      'registry = {(ValueError, "x"): "found", len: "len", int: "int"}',
      'ids = (id(ValueError), id(len), id(()))',
      'total = 0',
      'for i in range(300):',
      '    total += i',
      'print(registry[(ValueError, "x")], registry[len], registry[int], ids == (id(ValueError), id(len), id(())))',
      'print({ValueError, KeyError, len} == {len, KeyError, ValueError}, total)',
    ].join('\n');
    const expected = 'found len int True\nTrue 44850\n';
    expect(run(source).stdout).toBe(expected);
    const ids = 'print(id(ValueError), id(len), id(()))';
    expect(run(ids).stdout).toBe(run(ids).stdout);
    let state: RunState = start(source, { pauseAfter: 50 });
    let stdout = state.stdout;
    while (state.status === 'paused') {
      state = restore(state.snapshot()).resume();
      stdout += state.stdout;
    }
    expect(stdout).toBe(expected);
  });

  test('built-ins hash alike in constants folded at compile time and at run time', () => {
    const source = [
      's = set({80, 203, None, 1.5, ...})',
      'x = ...',
      'print(None in s, ... in s, x in {..., 1}, x in frozenset({..., 2}))',
      't = set(s); t.symmetric_difference_update([None, ...]); print(sorted(t))',
    ].join('\n');
    // python3 (CPython 3.11) prints:
    expect(run(source).stdout).toBe('True True True True\n[1.5, 80, 203]\n');
  });
});
