// Every resource limit of the run API: each hit from Python loops and from native loops, each with
// its own error, none of them swallowed by except/finally/__exit__/generators, and 'none' disabling
// one. Expected texts are Pyex's own (CPython has no such limits) except where noted.

import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/api/limits.js';
import { run } from '../../src/api/run.js';

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  kind: string | null;
  typeName: string | null;
}

function runLimited(source: string, limits: Limits): Outcome {
  const result = run(source, { filename: 'main.py', limits });
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    kind: result.error?.kind ?? null,
    typeName: result.error?.typeName ?? null,
  };
}

function limitOutcome(stdout: string, traceback: string, typeName: string): Outcome {
  return { stdout, stderr: traceback, exitCode: 1, kind: 'limit', typeName };
}

const INSTRUCTIONS = 'ResourceLimitError: instruction limit exceeded (1000 instructions)\n';

describe('defaults', () => {
  test('the default limits', () => {
    expect(DEFAULT_LIMITS).toEqual({
      instructions: 1_000_000_000,
      durationMs: 30_000,
      memoryBytes: 268_435_456,
      recursion: 1000,
      outputBytes: 16_777_216,
      intDigits: 4300,
    });
  });

  test('an unknown limit or a negative value is a TypeError for the host', () => {
    expect(() => run('1', { limits: { steps: 5 } as unknown as Limits })).toThrow(
      "unknown limit 'steps' (known: instructions, durationMs, memoryBytes, recursion, outputBytes, intDigits)",
    );
    expect(() => run('1', { limits: { durationMs: -1 } })).toThrow(
      "limit 'durationMs' must be a non-negative number or 'none'",
    );
  });
});

describe('instructions', () => {
  test('a Python loop', () => {
    expect(runLimited('n = 0\nwhile True:\n    n += 1', { instructions: 1000 })).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    while True:\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test('sorted with a key function', () => {
    expect(
      runLimited('x = sorted(range(10**7), key=lambda v: -v)', { instructions: 1000 }),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    x = sorted(range(10**7), key=lambda v: -v)\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test('str.join over a generator', () => {
    expect(
      runLimited('x = ",".join(str(i) for i in range(10**7))', { instructions: 1000 }),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    x = ",".join(str(i) for i in range(10**7))\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File "main.py", line 1, in <genexpr>\n    x = ",".join(str(i) for i in range(10**7))\n                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test('sum and max over generators', () => {
    for (const call of ['sum', 'max']) {
      const source = `x = ${call}(i * 2 for i in range(10**8))`;
      const outcome = runLimited(source, { instructions: 1000 });
      expect([outcome.kind, outcome.stderr.split('\n').slice(0, 3)]).toEqual([
        'limit',
        [
          'Traceback (most recent call last):',
          '  File "main.py", line 1, in <module>',
          `    ${source}`,
        ],
      ]);
      expect(outcome.stderr.endsWith(INSTRUCTIONS)).toBe(true);
    }
  });

  test("'none' disables it", () => {
    expect(
      runLimited('for i in range(5000):\n    pass\nprint("done")', { instructions: 'none' }),
    ).toEqual({ stdout: 'done\n', stderr: '', exitCode: 0, kind: null, typeName: null });
  });
});

// With the instruction budget spent, a handler stops at its first call or backward jump (each one
// raises the limit error again), so nothing it does can continue the program.
describe('the limit error cannot be swallowed', () => {
  test('a bare except inside a loop', () => {
    expect(
      runLimited(
        'while True:\n    try:\n        while True:\n            pass\n    except:\n        print("caught")',
        { instructions: 1000 },
      ),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    while True:\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test('except BaseException and a looping finally', () => {
    expect(
      runLimited(
        'try:\n    try:\n        while True: pass\n    except BaseException as e:\n        print(type(e).__name__)\nfinally:\n    print("finally")\n    while True: pass',
        { instructions: 1000 },
      ),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    while True: pass\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test('__exit__ returning True', () => {
    expect(
      runLimited(
        'class Guard:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        print("exit", exc[0].__name__)\n        return True\nwith Guard():\n    while True: pass\nprint("after")',
        { instructions: 1000 },
      ),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 8, in <module>\n    while True: pass\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });

  test("a generator's finally", () => {
    expect(
      runLimited(
        'def gen():\n    try:\n        yield 1\n        while True: pass\n    finally:\n        print("gen finally")\n        yield 2\nfor x in gen():\n    pass\nprint("after")',
        { instructions: 1000 },
      ),
    ).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 8, in <module>\n    for x in gen():\n  File "main.py", line 4, in gen\n    while True: pass\n${INSTRUCTIONS}`,
        'ResourceLimitError',
      ),
    );
  });
});

describe('durationMs', () => {
  test('a Python loop stops at the deadline', () => {
    const started = Date.now();
    const outcome = runLimited('def spin():\n    while True:\n        pass\nspin()', {
      durationMs: 50,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcome).toEqual(
      limitOutcome(
        '',
        'Traceback (most recent call last):\n  File "main.py", line 4, in <module>\n    spin()\n  File "main.py", line 2, in spin\n    while True:\nResourceLimitError: time limit exceeded (50 ms)\n',
        'ResourceLimitError',
      ),
    );
  });

  test('a generator driven by a native loop (min over a genexpr)', () => {
    expect(runLimited('x = min(i for i in range(10**9))', { durationMs: 50 })).toEqual(
      limitOutcome(
        '',
        'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    x = min(i for i in range(10**9))\n        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nResourceLimitError: time limit exceeded (50 ms)\n',
        'ResourceLimitError',
      ),
    );
  });

  test('one native operation that outlasts the deadline still fails the run', () => {
    expect(runLimited('x = 3 ** (10 ** 6)\ny = x * x\nprint("done")', { durationMs: 5 })).toEqual(
      limitOutcome(
        'done\n',
        'ResourceLimitError: time limit exceeded (5 ms)\n',
        'ResourceLimitError',
      ),
    );
  });

  test('the result reports the time used', () => {
    const result = run('while True: pass', { limits: { durationMs: 30 } });
    expect(result.stats.durationMs).toBeGreaterThanOrEqual(30);
    expect(result.stats.durationMs).toBeLessThan(1000);
  });
});

describe('memoryBytes', () => {
  test.each([
    ['x = [0] * (10**9)', '~~~~^~~~~~~~~', 8_000_000_000],
    ['x = "ab" * (10**8)', '~~~~~^~~~~~~~~', 400_000_000],
    ['x = bytes(10**8)', '^^^^^^^^^^^^', 100_000_000],
  ])('%s', (source, carets, bytes) => {
    expect(runLimited(source, { memoryBytes: 1_000_000 })).toEqual(
      limitOutcome(
        '',
        `Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    ${source}\n        ${carets}\nMemoryError: cannot allocate ${bytes} bytes: memory limit is 1000000 bytes\n`,
        'MemoryError',
      ),
    );
  });

  test('except MemoryError cannot go on: its first call raises again', () => {
    expect(
      runLimited(
        'try:\n    x = [0] * (10**9)\nexcept MemoryError:\n    print("handler")\nprint("after")',
        {
          memoryBytes: 1_000_000,
        },
      ),
    ).toEqual(
      limitOutcome(
        '',
        'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    x = [0] * (10**9)\n        ~~~~^~~~~~~~~\nMemoryError: cannot allocate 8000000000 bytes: memory limit is 1000000 bytes\n',
        'MemoryError',
      ),
    );
  });

  test('many small allocations: the heap estimate passes the limit', () => {
    const result = run('rows = []\nwhile True:\n    rows.append([0] * 100)', {
      filename: 'main.py',
      limits: { memoryBytes: 5_000_000 },
    });
    expect([result.stderr, result.error?.kind, result.stats.peakMemory]).toEqual([
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    rows.append([0] * 100)\nMemoryError: memory limit exceeded: the program holds about 5184260 bytes (limit 5000000 bytes)\n',
      'limit',
      5_184_260,
    ]);
  });

  test('what no machine could allocate stays a catchable MemoryError, as in CPython', () => {
    expect(
      runLimited('try:\n    [0] * (2**62)\nexcept MemoryError:\n    print("caught")', {}),
    ).toEqual({
      stdout: 'caught\n',
      stderr: '',
      exitCode: 0,
      kind: null,
      typeName: null,
    });
  });
});

describe('recursion', () => {
  test('the recursion limit is the initial sys.getrecursionlimit()', () => {
    const outcome = runLimited(
      'import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)',
      {
        recursion: 50,
      },
    );
    expect([outcome.stdout, outcome.kind, outcome.typeName]).toEqual([
      '50\n',
      'limit',
      'RecursionError',
    ]);
    expect(outcome.stderr.split('\n').slice(-3)).toEqual([
      '  [Previous line repeated 46 more times]',
      'RecursionError: maximum recursion depth exceeded',
      '',
    ]);
  });
});

describe('recursion inside native code', () => {
  test.each([
    [
      'repr of a deep list',
      'x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)',
      '  File "main.py", line 4, in <module>\n    repr(x)\nRecursionError: maximum recursion depth exceeded while getting the repr of an object\n',
    ],
    [
      '== of deep lists',
      'x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx == y',
      '  File "main.py", line 6, in <module>\n    x == y\nRecursionError: maximum recursion depth exceeded in comparison\n',
    ],
  ])('%s is a RecursionError, not a host stack overflow', (_name, source, tail) => {
    const result = run(source, { filename: 'main.py' });
    expect([result.stderr, result.error?.kind]).toEqual([
      `Traceback (most recent call last):\n${tail}`,
      'limit',
    ]);
  });
});

describe('outputBytes', () => {
  test('a print loop', () => {
    expect(runLimited('while True:\n    print("y" * 99)', { outputBytes: 250 })).toEqual(
      limitOutcome(
        `${'y'.repeat(99)}\n${'y'.repeat(99)}\n`,
        'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    print("y" * 99)\nResourceLimitError: output limit exceeded (250 bytes)\n',
        'ResourceLimitError',
      ),
    );
  });

  test('one big write is refused whole; stderr counts too; UTF-8 bytes are counted', () => {
    expect(
      runLimited('import sys\nprint("é" * 10, file=sys.stderr)\nsys.stdout.write("z" * 5000)', {
        outputBytes: 100,
      }),
    ).toEqual(
      limitOutcome(
        '',
        `${'é'.repeat(10)}\nTraceback (most recent call last):\n  File "main.py", line 3, in <module>\n    sys.stdout.write("z" * 5000)\nResourceLimitError: output limit exceeded (100 bytes)\n`,
        'ResourceLimitError',
      ),
    );
  });
});

describe('intDigits', () => {
  test('the default is CPython 4300 digits', () => {
    expect(runLimited('print(len(str(10**5000)))', {})).toEqual({
      stdout: '',
      stderr:
        'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    print(len(str(10**5000)))\n              ^^^^^^^^^^^^^\nValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n',
      exitCode: 1,
      kind: 'python',
      typeName: 'ValueError',
    });
  });

  test("configurable, and 'none' disables it", () => {
    expect(
      runLimited('import sys\nprint(sys.get_int_max_str_digits(), len(str(10**5000)))', {
        intDigits: 6000,
      }).stdout,
    ).toBe('6000 5001\n');
    expect(
      runLimited('import sys\nprint(sys.get_int_max_str_digits(), len(str(10**5000)))', {
        intDigits: 'none',
      }).stdout,
    ).toBe('0 5001\n');
  });
});

describe('limits reset per run', () => {
  test('two runs each get the whole instruction budget', () => {
    const source = 'for i in range(800):\n    pass\nprint("ok")';
    expect([
      runLimited(source, { instructions: 1000 }).stdout,
      runLimited(source, { instructions: 1000 }).stdout,
    ]).toEqual(['ok\n', 'ok\n']);
  });
});

describe("memoryBytes: 'none'", () => {
  test('an impossible allocation is still a catchable MemoryError', () => {
    expect(
      runLimited('try:\n    [0] * (2**62)\nexcept MemoryError:\n    print("caught")', {
        memoryBytes: 'none',
      }).stdout,
    ).toBe('caught\n');
  });
});
