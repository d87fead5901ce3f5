// Host functions (src/api/host-functions.ts) through `start`: globals and importable modules, argument
// and result conversion, host exceptions as Python exceptions with CPython-format tracebacks.

import { describe, expect, test } from 'vitest';
import { HostError, type HostFunction } from '../../src/api/host-functions.js';
import { type RunState, type StartOptions, start } from '../../src/api/pausable-run.js';
import { run } from '../../src/api/run.js';
import { PyHandle } from '../../src/api/values.js';

function done(state: RunState): { stdout: string; stderr: string; exitCode: number } {
  if (state.status !== 'done') throw new Error(`run stopped: ${state.status}`);
  return { stdout: state.stdout, stderr: state.stderr, exitCode: state.exitCode };
}

function runWith(
  source: string,
  options: StartOptions,
): { stdout: string; stderr: string; exitCode: number } {
  return done(start(source, { filename: 'main.py', ...options }));
}

describe('host functions', () => {
  test('globals receive converted positional and keyword arguments', () => {
    const calls: unknown[] = [];
    const record: HostFunction = (args, kwargs) => {
      calls.push([args, { ...kwargs }]);
      return args.length;
    };
    const result = runWith(
      `
print(record(1, 2.5, 'x', None, True, [1, (2, 3)], {'k': {1, 2}}, b'hi', 2**70))
print(record(sep='-', n=3))
print(type(record).__name__, record)
`,
      { functions: { record } },
    );
    expect(result).toEqual({
      stdout: '9\n0\nbuiltin_function_or_method <built-in function record>\n',
      stderr: '',
      exitCode: 0,
    });
    expect(calls).toEqual([
      [
        [
          1,
          2.5,
          'x',
          null,
          true,
          [1, [2, 3]],
          new Map([['k', new Set([1, 2])]]),
          new Uint8Array([104, 105]),
          1180591620717411303424n,
        ],
        {},
      ],
      [[], { sep: '-', n: 3 }],
    ]);
  });

  test('results convert to Python values', () => {
    const result = runWith(
      `
for name in ['none', 'int', 'big', 'float', 'whole', 'str', 'list', 'map', 'obj', 'set', 'bytes']:
    value = give(name)
    print(name, type(value).__name__, repr(value))
`,
      {
        functions: {
          give: ([name]) =>
            new Map<unknown, unknown>([
              ['none', undefined],
              ['int', 42],
              ['big', 2n ** 64n],
              ['float', 0.5],
              ['whole', 3.0],
              ['str', 'snake 🐍'],
              ['list', [1, [2, null]]],
              [
                'map',
                new Map<unknown, unknown>([
                  [1, 'one'],
                  ['two', 2],
                ]),
              ],
              ['obj', { a: 1, b: [true] }],
              ['set', new Set(['z'])],
              ['bytes', new Uint8Array([0, 255])],
            ]).get(name),
        },
      },
    );
    expect(result.stdout).toBe(`none NoneType None
int int 42
big int 18446744073709551616
float float 0.5
whole int 3
str str 'snake 🐍'
list list [1, [2, None]]
map dict {1: 'one', 'two': 2}
obj dict {'a': 1, 'b': [True]}
set set {'z'}
bytes bytes b'\\x00\\xff'
`);
    expect(result.stderr).toBe('');
  });

  test("hostDicts: 'object' gives plain objects", () => {
    const seen: unknown[] = [];
    runWith("show({'a': [{'b': 1}]})", {
      functions: { show: (args) => seen.push(args[0]) },
      hostDicts: 'object',
    });
    expect(JSON.stringify(seen)).toBe('[{"a":[{"b":1}]}]');
  });

  test('modules of host functions import by name', () => {
    const result = runWith(
      `
from tools import search
import tools
print(search('cats', limit=2))
print(tools.search('dogs'), tools.__name__, sorted(k for k in dir(tools) if not k.startswith('_')))
`,
      {
        modules: {
          tools: {
            search: (args, kwargs) => [`${String(args[0])}:${String(kwargs.limit ?? 10)}`],
            count: () => 0,
          },
        },
      },
    );
    expect(result).toEqual({
      stdout: "['cats:2']\n['dogs:10'] tools ['count', 'search']\n",
      stderr: '',
      exitCode: 0,
    });
  });

  test('dotted host modules import with their parent packages', () => {
    const result = runWith(
      `
import tools.web
from tools.web import get
from tools import web
import tools
print(tools.web.get('a'), get('b'), web is tools.web, tools.local.now())
`,
      {
        modules: {
          'tools.web': { get: ([url]) => `got ${String(url)}` },
          'tools.local': { now: () => 0 },
        },
      },
    );
    expect([result.stdout, result.stderr]).toEqual(['got a got b True 0\n', '']);
  });

  test('objects without a JS equivalent cross as handles and come back', () => {
    let kept: unknown = null;
    const result = runWith(
      `
class Point:
    def __init__(self, x):
        self.x = x
p = Point(3)
keep(p)
print(back() is p, back().x)
`,
      {
        functions: {
          keep: ([value]) => {
            kept = value;
          },
          back: () => kept,
        },
      },
    );
    expect(result.stdout).toBe('True 3\n');
    expect(kept).toBeInstanceOf(PyHandle);
    expect((kept as PyHandle).typeName).toBe('Point');
  });

  test('a HostError raises that Python exception at the call, with a CPython traceback', () => {
    const fetch: HostFunction = ([key]) => {
      if (key === '7') return 7;
      throw new HostError('ValueError', `no such key: ${String(key)}`);
    };
    const result = runWith(
      `
def lookup(key):
    return fetch(key)

try:
    lookup('x')
except ValueError as e:
    print('caught', e)
total = lookup('7') + 1
print(total)
value = lookup('y')
`,
      { functions: { fetch } },
    );
    expect(result).toEqual({
      stdout: 'caught no such key: x\n8\n',
      stderr: `Traceback (most recent call last):
  File "main.py", line 11, in <module>
    value = lookup('y')
            ^^^^^^^^^^^
  File "main.py", line 3, in lookup
    return fetch(key)
           ^^^^^^^^^^
ValueError: no such key: y
`,
      exitCode: 1,
    });
  });

  test('other JS errors become RuntimeError; unknown type names keep their name in the message', () => {
    const result = runWith(
      `
for f in [boom, odd, weird]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
`,
      {
        functions: {
          boom: () => {
            throw new TypeError('undefined is not a function');
          },
          odd: () => {
            throw new HostError('NotAnError', 'custom');
          },
          weird: () => {
            throw 42;
          },
        },
      },
    );
    expect(result.stdout).toBe(
      'RuntimeError undefined is not a function\nRuntimeError NotAnError: custom\nRuntimeError 42\n',
    );
  });

  test('results that cannot convert raise TypeError in Python', () => {
    const result = runWith(
      `
for f in [fn, promise, date]:
    try:
        f()
    except TypeError as e:
        print(e)
`,
      {
        functions: {
          fn: () => () => 1,
          promise: () => Promise.resolve(1),
          date: () => ({ when: new Date(0) }),
        },
      },
    );
    expect(result.stdout).toBe(`cannot convert a JS function to a Python value
host function 'promise' returned a Promise: async host functions need runAsync()
cannot convert a JS Date object to a Python value
`);
  });

  test('host values whose getters or Proxy traps throw raise at the call, not internal errors', () => {
    const result = runWith(
      `
for f in [getter, trap, thrown_proxy]:
    try:
        print('returned', f())
    except Exception as e:
        print(type(e).__name__, e)
`,
      {
        functions: {
          getter: () => ({
            get x() {
              throw new Error('getter hit');
            },
          }),
          trap: () =>
            new Proxy(
              {},
              {
                get() {
                  throw new Error('trap');
                },
              },
            ),
          thrown_proxy: () => {
            throw new Proxy(
              {},
              {
                getPrototypeOf() {
                  throw new Error('no prototype');
                },
              },
            );
          },
        },
      },
    );
    expect([result.stdout, result.stderr, result.exitCode]).toEqual([
      // The trap is never reached: the Proxy has no own keys, so it converts to an empty dict.
      'RuntimeError getter hit\nreturned {}\nRuntimeError a host function raised an error that cannot be read\n',
      '',
      0,
    ]);
  });

  test('an external function called under run() raises RuntimeError instead of pausing', () => {
    const result = run('print(1)\nfetch(1)\nprint(2)', {
      filename: 'main.py',
      externalFunctions: ['fetch'],
    });
    expect([result.stdout, result.stderr, result.exitCode]).toEqual([
      '1\n',
      `Traceback (most recent call last):
  File "main.py", line 2, in <module>
    fetch(1)
RuntimeError: external function 'fetch' can only be called in a run made by start() or restore(), which pause at it for the host to answer
`,
      1,
    ]);
  });

  test('host functions work inside natives calling back (sorted key=)', () => {
    const result = runWith('print(sorted([3, 1, 2], key=neg))', {
      functions: { neg: ([value]) => -(value as number) },
    });
    expect(result.stdout).toBe('[3, 2, 1]\n');
  });
});
