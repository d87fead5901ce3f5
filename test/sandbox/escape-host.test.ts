// Host functions, host modules and values from the host: Python sees built-in functions and plain
// values, never a JS object; JS property names stay plain keys in both directions (no prototype
// pollution through kwargs or dicts), host values that cannot cross raise TypeError, and a host
// value whose getter throws raises in Python.
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

class Widget {
  readonly size = 1;
}

const received: unknown[] = [];

afterAll(() => {
  received.length = 0;
});

function give(args: unknown[]): unknown {
  switch (args[0]) {
    case 'date':
      return new Date(0);
    case 'function':
      return () => 1;
    case 'instance':
      return new Widget();
    case 'symbol':
      return Symbol('s');
    case 'proto-json':
      return JSON.parse('{"__proto__": {"x": 1}, "constructor": 5}');
    case 'null-proto': {
      // Own keys named like Object.prototype members, on an object without a prototype.
      const value: Record<string, unknown> = Object.create(null);
      Object.defineProperty(value, '__proto__', { value: 3, enumerable: true });
      Object.defineProperty(value, 'toString', { value: 4, enumerable: true });
      return value;
    }
    case 'throwing-getter':
      return {
        get x(): unknown {
          throw new Error('getter hit');
        },
      };
    default:
      return null;
  }
}

function runWithHost(source: string) {
  const result = run(source, {
    filename: 'main.py',
    functions: {
      search: () => 1,
      give,
      record: (args, kwargs) => {
        received.push({
          args,
          kwargsKeys: Object.keys(kwargs),
          kwargsPrototype: Object.getPrototypeOf(kwargs),
        });
        return null;
      },
    },
    modules: { tools: { now: () => 7 } },
  });
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    kind: result.error?.kind ?? null,
  };
}

const ATTEMPT = [
  'def attempt(label, fn):',
  '    try:',
  "        print(label, '->', repr(fn()))",
  '    except Exception as e:',
  "        print(label, '!!', type(e).__name__, e)",
].join('\n');

describe('host functions and modules from Python', () => {
  it('are built-in functions and modules with no JS side to reach', () => {
    const source = [
      ATTEMPT,
      'import tools',
      "JS = ('constructor', '__proto__', 'prototype', 'call', 'apply', 'bind', 'toString')",
      "attempt('function', lambda: (search, type(search).__name__, search.__name__))",
      "attempt('JS names', lambda: [n for n in JS if hasattr(search, n) or hasattr(tools, n)])",
      "attempt('public attributes', lambda: [n for n in dir(search) if not n.startswith('__')])",
      "attempt('module', lambda: (tools, sorted(k for k in vars(tools) if not k.startswith('__'))))",
      "attempt('setattr', lambda: setattr(search, 'x', 1))",
      "attempt('date', lambda: give('date'))",
      "attempt('function value', lambda: give('function'))",
      "attempt('instance', lambda: give('instance'))",
      "attempt('symbol', lambda: give('symbol'))",
      "attempt('JSON with __proto__', lambda: give('proto-json'))",
      "attempt('null prototype', lambda: give('null-proto'))",
    ].join('\n');
    expect(runWithHost(source)).toEqual({
      stdout: [
        "function -> (<built-in function search>, 'builtin_function_or_method', 'search')",
        'JS names -> []',
        'public attributes -> []',
        "module -> (<module 'tools'>, ['now'])",
        "setattr !! AttributeError 'builtin_function_or_method' object has no attribute 'x'",
        'date !! TypeError cannot convert a JS Date object to a Python value',
        'function value !! TypeError cannot convert a JS function to a Python value',
        'instance !! TypeError cannot convert a JS Widget object to a Python value',
        'symbol !! TypeError cannot convert a JS symbol to a Python value',
        "JSON with __proto__ -> {'__proto__': {'x': 1}, 'constructor': 5}",
        "null prototype -> {'__proto__': 3, 'toString': 4}",
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
      kind: null,
    });
  });

  it('kwargs and dicts named like JS internals reach the host as plain keys', () => {
    received.length = 0;
    const source = [
      "record(**{'__proto__': {'polluted': 1}, 'constructor': 2})",
      "record({'__proto__': {'polluted': 1}, 'constructor': {'prototype': {'polluted': 2}}})",
    ].join('\n');
    expect(runWithHost(source)).toEqual({ stdout: '', stderr: '', exitCode: 0, kind: null });
    expect({
      received,
      polluted: (Object.prototype as Record<string, unknown>).polluted,
    }).toEqual({
      received: [
        { args: [], kwargsKeys: ['__proto__', 'constructor'], kwargsPrototype: null },
        {
          args: [
            new Map<string, unknown>([
              ['__proto__', new Map([['polluted', 1]])],
              ['constructor', new Map([['prototype', new Map([['polluted', 2]])]])],
            ]),
          ],
          kwargsKeys: [],
          kwargsPrototype: null,
        },
      ],
      polluted: undefined,
    });
  });

  it('a host value whose getter throws raises in Python, not internally', () => {
    const source = [ATTEMPT, "attempt('getter', lambda: give('throwing-getter'))"].join('\n');
    expect(runWithHost(source)).toEqual({
      stdout: 'getter !! RuntimeError getter hit\n',
      stderr: '',
      exitCode: 0,
      kind: null,
    });
  });
});
