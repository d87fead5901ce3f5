// The methods of `memoryview`: construction over bytes/bytearray/memoryview, items packed per
// struct format, slicing, assignment, cast, tobytes/tolist/hex, comparison, hash, release and the
// context manager. Only one-dimensional views exist (a multi-dimensional cast is refused).

import { bindArgs, methodNoArgs } from './args.js';
import { PyByteArray, PyBytes } from './bytes.js';
import { bytesHex } from './bytes-hex.js';
import { bytesLikeData, hexBytesPerSep, hexSeparator } from './bytes-type-methods.js';
import { indexError, notImplementedError, typeError, valueError } from './errors.js';
import { newFloat, PyFloat } from './float-type.js';
import { normalizeBigInt } from './int-type.js';
import { makeIteratorType, PyIterator } from './iterators.js';
import { PyList } from './list.js';
import {
  isMemoryViewFormat,
  MEMORYVIEW_FORMATS,
  type MemoryViewFormat,
  memoryviewType,
  PyMemoryView,
} from './memoryview.js';
import { defineGetSet, defineMethod, makeNativeFunction } from './native-function.js';
import { hashBytesValue } from './protocol-hash.js';
import { hasIndex, indexAsNumber, indexValue, realValueOf } from './protocol-number.js';
import { addressOf } from './protocol-repr.js';
import { isTruthy } from './protocol-truth.js';
import type { PyValue } from './py-object.js';
import { resolveSlice } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { typeName } from './type-of.js';

/** The view in `args[0]`, checked for release. */
function live(args: readonly PyValue[]): PyMemoryView {
  const view = args[0] as PyMemoryView;
  view.checkReleased();
  return view;
}

/** A new view on the same memory as `view`, with a different window or format. */
function derive(
  view: PyMemoryView,
  offset: number,
  itemCount: number,
  stride: number,
  format: MemoryViewFormat = view.format,
  readonly: boolean = view.readonly,
): PyMemoryView {
  return new PyMemoryView(view.source, offset, itemCount, stride, format, readonly);
}

/** `memoryview(object)`: a view of a bytes, bytearray or memoryview. */
export function memoryviewOf(value: PyValue): PyMemoryView {
  if (value instanceof PyMemoryView) {
    value.checkReleased();
    return derive(value, value.offset, value.itemCount, value.stride);
  }
  if (value instanceof PyBytes || value instanceof PyByteArray) return PyMemoryView.over(value);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(value)}'`);
}

const memoryviewNew = makeNativeFunction('memoryview', '__new__', (args, kwnames) => {
  const [value] = bindArgs('memoryview', args.slice(1), kwnames, ['object'], 1);
  return memoryviewOf(value!);
});
memoryviewType.setAttr('__new__', memoryviewNew);

/** A DataView over the source's live bytes. */
function dataViewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Unpacks the item that starts at byte `position` of the view's source. */
function readItem(view: PyMemoryView, position: number): PyValue {
  const base = view.base();
  if (position < 0 || position + view.itemSize > base.length) {
    throw indexError('memoryview: underlying buffer is smaller than the view');
  }
  const data = dataViewOf(base);
  switch (view.format) {
    case 'B':
      return base[position]!;
    case 'b':
      return data.getInt8(position);
    case 'c':
      return new PyBytes(base.slice(position, position + 1));
    case '?':
      return base[position] !== 0;
    case 'h':
      return data.getInt16(position, true);
    case 'H':
      return data.getUint16(position, true);
    case 'i':
      return data.getInt32(position, true);
    case 'I':
      return data.getUint32(position, true);
    case 'l':
    case 'q':
    case 'n':
      return normalizeBigInt(data.getBigInt64(position, true));
    case 'L':
    case 'Q':
    case 'N':
      return normalizeBigInt(data.getBigUint64(position, true));
    case 'f':
      return newFloat(data.getFloat32(position, true));
    case 'd':
      return newFloat(data.getFloat64(position, true));
  }
}

/** The inclusive range of an integer format, as bigints. */
function integerRange(format: MemoryViewFormat): readonly [bigint, bigint] | null {
  switch (format) {
    case 'B':
      return [0n, 0xffn];
    case 'b':
      return [-0x80n, 0x7fn];
    case 'h':
      return [-0x8000n, 0x7fffn];
    case 'H':
      return [0n, 0xffffn];
    case 'i':
      return [-0x80000000n, 0x7fffffffn];
    case 'I':
      return [0n, 0xffffffffn];
    case 'l':
    case 'q':
    case 'n':
      return [-(1n << 63n), (1n << 63n) - 1n];
    case 'L':
    case 'Q':
    case 'N':
      return [0n, (1n << 64n) - 1n];
    case 'c':
    case '?':
    case 'f':
    case 'd':
      return null;
  }
}

/** Packs `value` into the item at byte `position`, with CPython's errors for a bad value. */
function writeItem(view: PyMemoryView, position: number, value: PyValue): void {
  const base = view.base();
  const data = dataViewOf(base);
  const format = view.format;
  const invalidType = () => typeError(`memoryview: invalid type for format '${format}'`);
  const invalidValue = () => valueError(`memoryview: invalid value for format '${format}'`);
  if (format === 'c') {
    if (!(value instanceof PyBytes)) throw invalidType();
    if (value.data.length !== 1) throw invalidValue();
    base[position] = value.data[0]!;
    return;
  }
  if (format === '?') {
    base[position] = isTruthy(value) ? 1 : 0;
    return;
  }
  if (format === 'f' || format === 'd') {
    const real = value instanceof PyFloat || hasIndex(value) ? realValueOf(value) : undefined;
    if (real === undefined) throw invalidType();
    if (format === 'f') data.setFloat32(position, real, true);
    else data.setFloat64(position, real, true);
    return;
  }
  if (!hasIndex(value)) throw invalidType();
  const number = BigInt(indexValue(value));
  const range = integerRange(format)!;
  if (number < range[0] || number > range[1]) throw invalidValue();
  switch (MEMORYVIEW_FORMATS[format]) {
    case 1:
      base[position] = Number(number) & 0xff;
      return;
    case 2:
      data.setUint16(position, Number(number) & 0xffff, true);
      return;
    case 4:
      data.setUint32(position, Number(BigInt.asUintN(32, number)), true);
      return;
    default:
      data.setBigUint64(position, BigInt.asUintN(64, number), true);
  }
}

/** The byte position of item `index` (negative counts from the end), or IndexError. */
function itemPosition(view: PyMemoryView, key: PyValue): number {
  let index = indexAsNumber(key);
  if (index < 0) index += view.itemCount;
  if (index < 0 || index >= view.itemCount) {
    throw indexError('index out of bounds on dimension 1');
  }
  return view.offset + index * view.stride;
}

/** TypeError for a key that is neither an index nor a slice. */
function badKey(key: PyValue): never {
  if (key instanceof PyTuple) {
    throw typeError(`cannot index 1-dimension view with ${key.items.length}-element tuple`);
  }
  throw typeError('memoryview: invalid slice key');
}

defineMethod(memoryviewType, '__getitem__', (args) => {
  const view = live(args);
  const key = args[1]!;
  if (key instanceof PySlice) {
    const { start, step, length } = resolveSlice(key, view.itemCount);
    return derive(view, view.offset + start * view.stride, length, view.stride * step);
  }
  if (!hasIndex(key)) badKey(key);
  return readItem(view, itemPosition(view, key));
});

defineMethod(memoryviewType, '__setitem__', (args) => {
  const view = live(args);
  const key = args[1]!;
  const value = args[2]!;
  if (view.readonly) throw typeError('cannot modify read-only memory');
  if (key instanceof PySlice) {
    const { start, step, length } = resolveSlice(key, view.itemCount);
    const target = derive(view, view.offset + start * view.stride, length, view.stride * step);
    const source = value instanceof PyMemoryView ? value : null;
    const sourceFormat = source === null ? 'B' : source.format;
    const bytes = bytesLikeData(value);
    if (bytes === undefined) {
      throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
    }
    const sourceCount = source === null ? bytes.length : source.itemCount;
    if (sourceFormat !== target.format || sourceCount !== target.itemCount) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    const copy = bytes.slice();
    const base = view.base();
    const size = target.itemSize;
    for (let item = 0; item < target.itemCount; item++) {
      const position = target.offset + item * target.stride;
      for (let byte = 0; byte < size; byte++) base[position + byte] = copy[item * size + byte]!;
    }
    return None;
  }
  if (!hasIndex(key)) badKey(key);
  writeItem(view, itemPosition(view, key), value);
  return None;
});

defineMethod(memoryviewType, '__delitem__', (args) => {
  live(args);
  throw typeError('cannot delete memory');
});

defineMethod(memoryviewType, '__len__', (args) => live(args).itemCount);

/** Every item unpacked, in order. */
function itemsOf(view: PyMemoryView): PyValue[] {
  const items: PyValue[] = new Array(view.itemCount);
  for (let index = 0; index < view.itemCount; index++) {
    items[index] = readItem(view, view.offset + index * view.stride);
  }
  return items;
}

defineMethod(memoryviewType, 'tolist', (args, kwnames) => {
  methodNoArgs('tolist', args, kwnames);
  return new PyList(itemsOf(live(args)));
});

defineMethod(memoryviewType, 'tobytes', (args, kwnames) => {
  const [order] = bindArgs('tobytes', args.slice(1), kwnames, ['order'], 0);
  const view = live(args);
  if (order !== undefined && order !== None) {
    const text = strValueOf(order);
    if (text !== 'C' && text !== 'F' && text !== 'A') {
      throw valueError("order must be 'C', 'F' or 'A'");
    }
  }
  return new PyBytes(view.contiguousBytes().slice());
});

defineMethod(memoryviewType, 'hex', (args, kwnames) => {
  const [sep, bytesPerSep] = bindArgs('hex', args.slice(1), kwnames, ['sep', 'bytes_per_sep'], 0);
  const view = live(args);
  const perSep = hexBytesPerSep(bytesPerSep);
  return bytesHex(view.contiguousBytes(), hexSeparator(sep), perSep);
});

defineMethod(memoryviewType, 'cast', (args, kwnames) => {
  const [format, shape] = bindArgs('cast', args.slice(1), kwnames, ['format', 'shape'], 1);
  const view = live(args);
  const text = strValueOf(format!);
  if (text === undefined) {
    throw typeError(`cast() argument 'format' must be str, not ${typeName(format!)}`);
  }
  const bare = text.startsWith('@') ? text.slice(1) : text;
  if (!isMemoryViewFormat(bare)) {
    throw valueError(
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!view.isContiguous())
    throw typeError('memoryview: casts are restricted to C-contiguous views');
  const byteFormats = 'Bbc';
  if (!byteFormats.includes(view.format) && !byteFormats.includes(bare)) {
    throw typeError('memoryview: cannot cast between two non-byte formats');
  }
  const totalBytes = view.itemCount * view.itemSize;
  const size = MEMORYVIEW_FORMATS[bare];
  if (totalBytes % size !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
  const count = totalBytes / size;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple)) {
      throw typeError('shape must be a list or a tuple');
    }
    if (shape.items.length !== 1) {
      throw notImplementedError('memoryview: multi-dimensional views are not supported by Pyex');
    }
    if (indexAsNumber(shape.items[0]!) !== count) {
      throw typeError('memoryview: product(shape) * itemsize != buffer size');
    }
  }
  return derive(view, view.offset, count, size, bare);
});

defineMethod(memoryviewType, 'toreadonly', (args, kwnames) => {
  methodNoArgs('toreadonly', args, kwnames);
  const view = live(args);
  return derive(view, view.offset, view.itemCount, view.stride, view.format, true);
});

defineMethod(memoryviewType, 'release', (args, kwnames) => {
  methodNoArgs('release', args, kwnames);
  (args[0] as PyMemoryView).released = true;
  return None;
});

defineMethod(memoryviewType, '__enter__', (args, kwnames) => {
  methodNoArgs('__enter__', args, kwnames);
  return live(args);
});

defineMethod(memoryviewType, '__exit__', (args) => {
  (args[0] as PyMemoryView).released = true;
  return None;
});

/** Items of any buffer for ==: a memoryview's unpacked items, or the bytes of a bytes-like. */
function comparableItems(value: PyValue): PyValue[] | undefined {
  if (value instanceof PyMemoryView) return itemsOf(value);
  const bytes = bytesLikeData(value);
  return bytes === undefined ? undefined : Array.from(bytes);
}

/** Item equality as struct-unpacked values compare (1 == 1.0, b'a' != 97). */
function itemEquals(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyBytes || b instanceof PyBytes) {
    return a instanceof PyBytes && b instanceof PyBytes && a.data[0] === b.data[0];
  }
  const left = realValueOf(a);
  const right = realValueOf(b);
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    return (
      (typeof a === 'bigint' || typeof a === 'number') &&
      (typeof b === 'bigint' || typeof b === 'number') &&
      Number.isInteger(a) === Number.isInteger(b) &&
      BigInt(a) === BigInt(b)
    );
  }
  return left === right;
}

function memoryviewEquals(self: PyMemoryView, other: PyValue): boolean | undefined {
  if (self === other) return true;
  if (self.released || (other instanceof PyMemoryView && other.released)) return false;
  const right = comparableItems(other);
  if (right === undefined) return undefined;
  const left = itemsOf(self);
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) {
    if (!itemEquals(left[index]!, right[index]!)) return false;
  }
  return true;
}

defineMethod(memoryviewType, '__eq__', (args) => {
  const result = memoryviewEquals(args[0] as PyMemoryView, args[1]!);
  return result === undefined ? NotImplemented : result;
});
defineMethod(memoryviewType, '__ne__', (args) => {
  const result = memoryviewEquals(args[0] as PyMemoryView, args[1]!);
  return result === undefined ? NotImplemented : !result;
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
  defineMethod(memoryviewType, name, () => NotImplemented);
}

defineMethod(memoryviewType, '__hash__', (args) => {
  const view = live(args);
  if (!view.readonly) throw valueError('cannot hash writable memoryview object');
  if (!'Bbc'.includes(view.format)) {
    throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  return hashBytesValue(view.contiguousBytes());
});

defineMethod(memoryviewType, '__repr__', (args) => {
  const view = args[0] as PyMemoryView;
  return `<${view.released ? 'released ' : ''}memory at ${addressOf(view)}>`;
});

defineMethod(memoryviewType, '__sizeof__', () => 184);

const memoryIteratorType = makeIteratorType('memory_iterator');

/** Iterates the unpacked items of a memoryview. */
class MemoryIterator extends PyIterator {
  declare view: PyMemoryView | null;
  declare index: number;

  constructor(view: PyMemoryView) {
    super(memoryIteratorType);
    this.view = view;
    this.index = 0;
  }

  next(): PyValue | undefined {
    const view = this.view;
    if (view === null) return undefined;
    view.checkReleased();
    if (this.index < view.itemCount) {
      return readItem(view, view.offset + this.index++ * view.stride);
    }
    this.view = null;
    return undefined;
  }
}

defineMethod(memoryviewType, '__iter__', (args) => new MemoryIterator(live(args)));

/** A read-only attribute that first checks the view was not released. */
function attribute(name: string, read: (view: PyMemoryView) => PyValue): void {
  defineGetSet(memoryviewType, name, (obj) => {
    const view = obj as PyMemoryView;
    view.checkReleased();
    return read(view);
  });
}

attribute('obj', (view) => view.source);
attribute('nbytes', (view) => view.itemCount * view.itemSize);
attribute('readonly', (view) => view.readonly);
attribute('itemsize', (view) => view.itemSize);
attribute('format', (view) => view.format);
attribute('ndim', () => 1);
attribute('shape', (view) => new PyTuple([view.itemCount]));
attribute('strides', (view) => new PyTuple([view.stride]));
attribute('suboffsets', () => new PyTuple([]));
attribute('c_contiguous', (view) => view.isContiguous());
attribute('f_contiguous', (view) => view.isContiguous());
attribute('contiguous', (view) => view.isContiguous());
