// Subscription, len() and `in`: fast paths for list/tuple/dict/str with int keys, then
// __getitem__/__setitem__/__delitem__/__len__/__contains__ dispatch and `__class_getitem__`.

import { dictType, listType, tupleType } from './builtin-types.js';
import { charAtIndex, codePointLength } from './code-points.js';
import type { PyDict } from './dict.js';
import {
  keyError,
  overflowError,
  typeError,
  typeErrorNoItemAssignment,
  typeErrorNoItemDeletion,
  typeErrorNoLen,
  typeErrorNotSubscriptable,
  valueError,
} from './errors.js';
import { intValueOf } from './int-type.js';
import type { PyList } from './list.js';
import { getAttr } from './protocol-attr.js';
import { callObject, callUnbound } from './protocol-call.js';
import { pyEq } from './protocol-compare.js';
import { getIter, iterNext } from './protocol-iter.js';
import { hasIndex, hasSequenceTable, indexAsNumber } from './protocol-number.js';
import { isTruthy } from './protocol-truth.js';
import type { PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { normalizeIndex } from './sequence.js';
import { None } from './singletons.js';
import { strContains } from './str-search.js';
import { astralFree, strValueOf } from './str-type.js';
import type { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

/** `container[key]`. */
export function getItem(container: PyValue, key: PyValue): PyValue {
  if (typeof container === 'object') {
    const type = container.cls;
    if (type === listType && typeof key === 'number') {
      const items = (container as PyList).items;
      return items[normalizeIndex(key, items.length, 'list')]!;
    }
    if (type === dictType) {
      const value = (container as PyDict).get(key);
      if (value === undefined) throw keyError(key);
      return value;
    }
    if (type === tupleType && typeof key === 'number') {
      const items = (container as PyTuple).items;
      return items[normalizeIndex(key, items.length, 'tuple')]!;
    }
  } else if (typeof container === 'string' && typeof key === 'number') {
    if (astralFree(container)) {
      return container[normalizeIndex(key, container.length, 'string')]!;
    }
  }
  const type = typeOf(container);
  const method = type.lookup('__getitem__');
  if (method !== undefined) return callUnbound(method, container, [key]);
  if (container instanceof PyType) {
    if (container.lookup('__class_getitem__') !== undefined) {
      return callObject(getAttr(container, '__class_getitem__'), [key]);
    }
    throw typeError(`type '${container.name}' is not subscriptable`);
  }
  throw typeErrorNotSubscriptable(container);
}

/** `container[key] = value`. */
export function setItem(container: PyValue, key: PyValue, value: PyValue): void {
  if (typeof container === 'object') {
    const type = container.cls;
    if (type === listType && typeof key === 'number') {
      const items = (container as PyList).items;
      items[normalizeIndex(key, items.length, 'list assignment')] = value;
      return;
    }
    if (type === dictType) {
      (container as PyDict).set(key, value);
      return;
    }
  }
  const method = typeOf(container).lookup('__setitem__');
  if (method === undefined) throw typeErrorNoItemAssignment(container);
  callUnbound(method, container, [key, value]);
}

/** `del container[key]`. */
export function delItem(container: PyValue, key: PyValue): void {
  const method = typeOf(container).lookup('__delitem__');
  if (method === undefined) {
    // CPython words it "doesn't" on its sequence path (an index key on a type with a sequence
    // table) and "does not" otherwise.
    if (hasSequenceTable(container) && hasIndex(key)) throw typeErrorNoItemDeletion(container);
    throw typeError(`'${typeName(container)}' object does not support item deletion`);
  }
  callUnbound(method, container, [key]);
}

/** `len(value)` as a JS number (lengths past 2**53 lose precision: see `pyLenInt`). */
export function pyLen(value: PyValue): number {
  const length = pyLenInt(value);
  return typeof length === 'bigint' ? Number(length) : length;
}

/** `len(value)` exactly: a bigint for lengths past 2**53 (a huge range), up to sys.maxsize. */
export function pyLenInt(value: PyValue): number | bigint {
  if (typeof value === 'string') return astralFree(value) ? value.length : codePointLength(value);
  if (typeof value === 'object') {
    const type = value.cls;
    if (type === listType) return (value as PyList).items.length;
    if (type === tupleType) return (value as PyTuple).items.length;
    if (type === dictType) return (value as PyDict).size;
  }
  const method = typeOf(value).lookup('__len__');
  if (method === undefined) throw typeErrorNoLen(value);
  const result = callUnbound(method, value, []);
  const length = intValueOf(result);
  if (length === undefined) {
    throw typeError(`'${typeName(result)}' object cannot be interpreted as an integer`);
  }
  if (length < 0) throw valueError('__len__() should return >= 0');
  if (typeof length === 'bigint' && length > MAX_SSIZE) {
    throw overflowError("cannot fit 'int' into an index-sized integer");
  }
  return length;
}

/** `sys.maxsize`: the largest length CPython's `len()` can return. */
const MAX_SSIZE = (1n << 63n) - 1n;

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    // Never half of a surrogate pair: '\ud83d' in '\U0001f600' is False.
    if (typeof item === 'string') return strContains(container, item);
    const itemText = strValueOf(item);
    if (itemText !== undefined) return strContains(container, itemText);
    throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  }
  if (typeof container === 'object') {
    const type = container.cls;
    if (type === dictType) return (container as PyDict).has(item);
    if (type === listType || type === tupleType) {
      const items = (container as PyList | PyTuple).items;
      for (let index = 0; index < items.length; index++) {
        const candidate = items[index]!;
        if (candidate === item || pyEq(candidate, item)) return true;
      }
      return false;
    }
  }
  const type = typeOf(container);
  const method = type.lookup('__contains__');
  if (method === None) throw typeError(`'${typeName(container)}' object is not a container`);
  if (method !== undefined) {
    const result = callUnbound(method, container, [item]);
    return typeof result === 'boolean' ? result : isTruthy(result);
  }
  if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
    throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  }
  const iterator = getIter(container);
  const runtime = rt();
  let steps = 0;
  for (;;) {
    const candidate = iterNext(iterator);
    if (candidate === undefined) return false;
    if (candidate === item || pyEq(candidate, item)) return true;
    if ((++steps & 4095) === 0) runtime.chargeBudget(4096);
  }
}

/** A character of a str by code-point index (with IndexError). */
export function strItem(text: string, index: PyValue): string {
  const position = indexAsNumber(index);
  if (astralFree(text)) return text[normalizeIndex(position, text.length, 'string')]!;
  const length = codePointLength(text);
  return charAtIndex(text, normalizeIndex(position, length, 'string'));
}
