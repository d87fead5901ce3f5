// Round trips of every value kind through writeSnapshot/readSnapshot (identity, sharing and cycles
// included), references by name (built-ins, well-known values, host objects), and the clear errors
// for values the format cannot hold and for corrupt, truncated or other-version bytes.

import { describe, expect, test } from 'vitest';
import '../../../src/api/pausable-run.js';
import { intType, listType } from '../../../src/objects/builtin-types.js';
import { PyList } from '../../../src/objects/list.js';
import { lookupStatic } from '../../../src/objects/registry.js';
import { None } from '../../../src/objects/singletons.js';
import { PyTuple } from '../../../src/objects/tuple.js';
import { registerSnapshotClass } from '../../../src/vm/snapshot/class-registry.js';
import {
  resealSnapshot,
  SNAPSHOT_FORMAT_VERSION,
  SnapshotFormatError,
  SnapshotWriteError,
  ValueTag,
  xxhash32,
} from '../../../src/vm/snapshot/snapshot-format.js';
import { readSnapshot } from '../../../src/vm/snapshot/snapshot-reader.js';
import { writeSnapshot } from '../../../src/vm/snapshot/snapshot-writer.js';

class TestPoint {
  x: unknown;
  y: unknown;
  constructor(x: unknown, y: unknown) {
    this.x = x;
    this.y = y;
  }
  sum(): number {
    return (this.x as number) + (this.y as number);
  }
}
registerSnapshotClass('test.TestPoint', TestPoint);

class Unregistered {
  value = 1;
}

function roundTrip<T>(value: T): T {
  return readSnapshot(writeSnapshot(value)).root as T;
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}

describe('values round-trip', () => {
  test('numbers keep their exact value, including -0, NaN, infinities and non-small integers', () => {
    const numbers = [
      0,
      -0,
      1,
      -1,
      63,
      64,
      -65,
      2 ** 30,
      -(2 ** 30),
      2 ** 31 + 5,
      2 ** 52 - 1,
      -(2 ** 52) + 1,
      2 ** 52,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      0.1,
      -2.5e-300,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    const restored = roundTrip(numbers);
    expect(restored.length).toBe(numbers.length);
    expect(restored.map((value, index) => Object.is(value, numbers[index]))).toEqual(
      numbers.map(() => true),
    );
  });

  test('big integers of both signs', () => {
    const values = [2n ** 64n, -(2n ** 200n) - 7n, BigInt(Number.MAX_SAFE_INTEGER) + 1n];
    expect(roundTrip(values)).toEqual(values);
  });

  test('strings: ASCII, non-ASCII, astral, lone surrogates, empty and long', () => {
    const strings = [
      '',
      'plain ascii',
      'héllo wörld — ✓',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀',
      'lone \ud800 high',
      'lone \udfff low',
      '\udc80\udcff',
      'x'.repeat(100_000),
      'ü'.repeat(40_000),
    ];
    expect(roundTrip(strings)).toEqual(strings);
  });

  test('runs of small ints among other items keep every value and the items around them', () => {
    const values: unknown[] = [1, 2, 3, 'x', 4, -5, 2 ** 30 - 1, -(2 ** 30) + 1, 2 ** 30, 6];
    values.push(-0, 0, 7, 0.5, 8, 9, 10, null, 11, [12, 13]);
    for (let index = 0; index < 5000; index++) values.push(((index * 7919) % 100_003) - 50_000);
    values.push('end');
    const restored = roundTrip(values);
    expect(restored.length).toBe(values.length);
    expect(restored.every((value, index) => Object.is(value, values[index]) || index === 19)).toBe(
      true,
    );
    expect(restored[19]).toEqual([12, 13]);
  });

  test('a list of 10,000 small ints takes about two bytes an item (no tag byte each)', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => index);
    // Zigzag varints: 0..63 one byte, 64..8191 two, 8192..9999 three (21,744 bytes), plus the
    // 16-byte header, three section counts, ARRAY + length, the root REF and INT_RUN + count (27).
    expect(writeSnapshot(items).length).toBe(21_771);
  });

  test('booleans, null, undefined and holes', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is part of what is tested.
    const values = [true, false, null, undefined, , 3];
    expect(roundTrip(values)).toEqual([true, false, null, undefined, undefined, 3]);
  });

  test('typed arrays of every supported kind', () => {
    const arrays = [
      new Int32Array([1, -2, 2147483647]),
      new Uint8Array([0, 255, 7]),
      new Uint32Array([4294967295, 1]),
      new Float64Array([0.5, -0, Number.NaN]),
      new Int8Array([-128, 127]),
      new Uint16Array([65535]),
      new Int16Array([-32768]),
      new Float32Array([1.5]),
      new Uint8ClampedArray([200]),
      new BigInt64Array([-5n]),
      new BigUint64Array([2n ** 64n - 1n]),
      new Int32Array(0),
    ];
    const restored = roundTrip(arrays);
    restored.forEach((array, index) => {
      expect(Object.getPrototypeOf(array)).toBe(Object.getPrototypeOf(arrays[index]));
      expect(array).toEqual(arrays[index]);
    });
  });

  test('a typed array view keeps only its own elements', () => {
    const backing = new Int32Array([1, 2, 3, 4]);
    expect(roundTrip(backing.subarray(1, 3))).toEqual(new Int32Array([2, 3]));
  });

  test('maps, sets, plain and null-prototype objects', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.only = 'field';
    const value = {
      map: new Map<unknown, unknown>([
        ['a', 1],
        [2, 'b'],
        [3n ** 40n, [true]],
      ]),
      set: new Set<unknown>(['x', 1, null]),
      nested: { deeper: { list: [1, 2, 3] } },
      bare,
    };
    const restored = roundTrip(value);
    expect(restored).toEqual(value);
    expect(Object.getPrototypeOf(restored.bare)).toBe(null);
    expect([...restored.map.keys()]).toEqual(['a', 2, 3n ** 40n]);
  });

  test('instances of registered classes get their prototype back', () => {
    const restored = roundTrip(new TestPoint(2, 40));
    expect(restored).toBeInstanceOf(TestPoint);
    expect(restored.sum()).toBe(42);
  });

  test('shared references stay shared and cycles survive', () => {
    const shared = { name: 'shared' };
    const cycle: Record<string, unknown> = { label: 'cycle' };
    cycle.self = cycle;
    const list: unknown[] = [shared, shared, cycle];
    list.push(list);
    const map = new Map<unknown, unknown>([[shared, list]]);
    const point = new TestPoint(map, null);
    point.y = point;
    const restored = roundTrip({ list, map, point });
    const [first, second, restoredCycle, restoredList] = restored.list as [
      object,
      object,
      Record<string, unknown>,
      unknown[],
    ];
    expect(first).toBe(second);
    expect(restoredCycle.self).toBe(restoredCycle);
    expect(restoredList).toBe(restored.list);
    expect(restored.map.get(first)).toBe(restored.list);
    expect(restored.point.x).toBe(restored.map);
    expect(restored.point.y).toBe(restored.point);
  });

  test('built-in objects come back as the same registered objects', () => {
    const values = [None, intType, listType, lookupStatic('builtins.len'), PyTuple.EMPTY];
    const restored = roundTrip(values);
    expect(restored.map((value, index) => value === values[index])).toEqual(values.map(() => true));
  });

  test('Python containers round-trip with their type', () => {
    const list = new PyList([1, 'two', None]);
    const restored = roundTrip(list);
    expect(restored).toBeInstanceOf(PyList);
    expect(restored.cls).toBe(listType);
    expect(restored.items).toEqual([1, 'two', None]);
  });

  test('host objects are written by role and linked again at restore', () => {
    const sink = { write: (_text: string) => {} };
    const replacement = { write: (_text: string) => {} };
    const bytes = writeSnapshot({ out: sink }, { hostObjects: new Map([[sink, 'stdout']]) });
    const restored = readSnapshot(bytes, { hostObjects: new Map([['stdout', replacement]]) })
      .root as { out: unknown };
    expect(restored.out).toBe(replacement);
    expect(errorOf(() => readSnapshot(bytes))).toBe(
      "SnapshotFormatError: invalid snapshot: no host object 'stdout' was supplied",
    );
  });
});

describe('what cannot be written is named with its path', () => {
  test('an unregistered class', () => {
    expect(errorOf(() => writeSnapshot({ items: [1, new Unregistered()] }))).toBe(
      'SnapshotWriteError: cannot snapshot an instance of the unregistered class Unregistered at root.items[1]',
    );
  });

  test('a JS closure', () => {
    const state = { handlers: new Map([['go', () => 1]]) };
    expect(errorOf(() => writeSnapshot(state))).toBe(
      'SnapshotWriteError: cannot snapshot a JS function (not a registered native) at root.handlers.get("go")',
    );
  });

  test('a symbol that is not registered', () => {
    expect(errorOf(() => writeSnapshot([Symbol('private')]))).toBe(
      'SnapshotWriteError: cannot snapshot a symbol (Symbol(private)) that is not registered',
    );
  });

  test('errors are SnapshotWriteError instances', () => {
    expect(() => writeSnapshot(new Unregistered())).toThrow(SnapshotWriteError);
  });
});

describe('bad bytes give clear errors', () => {
  const good = writeSnapshot({ list: [1, 2, 3], text: 'hello', point: new TestPoint(1, 2) });

  test('the checksum is XXH32 with seed 0 (values from libxxhash 0.8.1), aligned or not', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const long = new Uint8Array(770);
    for (let index = 0; index < 768; index++) long[index] = index % 256;
    long.set(encode('xy'), 768);
    const inputs = [
      encode(''),
      encode('abc'),
      encode('123456789'),
      encode('Nobody inspects the spammish repetition'),
      long,
    ];
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    expect(inputs.map((bytes) => hex(xxhash32(bytes, 0, bytes.length)))).toEqual([
      '02cc5d05',
      '32d153ff',
      '937bad67',
      'e2293b2f',
      '292c211e',
    ]);
    // The same bytes at an odd offset (the word-at-a-time path needs 4-byte alignment).
    const shifted = new Uint8Array(long.length + 1);
    shifted.set(long, 1);
    expect(hex(xxhash32(shifted, 1, shifted.length))).toBe('292c211e');
    expect(hex(xxhash32(shifted.subarray(1), 0, long.length))).toBe('292c211e');
  });

  test('every single flipped bit of a snapshot fails the checksum', () => {
    const bytes = writeSnapshot({ list: [1, 2, 3, 'x'], text: 'hello', nested: [[4.5], -7n] });
    const failures = new Set<string>();
    for (let at = 16; at < bytes.length; at++) {
      for (let bit = 0; bit < 8; bit++) {
        const corrupt = bytes.slice();
        corrupt[at]! ^= 1 << bit;
        failures.add(errorOf(() => readSnapshot(corrupt)));
      }
    }
    expect([...failures]).toEqual(['SnapshotFormatError: invalid snapshot: checksum mismatch']);
  });

  test('not a snapshot', () => {
    expect(errorOf(() => readSnapshot(new TextEncoder().encode('hello, this is not it')))).toBe(
      'SnapshotFormatError: not a Pyex snapshot',
    );
    expect(errorOf(() => readSnapshot(new Uint8Array(0)))).toBe(
      'SnapshotFormatError: truncated snapshot',
    );
  });

  test('another format version', () => {
    const other = good.slice();
    other[8] = SNAPSHOT_FORMAT_VERSION + 2;
    expect(errorOf(() => readSnapshot(other))).toBe(
      `SnapshotFormatError: snapshot format version ${SNAPSHOT_FORMAT_VERSION + 2} is not supported (expected ${SNAPSHOT_FORMAT_VERSION})`,
    );
  });

  test('a flipped bit fails the checksum', () => {
    const corrupt = good.slice();
    corrupt[good.length - 3]! ^= 0x10;
    expect(errorOf(() => readSnapshot(corrupt))).toBe(
      'SnapshotFormatError: invalid snapshot: checksum mismatch',
    );
  });

  test('truncation at every length fails cleanly', () => {
    for (let length = 0; length < good.length; length++) {
      const cut = good.slice(0, length);
      if (length >= 16) resealSnapshot(cut);
      expect(() => readSnapshot(cut)).toThrow(SnapshotFormatError);
    }
  });

  test('a length claiming 2**31 elements in a tiny payload fails before allocating', () => {
    // strings 0, shapes 0, one object: ARRAY with length 2**31, then the root REF 0.
    const payload = [0, 0, 1, 0, 0x80, 0x80, 0x80, 0x80, 0x08, 8, 0];
    const bytes = new Uint8Array(16 + payload.length);
    bytes.set(good.subarray(0, 16));
    bytes.set(payload, 16);
    resealSnapshot(bytes);
    expect(errorOf(() => readSnapshot(bytes))).toBe('SnapshotFormatError: truncated snapshot');
  });

  test('an unknown class name', () => {
    const bytes = writeSnapshot(new TestPoint(1, 2));
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('test.TestPoint');
    bytes[at + 5] = 'Q'.charCodeAt(0);
    resealSnapshot(bytes);
    expect(errorOf(() => readSnapshot(bytes))).toBe(
      "SnapshotFormatError: invalid snapshot: unknown class 'test.QestPoint'",
    );
  });

  test('an unknown built-in name', () => {
    const bytes = writeSnapshot([intType]);
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('type:int');
    bytes[at + 5] = 'X'.charCodeAt(0);
    resealSnapshot(bytes);
    expect(errorOf(() => readSnapshot(bytes))).toBe(
      "SnapshotFormatError: invalid snapshot: unknown built-in object 'type:Xnt'",
    );
  });

  test('an integer run longer than the rest of its list', () => {
    const sealed = (payload: number[]) => {
      const bytes = new Uint8Array(16 + payload.length);
      bytes.set(good.subarray(0, 16));
      bytes.set(payload, 16);
      resealSnapshot(bytes);
      return bytes;
    };
    // strings 0, shapes 0, one object (ARRAY of 2), root REF 0, content: a run of 3 ints.
    expect(
      errorOf(() => readSnapshot(sealed([0, 0, 1, 0, 2, 8, 0, ValueTag.INT_RUN, 3, 2, 4, 6]))),
    ).toBe('SnapshotFormatError: invalid snapshot: integer run past its list');
    // An ARRAY of 3: a run of 2 ints (zigzag 2, 4), then UNDEFINED.
    expect(readSnapshot(sealed([0, 0, 1, 0, 3, 8, 0, ValueTag.INT_RUN, 2, 2, 4, 0])).root).toEqual([
      1,
      2,
      undefined,
    ]);
    expect(errorOf(() => readSnapshot(sealed([0, 0, 1, 0, 1, 8, 0, ValueTag.INT_RUN, 0, 0])))).toBe(
      'SnapshotFormatError: invalid snapshot: integer run past its list',
    );
  });

  test('trailing bytes', () => {
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    resealSnapshot(longer);
    expect(errorOf(() => readSnapshot(longer))).toBe(
      'SnapshotFormatError: invalid snapshot: trailing bytes',
    );
  });
});
