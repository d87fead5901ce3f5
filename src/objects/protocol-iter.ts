// The iteration protocol for native code: iter(), next() returning undefined at the end (no
// StopIteration churn), and collecting an iterable into an array with budget and memory checks.

import { dictType, listType, rangeType, tupleType } from './builtin-types.js';
import { isAstralFree } from './code-points.js';
import type { PyDict } from './dict.js';
import { memoryError, overflowError, typeError, typeErrorNotIterable } from './errors.js';
import { exceptionMatchesName } from './exception-match.js';
import { PyGenerator } from './generator.js';
import { ListIterator, PyIterator, SeqIterator, StrIterator, TupleIterator } from './iterators.js';
import { PyList } from './list.js';
import { callUnbound } from './protocol-call.js';
import type { PyObject, PyValue } from './py-object.js';
import type { PyRange } from './range.js';
import { rt } from './runtime.js';
import { None } from './singletons.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

/** The iterator factory of dicts and sets (installed by dict-methods.ts / set-methods.ts). */
export const iterHooks: {
  dictKeys: ((dict: PyDict) => PyObject) | null;
} = { dictKeys: null };

/** `iter(value)`. */
export function getIter(value: PyValue): PyValue {
  if (typeof value === 'string') return new StrIterator(value, isAsciiOnly(value));
  if (typeof value !== 'object') throw typeErrorNotIterable(value);
  const type = value.cls;
  if (type === listType) return new ListIterator(value as PyList);
  if (type === tupleType) return new TupleIterator(value as PyTuple);
  if (type === dictType && iterHooks.dictKeys !== null) return iterHooks.dictKeys(value as PyDict);
  if (value instanceof PyIterator || value instanceof PyGenerator) {
    if (type.lookup('__iter__') === type.attrs.get('__iter__') || !type.isHeapType) return value;
  }
  const iter = type.lookup('__iter__');
  if (iter !== undefined) {
    if (iter === None) throw typeErrorNotIterable(value);
    const iterator = callUnbound(iter, value, []);
    if (typeOf(iterator).lookup('__next__') === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeName(iterator)}'`);
    }
    return iterator;
  }
  if (type.lookup('__getitem__') !== undefined && !type.isSubtypeOf(dictType)) {
    return new SeqIterator(value);
  }
  throw typeErrorNotIterable(value);
}

function isAsciiOnly(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 127) return false;
  return true;
}

/**
 * `next(iterator)` for native loops: the next value, or undefined when the iterator is exhausted
 * (StopIteration from a Python `__next__` is absorbed).
 */
export function iterNext(iterator: PyValue): PyValue | undefined {
  if (iterator instanceof PyIterator) return iterator.next();
  if (iterator instanceof PyGenerator && iterator.cls.isHeapType === false) {
    const result = rt().resumeGenerator(iterator, 'send', None);
    return result.yielded ? result.value : undefined;
  }
  const next = typeOf(iterator).lookup('__next__');
  if (next === undefined) throw typeError(`'${typeName(iterator)}' object is not an iterator`);
  try {
    return callUnbound(next, iterator, []);
  } catch (error) {
    if (exceptionMatchesName(error, 'StopIteration')) return undefined;
    throw error;
  }
}

/** Every value of an iterable, in order (`list(value)`), charging the budget as it goes. */
export function iterableToArray(value: PyValue): PyValue[] {
  if (typeof value === 'object') {
    const type = value.cls;
    if (type === listType) return (value as PyList).items.slice();
    if (type === tupleType) return (value as PyTuple).items.slice();
  } else if (typeof value === 'string' && isAstralFree(value)) {
    return value.split('');
  }
  const iterator = getIter(value);
  const result: PyValue[] = [];
  const runtime = rt();
  for (;;) {
    const item = iterNext(iterator);
    if (item === undefined) return result;
    result.push(item);
    if ((result.length & 1023) === 0) {
      runtime.chargeBudget(1024);
      runtime.checkAllocation(result.length * 8);
    }
  }
}

/**
 * `iterableToArray` for list(), tuple(), sorted() and list.extend(), which CPython sizes by the
 * iterable's length first: for a range, a length past ssize_t is an OverflowError and one no
 * machine can hold a MemoryError, both before any item is made. (min(), set() and the other
 * consumers just iterate, so they stay on plain `iterableToArray`.)
 */
export function iterableToPresizedArray(value: PyValue): PyValue[] {
  if (typeof value === 'object' && value.cls === rangeType) preallocateRange(value as PyRange);
  return iterableToArray(value);
}

function preallocateRange(range: PyRange): void {
  const length = range.length;
  if (typeof length === 'bigint') {
    if (length > MAX_SSIZE) throw overflowError('Python int too large to convert to C ssize_t');
    throw memoryError();
  }
  rt().checkAllocation(length * 8);
}

const MAX_SSIZE = 2n ** 63n - 1n;

/** The items of a list or tuple without copying, or a fresh array for other iterables. */
export function sequenceItems(value: PyValue): readonly PyValue[] {
  if (value instanceof PyList) return value.items;
  if (value instanceof PyTuple) return value.items;
  return iterableToArray(value);
}
