// Rich comparisons: fast paths for numbers, strings, tuples and lists, then CPython's dispatch
// (reflected operand first when it is a subclass that overrides, NotImplemented, identity fallback).

import { floatType, listType, tupleType } from './builtin-types.js';
import { typeErrorNotSupportedBetween } from './errors.js';
import type { PyFloat } from './float-type.js';
import type { PyList } from './list.js';
import { callUnbound } from './protocol-call.js';
import { isTruthy } from './protocol-truth.js';
import type { PyObject, PyValue } from './py-object.js';
import { hasRuntime, rt } from './runtime.js';
import { NotImplemented } from './singletons.js';
import type { PyTuple } from './tuple.js';
import { typeOf } from './type-of.js';

/** Comparison operators, numbered as COMPARE_OP's argument (CPython's Py_LT … Py_GE). */
export const CompareOp = { LT: 0, LE: 1, EQ: 2, NE: 3, GT: 4, GE: 5 } as const;
/** A COMPARE_OP argument. */
export type CompareOpIndex = (typeof CompareOp)[keyof typeof CompareOp];

const DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;
const REFLECTED = [4, 5, 2, 3, 0, 1] as const;

function compareNumbers(a: number | bigint, b: number | bigint, op: number): boolean {
  switch (op) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      // biome-ignore lint/suspicious/noDoubleEquals: number/bigint equality is exact only with ==
      return a == b;
    case 3:
      // biome-ignore lint/suspicious/noDoubleEquals: as above
      return a != b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

function compareStrings(a: string, b: string, op: number): boolean {
  switch (op) {
    case 0:
      return compareCodePoints(a, b) < 0;
    case 1:
      return compareCodePoints(a, b) <= 0;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return compareCodePoints(a, b) > 0;
    default:
      return compareCodePoints(a, b) >= 0;
  }
}

/**
 * Orders two strs by code point, as CPython does (JS `<` compares UTF-16 units, which puts an
 * astral character, a surrogate pair, before U+E000..U+FFFF). Negative, zero or positive.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) {
      // Surrogates (D800-DFFF) sort above E000-FFFF: they encode code points >= 0x10000.
      if (x >= 0xd800 && y >= 0xd800) {
        const keyX = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        const keyY = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return keyX - keyY;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

/** The numeric value of an int/bool/exact float operand for fast comparisons, or undefined. */
function fastNumber(value: PyValue): number | bigint | undefined {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return undefined;
    default:
      return value.cls === floatType ? (value as PyFloat).value : undefined;
  }
}

/** `a <op> b` as the COMPARE_OP instruction computes it (the result may be any object). */
export function richCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const numA = fastNumber(a);
  if (numA !== undefined) {
    const numB = fastNumber(b);
    if (numB !== undefined) return compareNumbers(numA, numB, op);
  }
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b, op);
  if (typeof a === 'object' && typeof b === 'object' && a.cls === b.cls) {
    if (a.cls === tupleType || a.cls === listType) {
      const flat = compareFlatSequences(
        (a as PyTuple | PyList).items,
        (b as PyTuple | PyList).items,
        op,
      );
      if (flat !== undefined) return flat;
      // Nested containers recurse here: count the depth as CPython's "in comparison" does.
      const runtime = rt();
      runtime.enterRecursion(' in comparison');
      try {
        return compareSequences((a as PyTuple | PyList).items, (b as PyTuple | PyList).items, op);
      } finally {
        runtime.leaveRecursion();
      }
    }
  }
  return dispatchCompare(a, b, op);
}

/** The generic dunder dispatch of a comparison (no fast paths). */
export function dispatchCompare(a: PyValue, b: PyValue, op: number): PyValue {
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  const reflectedOp = REFLECTED[op]!;
  let triedReflected = false;
  if (typeA !== typeB && typeB.isSubtypeOf(typeA)) {
    // A subclass's reflected method goes first even when inherited (do_richcompare does not ask
    // whether it is overridden, unlike binary operators).
    const reflected = typeB.lookup(DUNDERS[reflectedOp]!);
    if (reflected !== undefined) {
      triedReflected = true;
      const result = callCompare(reflected, b, a);
      if (result !== NotImplemented) return result;
    }
  }
  const method = typeA.lookup(DUNDERS[op]!);
  if (method !== undefined) {
    const result = callCompare(method, a, b);
    if (result !== NotImplemented) return result;
  }
  if (!triedReflected) {
    const reflected = typeB.lookup(DUNDERS[reflectedOp]!);
    if (reflected !== undefined) {
      const result = callCompare(reflected, b, a);
      if (result !== NotImplemented) return result;
    }
  }
  if (op === CompareOp.EQ) return a === b;
  if (op === CompareOp.NE) return a !== b;
  throw typeErrorNotSupportedBetween(SYMBOLS[op]!, a, b);
}

function callCompare(method: PyValue, self: PyValue, other: PyValue): PyValue {
  // Without a run (constants folded at compile time) only built-in methods can be reached.
  if (!hasRuntime()) return callUnbound(method, self, [other]);
  const runtime = rt();
  runtime.enterRecursion(' in comparison');
  try {
    return callUnbound(method, self, [other]);
  } finally {
    runtime.leaveRecursion();
  }
}

/**
 * compareSequences while the items met are ints and strs (whose `==` and `<` run no Python code
 * and cannot recurse), or undefined at the first other pair: the caller then compares in full
 * (re-testing the equal primitive pairs before it is unobservable).
 */
function compareFlatSequences(
  left: readonly PyValue[],
  right: readonly PyValue[],
  op: number,
): boolean | undefined {
  const length = left.length < right.length ? left.length : right.length;
  for (let index = 0; index < length; index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (typeof x === 'number') {
      if (typeof y !== 'number') return undefined;
      if (op === CompareOp.EQ) return false;
      if (op === CompareOp.NE) return true;
      return compareNumbers(x, y, op);
    }
    if (typeof x === 'string') {
      if (typeof y !== 'string') return undefined;
      return compareStrings(x, y, op);
    }
    return undefined;
  }
  return compareNumbers(left.length, right.length, op);
}

/** Lexicographic comparison of two sequences (tuples or lists), as CPython's tuplerichcompare. */
export function compareSequences(
  left: readonly PyValue[],
  right: readonly PyValue[],
  op: number,
): PyValue {
  const length = Math.min(left.length, right.length);
  let index = 0;
  for (; index < length; index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (!pyEq(x, y)) break;
  }
  if (index >= left.length || index >= right.length) {
    return compareNumbers(left.length, right.length, op);
  }
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return richCompare(left[index]!, right[index]!, op);
}

/**
 * `a == b` as containers test it (`PyObject_RichCompareBool`): identity first, then `==` and the
 * truth of its result.
 */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Two unequal primitives: a str equals no other primitive; ints are numbers only while safe
  // (bigints beyond), so a number never equals a bigint; a bool equals 0 or 1.
  const typeA = typeof a;
  const typeB = typeof b;
  if (typeA !== 'object' && typeB !== 'object') {
    if (typeA === 'boolean' && typeB === 'number') return b === (a ? 1 : 0);
    if (typeA === 'number' && typeB === 'boolean') return a === (b ? 1 : 0);
    return false;
  }
  const result = richCompare(a, b, CompareOp.EQ);
  return typeof result === 'boolean' ? result : isTruthy(result);
}

/** `bool(a <op> b)` with the identity shortcut for == and != (used by sorting, min/max, `in`). */
export function compareBool(a: PyValue, b: PyValue, op: number): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const result = richCompare(a, b, op);
  return typeof result === 'boolean' ? result : isTruthy(result);
}

/** `a < b` as a boolean (sorting's comparison). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b) < 0;
  const result = richCompare(a, b, CompareOp.LT);
  return typeof result === 'boolean' ? result : isTruthy(result);
}

/**
 * `a < b` as CPython's sort compares keys that are all instances of one class defined in Python
 * (unsafe_object_compare): the class's `__lt__` is called directly, and only a NotImplemented
 * result goes on to the full protocol, which calls `__lt__` a second time before the reflected one.
 */
export function sameClassLessThan(a: PyObject, b: PyValue): boolean {
  const method = a.cls.lookup('__lt__');
  if (method !== undefined) {
    const result = callCompare(method, a, b);
    if (result !== NotImplemented) return typeof result === 'boolean' ? result : isTruthy(result);
  }
  return lessThan(a, b);
}
