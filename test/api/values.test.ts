// JS <-> Python value conversion (src/api/values.ts): whole converted values both ways, cycles,
// handles, and the errors for values that cannot cross.

import { describe, expect, test } from 'vitest';
import '../../src/builtins/builtins-module.js';
import { PyexError } from '../../src/api/pyex-error.js';
import { convertForHost, handleValue, PyHandle, toJs, toPy } from '../../src/api/values.js';
import { objectType } from '../../src/objects/builtin-types.js';
import { PyBytes } from '../../src/objects/bytes.js';
import { PyDict } from '../../src/objects/dict.js';
import { PyFloat } from '../../src/objects/float-type.js';
import { PyInstance } from '../../src/objects/instance.js';
import { PyList } from '../../src/objects/list.js';
import { PythonError } from '../../src/objects/python-error.js';
import { PyFrozenSet, PySet } from '../../src/objects/set.js';
import { None } from '../../src/objects/singletons.js';
import { PyStrInstance } from '../../src/objects/str-type.js';
import { PyTuple } from '../../src/objects/tuple.js';

function thrownBy(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof PythonError) return `${error.typeName}: ${error.message}`;
    if (error instanceof PyexError)
      return `PyexError(${error.kind}, ${error.typeName}): ${error.message}`;
    return `other: ${String(error)}`;
  }
  return 'no error';
}

describe('Python to JS', () => {
  test('scalars', () => {
    expect(toJs(None)).toBe(null);
    expect(toJs(true)).toBe(true);
    expect(toJs(42)).toBe(42);
    expect(toJs(2n ** 70n)).toBe(1180591620717411303424n);
    expect(toJs(new PyFloat(1))).toBe(1);
    expect(toJs(new PyFloat(-0.5))).toBe(-0.5);
    expect(toJs('héllo 🐍')).toBe('héllo 🐍');
    expect(toJs(new PyStrInstance('sub'))).toBe('sub');
    expect(toJs(new PyBytes(new Uint8Array([1, 2, 255])))).toEqual(new Uint8Array([1, 2, 255]));
  });

  test('containers', () => {
    const dict = new PyDict();
    dict.set('a', new PyList([1, new PyFloat(2.5), None]));
    dict.set(3, PyTuple.of('x', false));
    dict.set(new PyTuple([1, 2]), PySet.fromArray([1, 2, 3]));
    const converted = toJs(dict);
    expect(converted).toEqual(
      new Map<unknown, unknown>([
        ['a', [1, 2.5, null]],
        [3, ['x', false]],
        [[1, 2], new Set([1, 2, 3])],
      ]),
    );
    expect(toJs(PyFrozenSet.fromArray(['q']))).toEqual(new Set(['q']));
  });

  test("dicts: 'object' gives null-prototype objects with str keys", () => {
    const dict = PyDict.fromStrEntries([
      ['name', 'ann'],
      ['__proto__', 1],
    ]);
    const converted = toJs(dict, { dicts: 'object' }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(converted)).toBe(null);
    expect(Object.keys(converted)).toEqual(['name', '__proto__']);
    expect(converted.name).toBe('ann');
    const bad = new PyDict();
    bad.set(1, 2);
    expect(thrownBy(() => toJs(bad, { dicts: 'object' }))).toBe(
      "TypeError: cannot convert a dict with a key of type 'int' to a JS object (only str keys)",
    );
  });

  test('cycles and shared references survive', () => {
    const inner = new PyList([1]);
    const outer = new PyList([inner, inner]);
    outer.items.push(outer);
    const converted = toJs(outer) as unknown[];
    expect(converted.length).toBe(3);
    expect(converted[0]).toBe(converted[1]);
    expect(converted[2]).toBe(converted);
  });

  test('other objects become frozen handles that give back the same object', () => {
    const obj = new PyInstance(objectType);
    const handle = toJs(obj) as PyHandle;
    expect(handle).toBeInstanceOf(PyHandle);
    expect(handle.typeName).toBe('object');
    expect(Object.isFrozen(handle)).toBe(true);
    expect(Object.keys(handle)).toEqual(['typeName']);
    expect(String(handle)).toBe('<PyHandle object>');
    expect(toPy(handle)).toBe(obj);
    expect(toPy([handle])).toEqual(new PyList([obj]));
  });

  test('a handle of another owner is refused', () => {
    const owner = {};
    const handle = toJs(new PyInstance(objectType), { owner }) as PyHandle;
    expect(handleValue(handle, owner)).toBeInstanceOf(PyInstance);
    expect(thrownBy(() => toPy(handle, { owner: {} }))).toBe(
      'TypeError: a PyHandle of another run cannot be used here',
    );
  });
});

describe('JS to Python', () => {
  test('scalars', () => {
    expect(toPy(null)).toBe(None);
    expect(toPy(undefined)).toBe(None);
    expect(toPy(false)).toBe(false);
    expect(toPy(7)).toBe(7);
    expect(toPy(-0)).toBe(0);
    expect(toPy(1e20)).toBe(100000000000000000000n);
    expect(toPy(2.5)).toEqual(new PyFloat(2.5));
    expect(toPy(Number.NaN)).toEqual(new PyFloat(Number.NaN));
    expect(toPy(12n)).toBe(12);
    expect(toPy(2n ** 64n)).toBe(18446744073709551616n);
    expect(toPy('s')).toBe('s');
    expect(toPy(new Uint8Array([9]))).toEqual(new PyBytes(new Uint8Array([9])));
  });

  test('containers', () => {
    const converted = toPy({
      list: [1, 'two', null],
      map: new Map([[1, 'one']]),
      set: new Set([3]),
    });
    expect(converted).toBeInstanceOf(PyDict);
    const dict = converted as PyDict;
    expect(dict.liveKeys()).toEqual(['list', 'map', 'set']);
    expect(dict.getStr('list')).toEqual(new PyList([1, 'two', None]));
    expect((dict.getStr('map') as PyDict).entries()).toEqual([[1, 'one']]);
    expect((dict.getStr('set') as PySet).liveKeys()).toEqual([3]);
    const nullProto = Object.create(null) as Record<string, unknown>;
    nullProto.k = 1;
    expect((toPy(nullProto) as PyDict).entries()).toEqual([['k', 1]]);
  });

  test('cycles survive', () => {
    const array: unknown[] = [1];
    array.push(array);
    const converted = toPy(array) as PyList;
    expect(converted.items[0]).toBe(1);
    expect(converted.items[1]).toBe(converted);
  });

  test('deep nesting does not use the JS stack', () => {
    let nested: unknown[] = [];
    const root = nested;
    for (let depth = 0; depth < 200_000; depth++) {
      const next: unknown[] = [];
      nested.push(next);
      nested = next;
    }
    let converted = toPy(root) as PyList;
    let depth = 0;
    while (converted.items.length > 0) {
      converted = converted.items[0] as PyList;
      depth++;
    }
    expect(depth).toBe(200_000);
    expect((toJs(toPy(root)) as unknown[]).length).toBe(1);
  });

  test('values that cannot cross raise TypeError', () => {
    expect(thrownBy(() => toPy(() => 1))).toBe(
      'TypeError: cannot convert a JS function to a Python value',
    );
    expect(thrownBy(() => toPy(Symbol('s')))).toBe(
      'TypeError: cannot convert a JS symbol to a Python value',
    );
    expect(thrownBy(() => toPy([new Date(0)]))).toBe(
      'TypeError: cannot convert a JS Date object to a Python value',
    );
    expect(thrownBy(() => toPy(new Set([[1]])))).toBe("TypeError: unhashable type: 'list'");
    expect(thrownBy(() => convertForHost(() => toPy({ f: Math.max })))).toBe(
      'PyexError(python, TypeError): TypeError: cannot convert a JS function to a Python value',
    );
  });
});
