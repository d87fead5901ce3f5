// The slower halves of instructions, kept out of the dispatch loop: unpacking, raise, exception
// matching, with-statement setup, f-string formatting, star-call argument building, match support.

import { dictType, listType, tupleType } from '../objects/builtin-types.js';
import { PyDict } from '../objects/dict.js';
import { dictUpdate } from '../objects/dict-methods.js';
import { typeError, valueError } from '../objects/errors.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { getAttr, getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject, callUnbound } from '../objects/protocol-call.js';
import { getIter, iterableToArray, iterNext } from '../objects/protocol-iter.js';
import { pyAscii, pyRepr, pyStr } from '../objects/protocol-repr.js';
import { getItem } from '../objects/protocol-subscript.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { None } from '../objects/singletons.js';
import { pyFormat } from '../objects/str-methods.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';

/** The items of an iterable for UNPACK_SEQUENCE, checking the count with CPython's messages. */
export function unpackSequence(value: PyValue, count: number): readonly PyValue[] {
  if (typeof value === 'object' && (value.cls === tupleType || value.cls === listType)) {
    const items = (value as PyTuple | PyList).items;
    if (items.length === count) return items;
    if (items.length < count) {
      throw valueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
    }
    throw valueError(`too many values to unpack (expected ${count})`);
  }
  let iterator: PyValue;
  try {
    iterator = getIter(value);
  } catch (error) {
    if (
      typeOf(value).lookup('__iter__') === undefined &&
      typeOf(value).lookup('__getitem__') === undefined
    ) {
      throw typeError(`cannot unpack non-iterable ${typeName(value)} object`);
    }
    throw error;
  }
  const items: PyValue[] = [];
  for (;;) {
    const item = iterNext(iterator);
    if (item === undefined) break;
    if (items.length === count) throw valueError(`too many values to unpack (expected ${count})`);
    items.push(item);
  }
  if (items.length < count) {
    throw valueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
  }
  return items;
}

/** The pieces of UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackStarred(value: PyValue, before: number, after: number): PyValue[] {
  let items: PyValue[];
  try {
    items = iterableToArray(value);
  } catch (error) {
    if (
      typeOf(value).lookup('__iter__') === undefined &&
      typeOf(value).lookup('__getitem__') === undefined
    ) {
      throw typeError(`cannot unpack non-iterable ${typeName(value)} object`);
    }
    throw error;
  }
  if (items.length < before + after) {
    throw valueError(
      `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
    );
  }
  const result = items.slice(0, before);
  result.push(new PyList(items.slice(before, items.length - after)));
  for (let index = items.length - after; index < items.length; index++) result.push(items[index]!);
  return result;
}

/** The exception object `raise value` raises (a class is instantiated with no arguments). */
export function exceptionToRaise(value: PyValue): PyBaseException {
  if (value instanceof PyType && value.isExceptionType) {
    const instance = callObject(value, []);
    if (!(instance instanceof PyBaseException)) {
      throw typeError(
        `calling ${pyRepr(value)} should have returned an instance of BaseException, not ${typeName(instance)}`,
      );
    }
    return instance;
  }
  if (value instanceof PyBaseException) return value;
  throw typeError('exceptions must derive from BaseException');
}

/** The `__cause__` for `raise exc from cause` (None clears it). */
export function causeFor(cause: PyValue): PyBaseException | null {
  if (cause === None) return null;
  if (cause instanceof PyType && cause.isExceptionType) return exceptionToRaise(cause);
  if (cause instanceof PyBaseException) return cause;
  throw typeError('exception causes must derive from BaseException');
}

/** `isinstance(exc, matcher)` for `except matcher:`, with CPython's check that it is an exception class. */
export function exceptionMatches(exc: PyValue, matcher: PyValue): boolean {
  if (matcher instanceof PyTuple) {
    for (const item of matcher.items) checkExceptClass(item);
    for (const item of matcher.items) if (typeOf(exc).isSubtypeOf(item as PyType)) return true;
    return false;
  }
  checkExceptClass(matcher);
  return typeOf(exc).isSubtypeOf(matcher as PyType);
}

function checkExceptClass(value: PyValue): void {
  if (!(value instanceof PyType) || !value.isExceptionType) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

/** BEFORE_WITH: [bound __exit__, result of __enter__()]. */
export function enterContext(manager: PyValue): [PyValue, PyValue] {
  const type = typeOf(manager);
  const enter = type.lookup('__enter__');
  const exit = type.lookup('__exit__');
  if (enter === undefined) {
    throw typeError(`'${type.name}' object does not support the context manager protocol`);
  }
  if (exit === undefined) {
    throw typeError(
      `'${type.name}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  const boundExit = bindMethod(exit, manager);
  const result = callUnbound(enter, manager, []);
  return [boundExit, result];
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, the awaitable of __aenter__()]. */
export function enterAsyncContext(manager: PyValue): [PyValue, PyValue] {
  const type = typeOf(manager);
  const enter = type.lookup('__aenter__');
  const exit = type.lookup('__aexit__');
  if (enter === undefined) {
    throw typeError(
      `'${type.name}' object does not support the asynchronous context manager protocol`,
    );
  }
  if (exit === undefined) {
    throw typeError(
      `'${type.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
    );
  }
  return [bindMethod(exit, manager), callUnbound(enter, manager, [])];
}

function bindMethod(attribute: PyValue, self: PyValue): PyValue {
  return getAttrBound(attribute, self);
}

import { bindDescriptor } from '../objects/protocol-attr.js';

function getAttrBound(attribute: PyValue, self: PyValue): PyValue {
  return bindDescriptor(attribute, self, typeOf(self));
}

/** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then `format(value, spec)`. */
export function formatValue(value: PyValue, conversion: number, spec: PyValue | undefined): string {
  let converted = value;
  if (conversion === 1) converted = pyStr(value);
  else if (conversion === 2) converted = pyRepr(value);
  else if (conversion === 3) converted = pyAscii(value);
  const specText = spec === undefined ? '' : (strValueOf(spec) ?? '');
  if (typeof converted === 'string' && specText === '') return converted;
  return pyFormat(converted, specText);
}

/** The positional arguments of CALL_FUNCTION_EX (`*args` must be iterable). */
export function starArgs(callable: PyValue, value: PyValue): PyValue[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items.slice();
  try {
    return iterableToArray(value);
  } catch (error) {
    if (
      typeOf(value).lookup('__iter__') === undefined &&
      typeOf(value).lookup('__getitem__') === undefined
    ) {
      throw typeError(
        `${functionNameForError(callable)} argument after * must be an iterable, not ${typeName(value)}`,
      );
    }
    throw error;
  }
}

/**
 * The keyword arguments of CALL_FUNCTION_EX: appends their values to `args` and returns their
 * names, or null when the mapping is empty.
 */
export function appendStarKwargs(
  callable: PyValue,
  value: PyValue,
  args: PyValue[],
): string[] | null {
  const names: string[] = [];
  if (value instanceof PyDict) {
    for (const [key, item] of value.entries()) {
      const name = strValueOf(key);
      if (name === undefined) throw typeError(`keywords must be strings`);
      names.push(name);
      args.push(item);
    }
    return names.length === 0 ? null : names;
  }
  const keysMethod = getAttrOrUndefined(value, 'keys');
  if (keysMethod === undefined) {
    throw typeError(
      `${functionNameForError(callable)} argument after ** must be a mapping, not ${typeName(value)}`,
    );
  }
  // Every value is looked up before any is appended (a failing lookup leaves `args` as it was).
  const values: PyValue[] = [];
  for (const key of iterableToArray(callObject(keysMethod, []))) {
    const name = strValueOf(key);
    if (name === undefined) throw typeError('keywords must be strings');
    names.push(name);
    values.push(getItem(value, key));
  }
  for (const item of values) args.push(item);
  return names.length === 0 ? null : names;
}

/** How CPython names a callable in argument errors (`f()`, `C.m()`, `print()`). */
export function functionNameForError(callable: PyValue): string {
  if (typeof callable === 'object') {
    const qualname = getAttrOrUndefined(callable, '__qualname__');
    const module = getAttrOrUndefined(callable, '__module__');
    if (typeof qualname === 'string') {
      return typeof module === 'string' && module !== 'builtins'
        ? `${module}.${qualname}()`
        : `${qualname}()`;
    }
    const name = getAttrOrUndefined(callable, '__name__');
    if (typeof name === 'string') return `${name}()`;
  }
  return `${typeName(callable)} object`;
}

/** DICT_MERGE: `**mapping` into the call's kwargs dict; duplicate keys are a TypeError. */
export function dictMerge(target: PyDict, source: PyValue, callable: PyValue): void {
  if (source instanceof PyDict) {
    for (const [key, value] of source.entries()) {
      if (target.has(key)) {
        throw typeError(
          `${functionNameForError(callable)} got multiple values for keyword argument '${pyStr(key)}'`,
        );
      }
      target.set(key, value);
    }
    return;
  }
  const keysMethod = getAttrOrUndefined(source, 'keys');
  if (keysMethod === undefined) {
    throw typeError(
      `${functionNameForError(callable)} argument after ** must be a mapping, not ${typeName(source)}`,
    );
  }
  for (const key of iterableToArray(callObject(keysMethod, []))) {
    if (target.has(key)) {
      throw typeError(
        `${functionNameForError(callable)} got multiple values for keyword argument '${pyStr(key)}'`,
      );
    }
    target.set(key, getItem(source, key));
  }
}

/** DICT_UPDATE: `{**mapping}` in a display. */
export function dictDisplayUpdate(target: PyDict, source: PyValue): void {
  if (!(source instanceof PyDict) && getAttrOrUndefined(source, 'keys') === undefined) {
    throw typeError(`'${typeName(source)}' object is not a mapping`);
  }
  dictUpdate(target, source);
}

/** MATCH_MAPPING: whether the subject is a mapping (dict or collections.abc.Mapping). */
export function isMatchMapping(subject: PyValue): boolean {
  if (subject instanceof PyDict) return true;
  const type = typeOf(subject);
  return (
    type.mro.some(
      (base) => base.name === 'Mapping' && base.attrs.get('__module__') !== 'builtins',
    ) || type.lookup('__match_mapping__') === true
  );
}

/** MATCH_SEQUENCE: lists, tuples, ranges and Sequence subclasses, but not str/bytes/bytearray. */
export function isMatchSequence(subject: PyValue): boolean {
  if (typeof subject === 'string') return false;
  if (subject instanceof PyList || subject instanceof PyTuple) return true;
  const type = typeOf(subject);
  if (
    ['str', 'bytes', 'bytearray'].some((name) =>
      type.mro.some((base) => base.name === name && !base.isHeapType),
    )
  ) {
    return false;
  }
  if (
    type.name === 'range' ||
    type.name === 'memoryview' ||
    type.name === 'deque' ||
    type.name === 'array'
  )
    return true;
  return type.mro.some(
    (base) =>
      (base.name === 'Sequence' || base.name === 'MutableSequence') &&
      base.attrs.get('__module__') !== 'builtins',
  );
}

/** MATCH_KEYS: a tuple of the subject's values for `keys`, or None when one is missing. */
export function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  const values: PyValue[] = [];
  const seen = new PyDict();
  const get =
    subject instanceof PyDict && subject.cls === dictType ? null : getAttr(subject, 'get');
  const marker = new PyList([]);
  for (const key of keys.items) {
    if (seen.has(key)) throw valueError(`mapping pattern checks duplicate key (${pyRepr(key)})`);
    seen.set(key, None);
    let value: PyValue | undefined;
    if (get === null) value = (subject as PyDict).get(key);
    else {
      const result = callObject(get, [key, marker]);
      value = result === marker ? undefined : result;
    }
    if (value === undefined) return None;
    values.push(value);
  }
  return new PyTuple(values);
}

/** MATCH_CLASS: the attribute values for a class pattern, or None when the subject does not match. */
export function matchClass(
  subject: PyValue,
  cls: PyValue,
  positionalCount: number,
  names: PyTuple,
): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!typeOf(subject).isSubtypeOf(cls)) return None;
  const values: PyValue[] = [];
  const seen = new Set<string>();
  if (positionalCount > 0) {
    const matchArgs = getAttrOrUndefined(cls, '__match_args__');
    const selfMatching = [
      'bool',
      'bytearray',
      'bytes',
      'dict',
      'float',
      'frozenset',
      'int',
      'list',
      'set',
      'str',
      'tuple',
    ];
    if (matchArgs === undefined) {
      if (
        !cls.isHeapType ||
        cls.mro.some((base) => !base.isHeapType && selfMatching.includes(base.name))
      ) {
        const builtin = cls.mro.find(
          (base) => !base.isHeapType && selfMatching.includes(base.name),
        );
        if (builtin !== undefined) {
          if (positionalCount > 1) {
            throw typeError(
              `${cls.name}() accepts 1 positional sub-pattern (${positionalCount} given)`,
            );
          }
          values.push(subject);
        } else {
          throw typeError(
            `${cls.name}() accepts 0 positional sub-patterns (${positionalCount} given)`,
          );
        }
      } else {
        throw typeError(
          `${cls.name}() accepts 0 positional sub-patterns (${positionalCount} given)`,
        );
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) {
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      }
      if (positionalCount > matchArgs.items.length) {
        const count = matchArgs.items.length;
        throw typeError(
          `${cls.name}() accepts ${count} positional sub-pattern${count === 1 ? '' : 's'} (${positionalCount} given)`,
        );
      }
      for (let index = 0; index < positionalCount; index++) {
        const name = strValueOf(matchArgs.items[index]!);
        if (name === undefined) {
          throw typeError(
            `__match_args__ elements must be strings (got ${typeName(matchArgs.items[index]!)})`,
          );
        }
        seen.add(name);
        const value = getAttrOrUndefined(subject, name);
        if (value === undefined) return None;
        values.push(value);
      }
    }
  }
  for (const nameValue of names.items) {
    const name = nameValue as string;
    if (seen.has(name)) {
      throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    }
    seen.add(name);
    const value = getAttrOrUndefined(subject, name);
    if (value === undefined) return None;
    values.push(value);
  }
  return new PyTuple(values);
}
