// printf-style `str % args` and `bytes % args` against CPython over a generated matrix of
// conversions, flags, widths and precisions, with a small host standing in for the object model.
import { describe, expect, it } from 'vitest';
import { floatToInt } from '../../src/objects/float-format.js';
import { floatRepr } from '../../src/objects/float-repr.js';
import type { IntValue } from '../../src/objects/int-math.js';
import { intToString } from '../../src/objects/int-text.js';
import {
  type PercentFormatHost,
  percentFormat,
  percentFormatBytes,
} from '../../src/objects/percent-format.js';
import { PythonError } from '../../src/objects/python-error.js';
import { asciiStr, reprBytes, reprStr } from '../../src/objects/str-repr.js';
import {
  fromBits,
  intFrom,
  loadNumericGolden,
  MismatchLog,
  type Outcome,
  outcomeOf,
} from './numeric-golden.js';

type Encoded =
  | { int: string }
  | { float: string }
  | { str: string }
  | { bool: boolean }
  | { none: true }
  | { bytes: string }
  | { tuple: Encoded[] }
  | { list: Encoded[] }
  | { dict: [Encoded, Encoded][] };

/** Test stand-ins for Python objects the host knows how to handle. */
class FloatBox {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}
class TupleBox {
  readonly items: unknown[];
  constructor(items: unknown[]) {
    this.items = items;
  }
}
class ListBox {
  readonly items: unknown[];
  constructor(items: unknown[]) {
    this.items = items;
  }
}
class DictBox {
  readonly entries: [unknown, unknown][];
  constructor(entries: [unknown, unknown][]) {
    this.entries = entries;
  }
}
class BytesBox {
  readonly data: Uint8Array;
  constructor(data: Uint8Array) {
    this.data = data;
  }
}
const NONE = { none: true };

function bytesOf(hexText: string): Uint8Array {
  const bytes = new Uint8Array(hexText.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hexText.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

function hexOf(bytes: Uint8Array): string {
  let result = '';
  for (const byte of bytes) result += byte.toString(16).padStart(2, '0');
  return result;
}

function decode(encoded: Encoded): unknown {
  if ('int' in encoded) return intFrom(encoded.int);
  if ('float' in encoded) return new FloatBox(fromBits(encoded.float));
  if ('str' in encoded) return encoded.str;
  if ('bool' in encoded) return encoded.bool;
  if ('none' in encoded) return NONE;
  if ('bytes' in encoded) return new BytesBox(bytesOf(encoded.bytes));
  if ('tuple' in encoded) return new TupleBox(encoded.tuple.map(decode));
  if ('list' in encoded) return new ListBox(encoded.list.map(decode));
  return new DictBox(encoded.dict.map(([key, value]) => [decode(key), decode(value)]));
}

function repr(value: unknown): string {
  if (typeof value === 'string') return reprStr(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return intToString(value, 10, 0);
  if (value instanceof FloatBox) return floatRepr(value.value);
  if (value instanceof BytesBox) return reprBytes(value.data);
  if (value instanceof TupleBox) {
    return value.items.length === 1
      ? `(${repr(value.items[0])},)`
      : `(${value.items.map(repr).join(', ')})`;
  }
  if (value instanceof ListBox) return `[${value.items.map(repr).join(', ')}]`;
  if (value instanceof DictBox)
    return `{${value.entries.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;
  return 'None';
}

function typeName(value: unknown): string {
  if (value instanceof FloatBox) return 'float';
  if (value instanceof TupleBox) return 'tuple';
  if (value instanceof ListBox) return 'list';
  if (value instanceof DictBox) return 'dict';
  if (value instanceof BytesBox) return 'bytes';
  return 'NoneType';
}

/** ascii() of a non-str: its repr with non-ASCII characters escaped. */
function escapeNonAscii(text: string): string {
  let result = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 128) result += char;
    else if (point < 0x100) result += `\\x${point.toString(16).padStart(2, '0')}`;
    else if (point < 0x10000) result += `\\u${point.toString(16).padStart(4, '0')}`;
    else result += `\\U${point.toString(16).padStart(8, '0')}`;
  }
  return result;
}

function sameKey(a: unknown, b: unknown): boolean {
  if (a instanceof BytesBox && b instanceof Uint8Array) return hexOf(a.data) === hexOf(b);
  return a === b;
}

const host: PercentFormatHost = {
  str: (value) => (typeof value === 'string' ? value : repr(value)),
  repr,
  ascii: (value) => (typeof value === 'string' ? asciiStr(value) : escapeNonAscii(repr(value))),
  typeName,
  tupleItems: (value) => (value instanceof TupleBox ? value.items : null),
  isMapping: (value, forBytes) =>
    value instanceof DictBox ||
    value instanceof ListBox ||
    (!forBytes && value instanceof BytesBox),
  getItem: (mapping, key) => {
    if (mapping instanceof DictBox) {
      const entry = mapping.entries.find(([candidate]) => sameKey(candidate, key));
      if (entry) return entry[1];
    }
    throw new PythonError('KeyError', typeof key === 'string' ? reprStr(key) : reprBytes(key));
  },
  toInteger: (value, mode): IntValue | null => {
    if (value instanceof FloatBox) {
      return mode === 'index' ? null : floatToInt(value.value);
    }
    return null;
  },
  toFloat: (value) => {
    if (value instanceof FloatBox) return value.value;
    throw new PythonError('TypeError', `must be real number, not ${typeName(value)}`);
  },
  toBytes: (value) => (value instanceof BytesBox ? value.data : null),
};

interface PercentGolden {
  str: [string, Encoded, Outcome][];
  bytes: [string, Encoded, Outcome][];
}

const golden = loadNumericGolden<PercentGolden>('percent-format.json');

describe('printf-style formatting', () => {
  it('str % args matches CPython, errors included', () => {
    const log = new MismatchLog();
    for (const [format, args, expected] of golden.str) {
      log.check(
        [format, args],
        expected,
        outcomeOf(() => percentFormat(format, decode(args), host)),
      );
    }
    expect(log.count).toBeGreaterThan(3000);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('bytes % args matches CPython, errors included', () => {
    const log = new MismatchLog();
    for (const [format, args, expected] of golden.bytes) {
      log.check(
        [format, args],
        expected,
        outcomeOf(() => hexOf(percentFormatBytes(bytesOf(format), decode(args), host))),
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});
