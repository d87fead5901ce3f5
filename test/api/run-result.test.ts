// The run API: the last expression's value, captured and streamed output, inputs, compiled programs,
// statistics, and errors (syntax, Python, capability) with CPython's text and structured frames.
// Programs with a CPython equivalent compare against test/api/golden/api-cases.json
// (scripts/record-api-goldens.py).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, Program } from '../../src/api/program.js';
import { PyexError } from '../../src/api/pyex-error.js';
import { run } from '../../src/api/run.js';
import { PyHandle } from '../../src/api/values.js';
import { readWholeFile, writeWholeFile } from '../../src/sandbox/filesystem.js';
import { MemoryFileSystem } from '../../src/sandbox/memory-filesystem.js';
import { OverlayFileSystem } from '../../src/sandbox/overlay-filesystem.js';

interface GoldenCase {
  filename: string;
  hashseed: string | null;
  source: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLDEN: Record<string, GoldenCase> = JSON.parse(
  readFileSync(join(HERE, 'golden', 'api-cases.json'), 'utf8'),
);

function golden(name: string): GoldenCase {
  const found = GOLDEN[name];
  if (found === undefined) throw new Error(`no golden case ${name}`);
  return found;
}

/** Runs a golden case under Pyex: the whole output and status, as python3 gave them. */
function runGolden(name: string): { stdout: string; stderr: string; exitCode: number } {
  const item = golden(name);
  const result = run(item.source, {
    filename: item.filename,
    ...(item.hashseed !== null ? { seed: Number(item.hashseed) } : {}),
  });
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}

function expected(name: string): { stdout: string; stderr: string; exitCode: number } {
  const { stdout, stderr, exitCode } = golden(name);
  return { stdout, stderr, exitCode };
}

describe('the value of the last expression statement', () => {
  test('numbers, strings, None and containers convert to JS values', () => {
    expect(run('1 + 2').value).toBe(3);
    expect(run('2 ** 70').value).toBe(1180591620717411303424n);
    expect(run('1 / 4').value).toBe(0.25);
    expect(run('"h\\u00e9"').value).toBe('hé');
    expect(run('None').value).toBe(null);
    expect(run('b"ab"').value).toEqual(new Uint8Array([97, 98]));
    expect(run('[1, (2, 3), {4}]').value).toEqual([1, [2, 3], new Set([4])]);
    expect(run('{"a": [1], 2: None}').value).toEqual(
      new Map<unknown, unknown>([
        ['a', [1]],
        [2, null],
      ]),
    );
  });

  test('dicts become null-prototype objects with dicts: object', () => {
    const value = run('{"a": 1, "b": {"c": 2}}', { dicts: 'object' }).value;
    expect(JSON.stringify(value)).toBe('{"a":1,"b":{"c":2}}');
    expect(Object.getPrototypeOf(value)).toBe(null);
  });

  test('other objects cross as opaque handles naming their type', () => {
    const value = run('class Point:\n    pass\nPoint()').value;
    expect(value).toBeInstanceOf(PyHandle);
    expect((value as PyHandle).typeName).toBe('Point');
  });

  test('a program ending in a statement has no value', () => {
    expect(run('x = 5').value).toBe(undefined);
    expect(run('x = 5\nif x:\n    x').value).toBe(undefined);
    expect(run('').value).toBe(undefined);
  });

  test('the statements before the expression run first, once', () => {
    const result = run('print("a")\nitems = [1, 2]\nitems.append(3)\nprint("b")\nitems');
    expect(result.value).toEqual([1, 2, 3]);
    expect(result.stdout).toBe('a\nb\n');
  });

  test('a failed run has no value', () => {
    const result = run('1 / 0');
    expect(result.value).toBe(undefined);
    expect(result.exitCode).toBe(1);
    expect(result.error?.typeName).toBe('ZeroDivisionError');
  });
});

describe('output', () => {
  test('stdout and stderr are captured and also streamed to callbacks', () => {
    const streamed: string[] = [];
    const result = run(golden('stderr_and_stdout').source, {
      filename: 'main.py',
      stdout: (text) => streamed.push(`out:${text}`),
      stderr: (text) => streamed.push(`err:${text}`),
    });
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
      stdout: 'out\ntail',
      stderr: 'err\n',
      exitCode: 0,
    });
    expect(streamed.join('|')).toBe('out:out\n|err:err\n|out:tail');
  });

  test('captureOutput: false only streams', () => {
    let seen = '';
    const result = run('print("x")', { captureOutput: false, stdout: (text) => (seen += text) });
    expect([result.stdout, seen]).toEqual(['', 'x\n']);
  });

  test('SystemExit sets the exit status and is not an error', () => {
    const result = run(golden('system_exit_code').source, { filename: 'main.py' });
    expect([result.stdout, result.stderr, result.exitCode, result.error]).toEqual([
      'bye\n',
      '',
      3,
      null,
    ]);
  });
});

describe('inputs', () => {
  test('inputs become globals, converted', () => {
    const result = run('total = sum(prices.values()) * qty\n(total, type(prices).__name__, tags)', {
      inputs: { prices: { a: 1.5, b: 2 }, qty: 2, tags: new Set(['x']) },
    });
    expect(result.value).toEqual([7, 'dict', new Set(['x'])]);
  });

  test('a Map input keeps non-string keys', () => {
    expect(run('table[(1)]', { inputs: { table: new Map([[1, 'one']]) } }).value).toBe('one');
  });
});

describe('compiled programs', () => {
  test('compile once, run many times with different inputs', () => {
    const program = compile('x * 2', { filename: 'double.py' });
    expect(program).toBeInstanceOf(Program);
    expect([1, 2, 3].map((x) => run(program, { inputs: { x } }).value)).toEqual([2, 4, 6]);
  });

  test('runs of one program do not share state', () => {
    const program = compile('seen = globals().get("seen", 0) + 1\nseen');
    expect([run(program).value, run(program).value]).toEqual([1, 1]);
  });

  test('compile throws a syntax PyexError with the CPython text', () => {
    const item = golden('parse_syntax_error');
    let thrown: unknown;
    try {
      compile(item.source, { filename: item.filename });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PyexError);
    const error = thrown as PyexError;
    expect([error.kind, error.typeName, error.message, error.lineno, error.column]).toEqual([
      'syntax',
      'SyntaxError',
      "expected ':'",
      2,
      5,
    ]);
    expect(error.traceback).toBe(item.stderr);
  });

  test('a program reports its own file name in tracebacks', () => {
    const program = compile('def f():\n    raise KeyError("k")\nf()', { filename: 'tool.py' });
    expect(run(program).stderr).toBe(
      'Traceback (most recent call last):\n  File "tool.py", line 3, in <module>\n    f()\n  File "tool.py", line 2, in f\n    raise KeyError("k")\nKeyError: \'k\'\n',
    );
  });
});

describe('errors', () => {
  test.each([
    'uncaught_error_traceback',
    'name_error_suggestion',
    'parse_syntax_error',
    'nonlocal_at_module_level',
    'return_outside_function',
    'recursion_limit',
  ])('%s prints what python3 prints', (name) => {
    expect(runGolden(name)).toEqual(expected(name));
  });

  test('a Python error carries kind, type, position and structured frames', () => {
    const item = golden('uncaught_error_traceback');
    const error = run(item.source, { filename: 'main.py' }).error as PyexError;
    expect(error).toBeInstanceOf(PyexError);
    expect({
      kind: error.kind,
      typeName: error.typeName,
      message: error.message,
      lineno: error.lineno,
      column: error.column,
      frames: error.frames,
      traceback: error.traceback,
    }).toEqual({
      kind: 'python',
      typeName: 'ValueError',
      message: "ValueError: invalid literal for int() with base 10: 'x'",
      lineno: 2,
      column: 12,
      frames: [
        { filename: 'main.py', lineno: 7, name: '<module>', line: 'load(["1", "x"])' },
        { filename: 'main.py', lineno: 5, name: 'load', line: 'return [parse(x) for x in items]' },
        {
          filename: 'main.py',
          lineno: 5,
          name: '<listcomp>',
          line: 'return [parse(x) for x in items]',
        },
        { filename: 'main.py', lineno: 2, name: 'parse', line: 'return int(text)' },
      ],
      traceback: item.stderr,
    });
  });

  test('compile-time syntax errors carry their line and column', () => {
    const error = run(golden('return_outside_function').source, { filename: 'main.py' }).error;
    expect([error?.kind, error?.typeName, error?.lineno, error?.column, error?.frames]).toEqual([
      'syntax',
      'SyntaxError',
      2,
      1,
      [],
    ]);
  });

  test('a denied capability is kind capability and names it', () => {
    const result = run('open("/data.txt")', { filesystem: null, filename: 'main.py' });
    expect([result.error?.kind, result.error?.typeName, result.stderr]).toEqual([
      'capability',
      'PermissionError',
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    open("/data.txt")\nPermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): \'/data.txt\'\n',
    ]);
  });

  test('a PermissionError raised by the program itself is kind python', () => {
    expect(run('raise PermissionError("mine")').error?.kind).toBe('python');
  });
});

describe('capabilities in RunOptions', () => {
  test('the default filesystem is a fresh, writable in-memory tree per run', () => {
    const source =
      'import os\nprint(os.listdir("/"))\nwith open("/a.txt", "w") as f:\n    f.write("hi")\nprint(open("/a.txt").read())';
    expect(run(source).stdout).toBe('[]\nhi\n');
    expect(run(source).stdout).toBe('[]\nhi\n');
  });

  test('an overlay filesystem: the program reads the lower tree, its writes stay in the overlay', () => {
    const lower = new MemoryFileSystem();
    lower.mkdir('/data');
    writeWholeFile(lower, '/data/in.txt', new TextEncoder().encode('hello'));
    const overlay = new OverlayFileSystem(lower);
    const result = run(
      'text = open("/data/in.txt").read()\nopen("/data/out.txt", "w").write(text.upper())\nimport os\nsorted(os.listdir("/data"))',
      { filesystem: overlay },
    );
    expect(result.value).toEqual(['in.txt', 'out.txt']);
    expect(overlay.changes()).toEqual([{ path: '/data/out.txt', change: 'added', kind: 'file' }]);
    expect(lower.listdir('/data')).toEqual(['in.txt']);
    overlay.commit();
    expect(new TextDecoder().decode(readWholeFile(lower, '/data/out.txt'))).toBe('HELLO');
  });

  test('a read-only filesystem refuses writes naming the capability', () => {
    const result = run('open("/x.txt", "w")', {
      filesystem: new MemoryFileSystem({ readOnly: true }),
      filename: 'main.py',
    });
    expect([result.error?.kind, result.stderr.split('\n').at(-2)]).toEqual([
      'capability',
      "PermissionError: [Errno 13] Permission denied (the filesystem capability is read-only): '/x.txt'",
    ]);
  });

  test('stdin can be a line source, asked for each line as the program reads', () => {
    const lines = ['ada\n', 'bob\n'];
    const result = run(
      'print(input("a? "))\nimport sys\nprint(sys.stdin.readline(), end="")\nprint(repr(input()))',
      { stdin: () => lines.shift() ?? null, filename: 'main.py' },
    );
    expect([result.stdout, result.stderr]).toEqual([
      'a? ada\nbob\n',
      'Traceback (most recent call last):\n  File "main.py", line 4, in <module>\n    print(repr(input()))\n               ^^^^^^^\nEOFError: EOF when reading a line\n',
    ]);
  });

  test('env and stdin are granted explicitly', () => {
    const result = run('import os\nname = input("who? ")\nprint(name, os.environ.get("MODE"))', {
      env: { MODE: 'test' },
      stdin: 'ada\n',
    });
    expect(result.stdout).toBe('who? ada test\n');
  });
});

describe('host functions in run', () => {
  test('functions and modules are callable; their results are logged as events', () => {
    const result = run('from tools import lookup\nprice(lookup("apple"), qty=3)', {
      functions: { price: (args, kwargs) => (args[0] as number) * (kwargs.qty as number) },
      modules: { tools: { lookup: (args) => (args[0] === 'apple' ? 2.5 : 0) } },
    });
    expect(result.value).toBe(7.5);
    expect(result.events).toEqual([
      { kind: 'host-call', name: 'tools.lookup', result: 2.5 },
      { kind: 'host-call', name: 'price', result: 7.5 },
    ]);
  });
});

describe('statistics', () => {
  test('instructions count backward jumps and calls; memory the heap estimate', () => {
    const result = run('def f(x):\n    return x\nfor i in range(1000):\n    f(i)\nb = bytes(5000)');
    // 1000 loop jumps + 1000 calls of f + the calls of range and bytes.
    expect(result.stats.instructions).toBe(2002);
    // The heap estimate at the end: the 5000-byte bytes object, f, the loop's globals, __loader__.
    expect(result.stats.peakMemory).toBe(6212);
    const unmeasured = run('b = bytes(5000)', { limits: { memoryBytes: 'none' } });
    expect(unmeasured.stats.peakMemory).toBe(5000);
    expect(result.stats.durationMs).toBeGreaterThanOrEqual(0);
  });
});
