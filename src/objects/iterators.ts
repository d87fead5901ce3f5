// Native iterator objects: the PyIterator base (next() returns undefined when exhausted, so native
// loops need no StopIteration) and the iterators of list, tuple, str, range and the sequence protocol.

import { makeBuiltinType } from './builtin-types.js';
import { exceptionMatchesName } from './exception-match.js';
import type { PyInt } from './int-type.js';
import { intAdd } from './int-type.js';
import type { PyList } from './list.js';
import { callObject } from './protocol-call.js';
import { pyEq } from './protocol-compare.js';
import { getItem } from './protocol-subscript.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import type { PyTuple } from './tuple.js';

/**
 * A native iterator. `next()` returns the next value or undefined when exhausted (after which it
 * keeps returning undefined). It may throw a PythonError. `__iter__`/`__next__` are defined once
 * for all iterator types in iterator-methods.ts.
 */
export abstract class PyIterator extends PyObject {
  /** The next value, or undefined when exhausted. */
  abstract next(): PyValue | undefined;
  /** `__length_hint__`: remaining items when known cheaply, else -1. */
  lengthHint(): number {
    return -1;
  }
}

/** Every native iterator type (iterator-methods.ts gives each `__iter__` and `__next__`). */
export const ITERATOR_TYPES: PyType[] = [];

/** Makes and registers a native iterator type. */
export function makeIteratorType(name: string, module?: string): PyType {
  const type = makeBuiltinType(
    name,
    undefined,
    module === undefined ? { subclassable: false } : { subclassable: false, module },
  );
  ITERATOR_TYPES.push(type);
  return type;
}

/** `list_iterator`. */
export const listIteratorType = makeIteratorType('list_iterator');
/** `list_reverseiterator`. */
export const listReverseIteratorType = makeIteratorType('list_reverseiterator');
/** `tuple_iterator`. */
export const tupleIteratorType = makeIteratorType('tuple_iterator');
/** `str_ascii_iterator` (CPython 3.11 names str iterators this for ASCII strings). */
export const strAsciiIteratorType = makeIteratorType('str_ascii_iterator');
/** `str_iterator`. */
export const strIteratorType = makeIteratorType('str_iterator');
/** `range_iterator`. */
export const rangeIteratorType = makeIteratorType('range_iterator');
/** `iterator`: the sequence-protocol iterator over `__getitem__`. */
export const seqIteratorType = makeIteratorType('iterator');
/** `callable_iterator`: `iter(callable, sentinel)`. */
export const callableIteratorType = makeIteratorType('callable_iterator');

/** Iterates a list by index (sees appends made during iteration, as CPython). */
export class ListIterator extends PyIterator {
  declare list: PyList | null;
  declare index: number;

  constructor(list: PyList) {
    super(listIteratorType);
    this.list = list;
    this.index = 0;
  }

  next(): PyValue | undefined {
    const list = this.list;
    if (list === null) return undefined;
    if (this.index < list.items.length) return list.items[this.index++];
    this.list = null;
    return undefined;
  }

  override lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.list.items.length - this.index);
  }
}

/** `reversed(list)`. */
export class ListReverseIterator extends PyIterator {
  declare list: PyList | null;
  declare index: number;

  constructor(list: PyList) {
    super(listReverseIteratorType);
    this.list = list;
    this.index = list.items.length - 1;
  }

  next(): PyValue | undefined {
    const list = this.list;
    if (list === null) return undefined;
    if (this.index >= 0 && this.index < list.items.length) return list.items[this.index--];
    this.list = null;
    return undefined;
  }

  override lengthHint(): number {
    return this.list === null ? 0 : Math.max(0, this.index + 1);
  }
}

/** Iterates a tuple (or any fixed array of values). */
export class TupleIterator extends PyIterator {
  declare items: readonly PyValue[] | null;
  declare index: number;

  constructor(tuple: PyTuple) {
    super(tupleIteratorType);
    this.items = tuple.items;
    this.index = 0;
  }

  next(): PyValue | undefined {
    const items = this.items;
    if (items === null) return undefined;
    if (this.index < items.length) return items[this.index++];
    this.items = null;
    return undefined;
  }

  override lengthHint(): number {
    return this.items === null ? 0 : this.items.length - this.index;
  }
}

/** Iterates the code points of a str. */
export class StrIterator extends PyIterator {
  declare text: string;
  /** Offset in UTF-16 units. */
  declare offset: number;

  constructor(text: string, ascii: boolean) {
    super(ascii ? strAsciiIteratorType : strIteratorType);
    this.text = text;
    this.offset = 0;
  }

  next(): PyValue | undefined {
    const text = this.text;
    const offset = this.offset;
    if (offset >= text.length) return undefined;
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
      const low = text.charCodeAt(offset + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.offset = offset + 2;
        return text.slice(offset, offset + 2);
      }
    }
    this.offset = offset + 1;
    return text[offset]!;
  }
}

/** Iterates a range. Number ranges use plain JS arithmetic; huge ones go through bigint. */
export class RangeIterator extends PyIterator {
  declare current: PyInt;
  declare readonly step: PyInt;
  declare remaining: PyInt;

  constructor(start: PyInt, step: PyInt, length: PyInt) {
    super(rangeIteratorType);
    this.current = start;
    this.step = step;
    this.remaining = length;
  }

  next(): PyValue | undefined {
    const remaining = this.remaining;
    if (typeof remaining === 'number') {
      if (remaining <= 0) return undefined;
      this.remaining = remaining - 1;
    } else {
      if (remaining <= 0n) return undefined;
      const left = remaining - 1n;
      this.remaining = left <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(left) : left;
    }
    const value = this.current;
    if (typeof value === 'number' && typeof this.step === 'number') {
      const next = value + this.step;
      this.current = Number.isSafeInteger(next) ? next : intAdd(value, this.step);
    } else {
      this.current = intAdd(value, this.step);
    }
    return value;
  }

  override lengthHint(): number {
    return typeof this.remaining === 'number' ? this.remaining : Number.MAX_SAFE_INTEGER;
  }
}

/** The iterator of an object with `__getitem__` but no `__iter__` (stops at IndexError/StopIteration). */
export class SeqIterator extends PyIterator {
  declare seq: PyValue | null;
  declare index: number;

  constructor(seq: PyValue) {
    super(seqIteratorType);
    this.seq = seq;
    this.index = 0;
  }

  next(): PyValue | undefined {
    if (this.seq === null) return undefined;
    let value: PyValue;
    try {
      value = getItem(this.seq, this.index);
    } catch (error) {
      if (
        exceptionMatchesName(error, 'IndexError') ||
        exceptionMatchesName(error, 'StopIteration')
      ) {
        this.seq = null;
        return undefined;
      }
      throw error;
    }
    this.index++;
    return value;
  }
}

/** `iter(callable, sentinel)`: calls until the result equals the sentinel. */
export class CallableIterator extends PyIterator {
  declare callable: PyValue | null;
  declare readonly sentinel: PyValue;

  constructor(callable: PyValue, sentinel: PyValue) {
    super(callableIteratorType);
    this.callable = callable;
    this.sentinel = sentinel;
  }

  next(): PyValue | undefined {
    if (this.callable === null) return undefined;
    let value: PyValue;
    try {
      value = callObject(this.callable, []);
    } catch (error) {
      if (exceptionMatchesName(error, 'StopIteration')) {
        this.callable = null;
        return undefined;
      }
      throw error;
    }
    if (pyEq(value, this.sentinel)) {
      this.callable = null;
      return undefined;
    }
    return value;
  }
}
