// The methods of `tuple`: construction, indexing and slicing, concatenation and repetition,
// comparisons, hash, repr, index and count.

import { checkArity, methodOneArg } from './args.js';
import { tupleType } from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import { typeError, typeErrorIndices, valueError } from './errors.js';
import { makeGenericAlias } from './generic-alias.js';
import { initInstanceStorage } from './instance.js';
import { TupleIterator } from './iterators.js';
import { repeatItems } from './list-methods.js';
import { defineMethod, makeNativeFunction } from './native-function.js';
import { compareSequences, pyEq } from './protocol-compare.js';
import { hashTuple } from './protocol-hash.js';
import { iterableToPresizedArray } from './protocol-iter.js';
import { hasIndex, indexAsNumber } from './protocol-number.js';
import { pyRepr, withReprGuard } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { normalizeIndex, sliceIndexNotNone, sliceItems } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { PyTuple } from './tuple.js';
import { typeName } from './type-of.js';

function self(args: readonly PyValue[]): PyTuple {
  const value = args[0];
  if (!(value instanceof PyTuple)) {
    throw typeError(
      `descriptor requires a 'tuple' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

/** `repr(tuple)`: `(1, 2)`, `(1,)`, `()`. */
export function tupleRepr(tuple: PyTuple): string {
  const items = tuple.items;
  if (items.length === 0) return '()';
  return withReprGuard(tuple, '(...)', () => {
    const runtime = rt();
    runtime.enterRecursion(' while getting the repr of an object');
    try {
      if (items.length === 1) return `(${pyRepr(items[0]!)},)`;
      return `(${items.map(pyRepr).join(', ')})`;
    } finally {
      runtime.leaveRecursion();
    }
  });
}

/** `tuple[key]` for an int or a slice. */
export function tupleGetItem(tuple: PyTuple, key: PyValue): PyValue {
  if (typeof key === 'number')
    return tuple.items[normalizeIndex(key, tuple.items.length, 'tuple')]!;
  if (key instanceof PySlice) {
    const items = sliceItems(tuple.items, key);
    // Only a full slice with step 1 is the tuple itself (a reversed one is a new tuple).
    const forward = key.step === None || key.step === 1 || key.step === true;
    return forward && items.length === tuple.items.length && tuple.cls === tupleType
      ? tuple
      : PyTuple.fromArray(items);
  }
  if (hasIndex(key))
    return tuple.items[normalizeIndex(indexAsNumber(key), tuple.items.length, 'tuple')]!;
  throw typeErrorIndices('tuple', key);
}

const tupleNew = makeNativeFunction('tuple', '__new__', (args, kwnames) => {
  checkArity('tuple', args.slice(1), kwnames, 0, 1);
  const cls = args[0] as PyType;
  const source = args[1];
  if (cls === tupleType) {
    if (source === undefined) return PyTuple.EMPTY;
    if (source instanceof PyTuple && source.cls === tupleType) return source;
    return PyTuple.fromArray(iterableToPresizedArray(source));
  }
  const tuple = new PyTuple(source === undefined ? [] : iterableToPresizedArray(source), cls);
  initInstanceStorage(tuple, cls);
  return tuple;
});
tupleType.setAttr('__new__', tupleNew);

defineMethod(tupleType, '__repr__', (args) => tupleRepr(self(args)));
defineMethod(tupleType, '__len__', (args) => self(args).items.length);
defineMethod(tupleType, '__getitem__', (args) => tupleGetItem(self(args), args[1]!));
defineMethod(tupleType, '__contains__', (args) => {
  const item = args[1]!;
  for (const candidate of self(args).items)
    if (candidate === item || pyEq(candidate, item)) return true;
  return false;
});
defineMethod(tupleType, '__iter__', (args) => new TupleIterator(self(args)));
defineMethod(tupleType, '__hash__', (args) => hashTuple(self(args).items));
defineMethod(tupleType, '__add__', (args) => {
  const other = args[1];
  if (!(other instanceof PyTuple)) return NotImplemented;
  return PyTuple.fromArray(self(args).items.concat(other.items));
});
defineMethod(tupleType, '__mul__', (args) => {
  const items = repeatItems(self(args).items, args[1]!);
  return items === undefined ? NotImplemented : PyTuple.fromArray(items);
});
defineMethod(tupleType, '__rmul__', (args) => {
  const items = repeatItems(self(args).items, args[1]!);
  return items === undefined ? NotImplemented : PyTuple.fromArray(items);
});
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  defineMethod(tupleType, name, (args) => {
    const other = args[1];
    if (!(other instanceof PyTuple)) return NotImplemented;
    return compareSequences(self(args).items, other.items, op);
  });
});
defineMethod(tupleType, 'index', (args, kwnames) => {
  checkArity('index', args.slice(1), kwnames, 1, 3);
  const items = self(args).items;
  const item = args[1]!;
  let start = args.length > 2 ? sliceIndexNotNone(args[2]!) : 0;
  let stop = args.length > 3 ? sliceIndexNotNone(args[3]!) : items.length;
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop = Math.max(0, stop + items.length);
  for (let index = start; index < Math.min(stop, items.length); index++) {
    const candidate = items[index]!;
    if (candidate === item || pyEq(candidate, item)) return index;
  }
  throw valueError('tuple.index(x): x not in tuple');
});
defineMethod(tupleType, 'count', (args, kwnames) => {
  const item = methodOneArg('count', args, kwnames);
  let count = 0;
  for (const candidate of self(args).items)
    if (candidate === item || pyEq(candidate, item)) count++;
  return count;
});
defineMethod(
  tupleType,
  '__getnewargs__',
  (args) => new PyTuple([PyTuple.fromArray(self(args).items.slice())]),
);
const classGetItem = makeNativeFunction('tuple', '__class_getitem__', (args) =>
  makeGenericAlias(args[0]!, args[1]!),
);
tupleType.setAttr('__class_getitem__', new PyClassMethod(classGetItem));
