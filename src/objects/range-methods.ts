// The methods of `range` and `slice`: construction, len, indexing and slicing (a range of a range),
// membership in O(1) for ints, index/count, equality, hash, repr; slice.indices.

import { checkArity, methodOneArg } from './args.js';
import { rangeType, sliceType } from './builtin-types.js';
import {
  indexErrorOutOfRange,
  overflowError,
  typeError,
  typeErrorIndices,
  valueError,
} from './errors.js';
import {
  intAdd,
  intCompare,
  intMod,
  intMul,
  intSign,
  intSub,
  intValueOf,
  type PyInt,
} from './int-type.js';
import { RangeIterator } from './iterators.js';
import { defineGetSet, defineMethod, makeNativeFunction } from './native-function.js';
import { CompareOp, pyEq, richCompare } from './protocol-compare.js';
import { hashTuple } from './protocol-hash.js';
import { getIter, iterNext } from './protocol-iter.js';
import { hasIndex, indexValue } from './protocol-number.js';
import { pyRepr } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import { PyRange } from './range.js';
import { rt } from './runtime.js';
import { resolveSlice } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { PyTuple } from './tuple.js';

function self(args: readonly PyValue[]): PyRange {
  return args[0] as PyRange;
}

function rangeArg(value: PyValue): PyInt {
  return indexValue(value);
}

/** `range(...)` from call arguments. */
export function makeRange(args: readonly PyValue[]): PyRange {
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]!), 1);
  const start = rangeArg(args[0]!);
  const stop = rangeArg(args[1]!);
  const step = args.length > 2 ? rangeArg(args[2]!) : 1;
  if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

const rangeNew = makeNativeFunction('range', '__new__', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('range() takes no keyword arguments');
  const rest = args.slice(1);
  if (rest.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (rest.length > 3) throw typeError(`range expected at most 3 arguments, got ${rest.length}`);
  return makeRange(rest);
});
rangeType.setAttr('__new__', rangeNew);

/** Whether an int is one of the range's values. */
export function rangeContainsInt(range: PyRange, value: PyInt): boolean {
  const { start, stop, step } = range;
  if (intSign(step) > 0) {
    if (intCompare(value, start) < 0 || intCompare(value, stop) >= 0) return false;
  } else if (intCompare(value, start) > 0 || intCompare(value, stop) <= 0) return false;
  const offset = intSub(value, start);
  return intSign(intMod(offset, step)) === 0;
}

/** `range[key]`. */
export function rangeGetItem(range: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const length = typeof range.length === 'number' ? range.length : Number.MAX_SAFE_INTEGER;
    const { start, stop, step } = resolveSlice(key, length);
    return new PyRange(range.itemAt(start), range.itemAt(stop), intMul(range.step, step));
  }
  if (!hasIndex(key)) throw typeErrorIndices('range', key);
  let index = indexValue(key);
  if (intSign(index) < 0) index = intAdd(index, range.length);
  if (intSign(index) < 0 || intCompare(index, range.length) >= 0) {
    throw indexErrorOutOfRange('range object');
  }
  return range.itemAt(index);
}

defineMethod(rangeType, '__len__', (args) => {
  const length = self(args).length;
  if (typeof length === 'bigint' && length > 2n ** 63n - 1n)
    throw overflowError('Python int too large to convert to C ssize_t');
  return length;
});
defineMethod(rangeType, '__bool__', (args) => self(args).length !== 0);
defineMethod(rangeType, '__iter__', (args) => {
  const range = self(args);
  return new RangeIterator(range.start, range.step, range.length);
});
defineMethod(rangeType, '__reversed__', (args) => {
  const range = self(args);
  const last = range.length === 0 ? range.start : range.itemAt(intSub(range.length, 1));
  return new RangeIterator(last, intSub(0, range.step), range.length);
});
defineMethod(rangeType, '__getitem__', (args) => rangeGetItem(self(args), args[1]!));
defineMethod(rangeType, '__contains__', (args) => {
  const range = self(args);
  const int = intValueOf(args[1]!);
  if (int !== undefined && typeof args[1] !== 'object') return rangeContainsInt(range, int);
  const iterator = getIter(range);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (pyEq(item, args[1]!)) return true;
  }
  return false;
});
defineMethod(rangeType, '__repr__', (args) => {
  const range = self(args);
  const step = range.step === 1 ? '' : `, ${pyRepr(range.step)}`;
  return `range(${pyRepr(range.start)}, ${pyRepr(range.stop)}${step})`;
});
function rangeKey(range: PyRange): PyValue[] {
  if (range.length === 0) return [0, None, None];
  if (range.length === 1) return [1, range.start, None];
  return [range.length, range.start, range.step];
}
defineMethod(rangeType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PyRange)) return NotImplemented;
  const a = rangeKey(self(args));
  const b = rangeKey(other);
  return a.every((value, index) => pyEq(value, b[index]!));
});
defineMethod(rangeType, '__ne__', (args) => {
  const other = args[1];
  if (!(other instanceof PyRange)) return NotImplemented;
  const a = rangeKey(self(args));
  const b = rangeKey(other);
  return !a.every((value, index) => pyEq(value, b[index]!));
});
defineMethod(rangeType, '__hash__', (args) => hashTuple(rangeKey(self(args))));
defineMethod(rangeType, 'index', (args, kwnames) => {
  const value = methodOneArg('index', args, kwnames);
  const range = self(args);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    const int = intValueOf(value)!;
    if (rangeContainsInt(range, int)) {
      return intValueOf(intFloorDivide(intSub(int, range.start), range.step))!;
    }
    throw valueError(`${pyRepr(value)} is not in range`);
  }
  // Anything else (floats, int subclasses) is searched by == like any sequence.
  const iterator = getIter(range);
  const runtime = rt();
  for (let index = 0; ; index++) {
    const item = iterNext(iterator);
    if (item === undefined) break;
    if (pyEq(item, value)) return index;
    if ((index & 4095) === 4095) runtime.chargeBudget(4096);
  }
  throw valueError('sequence.index(x): x not in sequence');
});
defineMethod(rangeType, 'count', (args, kwnames) => {
  const value = methodOneArg('count', args, kwnames);
  const int = intValueOf(value);
  return int !== undefined && rangeContainsInt(self(args), int) ? 1 : 0;
});
defineGetSet(rangeType, 'start', (obj) => (obj as PyRange).start);
defineGetSet(rangeType, 'stop', (obj) => (obj as PyRange).stop);
defineGetSet(rangeType, 'step', (obj) => (obj as PyRange).step);

import { intFloorDiv as intFloorDivide } from './int-type.js';

const sliceNew = makeNativeFunction('slice', '__new__', (args, kwnames) => {
  checkArity('slice', args.slice(1), kwnames, 1, 3);
  if (args.length === 2) return new PySlice(None, args[1]!, None);
  return new PySlice(args[1]!, args[2]!, args[3] ?? None);
});
sliceType.setAttr('__new__', sliceNew);
defineMethod(sliceType, '__repr__', (args) => {
  const slice = args[0] as PySlice;
  return `slice(${pyRepr(slice.start)}, ${pyRepr(slice.stop)}, ${pyRepr(slice.step)})`;
});
defineMethod(sliceType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PySlice)) return NotImplemented;
  const slice = args[0] as PySlice;
  return (
    pyEq(slice.start, other.start) && pyEq(slice.stop, other.stop) && pyEq(slice.step, other.step)
  );
});
/** Slices order like the tuples (start, stop, step). */
for (const [name, op] of [
  ['__lt__', CompareOp.LT],
  ['__le__', CompareOp.LE],
  ['__gt__', CompareOp.GT],
  ['__ge__', CompareOp.GE],
] as const) {
  defineMethod(sliceType, name, (args) => {
    const other = args[1];
    if (!(other instanceof PySlice)) return NotImplemented;
    const slice = args[0] as PySlice;
    return richCompare(
      new PyTuple([slice.start, slice.stop, slice.step]),
      new PyTuple([other.start, other.stop, other.step]),
      op,
    );
  });
}
sliceType.setAttr('__hash__', None);
defineMethod(sliceType, 'indices', (args, kwnames) => {
  const length = Number(indexValue(methodOneArg('indices', args, kwnames)));
  if (length < 0) throw valueError('length should not be negative');
  const { start, stop, step } = resolveSlice(args[0] as PySlice, length);
  return new PyTuple([start, stop, step]);
});
defineGetSet(sliceType, 'start', (obj) => (obj as PySlice).start);
defineGetSet(sliceType, 'stop', (obj) => (obj as PySlice).stop);
defineGetSet(sliceType, 'step', (obj) => (obj as PySlice).step);
