// Binary, in-place and unary operators: fast paths for built-in numbers and str, then CPython's
// binary_op1 dispatch (reflected operand first for overriding subclasses, NotImplemented) and its errors.

import {
  bytearrayType,
  bytesType,
  floatType,
  frozensetType,
  intType,
  listType,
  setType,
  strType,
  tupleType,
} from './builtin-types.js';
import { PyComplex } from './complex.js';
import {
  indexError,
  typeError,
  typeErrorBadUnaryOperand,
  typeErrorNotInteger,
  typeErrorUnsupportedOperand,
} from './errors.js';
import { newFloat, PyFloat } from './float-type.js';
import { intInvert, intNeg, intValueOf, type PyInt, PyIntInstance } from './int-type.js';
import { PyList } from './list.js';
import { repeatItems } from './list-methods.js';
import type { NativeFn } from './native-function.js';
import {
  BINARY_SYMBOLS,
  BinaryOp,
  bigIntBinaryFast,
  floatPowerFast,
  intArithmetic,
  isBuiltinNumber,
  numericBinary,
} from './number-ops.js';
import { percentFormat } from './percent-format.js';
import { callUnbound } from './protocol-call.js';
import type { PyValue } from './py-object.js';
import { rt, warnFromObjects } from './runtime.js';
import type { PyAnySet } from './set.js';
import { exactSetOperation, type SetOperator } from './set-methods.js';
import { NotImplemented } from './singletons.js';
import { percentFormatHost, repeatStr } from './str-methods.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

const NAMES = [
  'add',
  'and',
  'floordiv',
  'lshift',
  'matmul',
  'mul',
  'mod',
  'or',
  'pow',
  'rshift',
  'sub',
  'truediv',
  'xor',
] as const;

/** `__add__`, `__and__`… by BINARY_OP index. */
export const BINARY_DUNDERS: readonly string[] = NAMES.map((name) => `__${name}__`);
/** `__radd__`, `__rand__`… by BINARY_OP index. */
export const REFLECTED_DUNDERS: readonly string[] = NAMES.map((name) => `__r${name}__`);
/** `__iadd__`, `__iand__`… by BINARY_OP index (without the +13). */
export const INPLACE_DUNDERS: readonly string[] = NAMES.map((name) => `__i${name}__`);

/**
 * The operator-protocol versions of dunders whose direct call raises where the protocol must see
 * NotImplemented (str/list/tuple/bytes/bytearray `__add__`, `__mul__`…: CPython's sq_concat and
 * sq_repeat slots). Filled by sequence-slots.ts.
 */
export const PROTOCOL_SLOT_FUNCTIONS = new Map<PyValue, NativeFn>();

/** Calls a binary dunder found on a type, as the operator protocol does. */
function callSlot(slot: PyValue, self: PyValue, other: PyValue): PyValue {
  const protocol =
    PROTOCOL_SLOT_FUNCTIONS.size === 0 ? undefined : PROTOCOL_SLOT_FUNCTIONS.get(slot);
  return protocol === undefined ? callUnbound(slot, self, [other]) : protocol([self, other], null);
}

/** `a <op> b` for a BINARY_OP argument (0-12 binary, 13-25 in-place). */
export function binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    // Two ints (no __i<op>__ on int, so in-place is binary): what the dispatch loop's own number
    // paths declined (bitwise beyond 32 bits, shifts, **, /, overflow to bigint, errors).
    const result = intArithmetic(op < 13 ? op : op - 13, a, b);
    if (result !== undefined) return result;
  } else if (typeof a === 'bigint' || typeof b === 'bigint') {
    const result = bigIntBinaryFast(op, a, b);
    if (result !== undefined) return result;
  } else if (typeof a === 'string') {
    if (
      (op === BinaryOp.REMAINDER || op === BinaryOp.REMAINDER + 13) &&
      !isStrSubclassInstance(b)
    ) {
      // An exact str on the left always formats (str.__mod__ never answers NotImplemented), and
      // only a str subclass on the right could have its __rmod__ tried first.
      return percentFormat(a, b, percentFormatHost());
    }
    if ((op === BinaryOp.MULTIPLY || op === BinaryOp.MULTIPLY + 13) && typeof b === 'number') {
      // str * int: str.__mul__ answers (str has no __imul__; int is no str subclass).
      return repeatStr(a, b)!;
    }
  } else if (typeof a === 'number') {
    if (op === BinaryOp.MULTIPLY && typeof b === 'string') {
      // int * str: int.__mul__ declines a str, then str.__rmul__ repeats.
      return repeatStr(b, a)!;
    }
  } else if (typeof a === 'object') {
    const cls = a.cls;
    if (op === BinaryOp.POWER || op === BinaryOp.POWER + 13) {
      const result = floatPowerFast(a, b);
      if (result !== undefined) return result;
    } else if (cls === listType || cls === tupleType) {
      const result = sequenceBinaryFast(a as PyList | PyTuple, b, op);
      if (result !== undefined) return result;
    } else if (cls === setType || cls === frozensetType) {
      // Two exact sets: only the left operand's method can answer (neither type subclasses the
      // other); in-place forms mutate and stay with __i<op>__.
      if (typeof b === 'object' && (b.cls === setType || b.cls === frozensetType)) {
        const operator = setOperator(op);
        if (operator !== undefined)
          return exactSetOperation(operator, a as PyAnySet, b as PyAnySet);
      }
    }
  }
  if (op >= 13) return inplaceOp(a, b, op - 13);
  const result = binaryOp1(a, b, op);
  if (result !== NotImplemented) return result;
  throw binaryOpError(a, b, op, '');
}

/**
 * `a + b` and `a * n` for an exact list or tuple `a`, as their `__add__`/`__mul__` compute them,
 * when no other method could answer first: `b` of exactly the same type (no reflected method, no
 * subclass override) or a JS-number int (int's `__rmul__` comes second and declines a list). A
 * tuple has no `__iadd__`, so `t += u` is `t + u`; a list's `+=` and `*=` extend in place and are
 * left to inplaceOp. Undefined when the generic path must decide.
 */
function sequenceBinaryFast(a: PyList | PyTuple, b: PyValue, op: number): PyValue | undefined {
  const cls = a.cls;
  if (op === BinaryOp.ADD || (op === BinaryOp.ADD + 13 && cls === tupleType)) {
    if (typeof b !== 'object' || b.cls !== cls) return undefined;
    const items = a.items.concat((b as PyList | PyTuple).items);
    return cls === listType ? new PyList(items) : PyTuple.fromArray(items);
  }
  if (op === BinaryOp.MULTIPLY && typeof b === 'number') {
    const items = repeatItems(a.items, b);
    if (items === undefined) return undefined;
    return cls === listType ? new PyList(items) : PyTuple.fromArray(items);
  }
  return undefined;
}

/** The set operator of a binary BINARY_OP argument (& | - ^), or undefined. */
function setOperator(op: number): SetOperator | undefined {
  switch (op) {
    case BinaryOp.AND:
      return '&';
    case BinaryOp.OR:
      return '|';
    case BinaryOp.SUBTRACT:
      return '-';
    case BinaryOp.XOR:
      return '^';
    default:
      return undefined;
  }
}

/** Whether a value is an instance of a str subclass (not a plain str). */
function isStrSubclassInstance(value: PyValue): boolean {
  if (typeof value !== 'object') return false;
  const type = value.cls;
  return type !== tupleType && type !== strType && type.isSubtypeOf(strType);
}

/** The binary operation without the final error: NotImplemented when no operand supports it. */
export function binaryOp1(a: PyValue, b: PyValue, op: number): PyValue {
  if (isBuiltinNumber(a) && isBuiltinNumber(b)) {
    const result = numericBinary(op, a, b);
    if (result !== undefined) return result;
  }
  if (op === BinaryOp.ADD && typeof a === 'string' && typeof b === 'string') {
    if (a.length + b.length > 1 << 20) rt().checkAllocation((a.length + b.length) * 2);
    return a + b;
  }
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  const slotA = typeA.lookup(BINARY_DUNDERS[op]!);
  let slotB = typeA === typeB ? undefined : typeB.lookup(REFLECTED_DUNDERS[op]!);
  if (
    slotB !== undefined &&
    typeB.isSubtypeOf(typeA) &&
    slotB !== typeA.lookup(REFLECTED_DUNDERS[op]!)
  ) {
    // A subclass overriding the reflected method gets the first try.
    const result = callSlot(slotB, b, a);
    if (result !== NotImplemented) return result;
    slotB = undefined;
  }
  if (slotA !== undefined) {
    const result = callSlot(slotA, a, b);
    if (result !== NotImplemented) return result;
  }
  if (slotB !== undefined) {
    const result = callSlot(slotB, b, a);
    if (result !== NotImplemented) return result;
  }
  return NotImplemented;
}

/** `a <op>= b`: `__i<op>__` first, then the binary operation. */
export function inplaceOp(a: PyValue, b: PyValue, op: number): PyValue {
  if (isBuiltinNumber(a) && isBuiltinNumber(b)) {
    const result = numericBinary(op, a, b);
    if (result !== undefined) return result;
  }
  if (typeof a !== 'object') {
    const result = binaryOp1(a, b, op);
    if (result !== NotImplemented) return result;
    throw binaryOpError(a, b, op, '=');
  }
  const slot = a.cls.lookup(INPLACE_DUNDERS[op]!);
  if (slot !== undefined) {
    const result = callSlot(slot, a, b);
    if (result !== NotImplemented) return result;
  }
  const result = binaryOp1(a, b, op);
  if (result !== NotImplemented) return result;
  throw binaryOpError(a, b, op, '=');
}

/** Whether the type has CPython's sq_concat/sq_repeat (str, list, tuple, bytes, bytearray). */
function isConcatSequence(value: PyValue): boolean {
  const type = typeOf(value);
  return (
    type.isSubtypeOf(strType) ||
    type.isSubtypeOf(listType) ||
    type.isSubtypeOf(tupleType) ||
    type.isSubtypeOf(bytesType) ||
    type.isSubtypeOf(bytearrayType)
  );
}

function sequenceKind(value: PyValue): string {
  const type = typeOf(value);
  if (type.isSubtypeOf(strType)) return 'str';
  if (type.isSubtypeOf(listType)) return 'list';
  if (type.isSubtypeOf(tupleType)) return 'tuple';
  return 'bytes';
}

/** Built-in types with a CPython tp_as_sequence table but no sq_repeat (heap types have one too). */
const SEQUENCE_TABLE_TYPES: ReadonlySet<string> = new Set([
  'dict',
  'set',
  'frozenset',
  'range',
  'dict_keys',
  'dict_values',
  'dict_items',
  'memoryview',
  'mappingproxy',
]);

/** Whether CPython's type has a tp_as_sequence table (`x *= seq` then never tries `seq * x`). */
export function hasSequenceTable(value: PyValue): boolean {
  const type = typeOf(value);
  if (type.isHeapType || isConcatSequence(value)) return true;
  for (const base of type.mro) if (SEQUENCE_TABLE_TYPES.has(base.name)) return true;
  return false;
}

/** The TypeError CPython raises when neither operand supports the operator. */
export function binaryOpError(a: PyValue, b: PyValue, op: number, suffix: string) {
  if (op === BinaryOp.ADD && isConcatSequence(a)) {
    const kind = sequenceKind(a);
    if (kind === 'bytes') return typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
    return typeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`);
  }
  if (op === BinaryOp.MULTIPLY) {
    if (isConcatSequence(a)) {
      if (intValueOf(b) === undefined) {
        return typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
      }
    } else if (isConcatSequence(b) && (suffix === '' || !hasSequenceTable(a))) {
      if (intValueOf(a) === undefined) {
        return typeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
      }
    }
  }
  const symbol =
    op === BinaryOp.POWER && suffix === ''
      ? '** or pow()'
      : `${BINARY_SYMBOLS[op]!.split(' ')[0]!}${suffix}`;
  return typeErrorUnsupportedOperand(symbol, a, b);
}

/** `-value`. */
export function negate(value: PyValue): PyValue {
  switch (typeof value) {
    case 'number':
      return value === 0 ? 0 : -value;
    case 'bigint':
      return intNeg(value);
    case 'boolean':
      return value ? -1 : 0;
    default:
      break;
  }
  if (typeof value === 'object' && value.cls === floatType)
    return newFloat(-(value as PyFloat).value);
  return unaryDispatch(value, '__neg__', '-');
}

/** `+value`. */
export function positive(value: PyValue): PyValue {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    default:
      return unaryDispatch(value, '__pos__', '+');
  }
}

/** `~value`. */
export function invert(value: PyValue): PyValue {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return intInvert(value);
    case 'boolean':
      return value ? -2 : -1;
    default:
      return unaryDispatch(value, '__invert__', '~');
  }
}

function unaryDispatch(value: PyValue, dunder: string, symbol: string): PyValue {
  const method = typeOf(value).lookup(dunder);
  if (method === undefined) throw typeErrorBadUnaryOperand(symbol, value);
  return callUnbound(method, value, []);
}

/**
 * `operator.index(value)`: the int value of an int, or of `__index__`; TypeError otherwise.
 */
export function indexValue(value: PyValue): PyInt {
  const int = intValueOf(value);
  if (int !== undefined) return int;
  const method = typeOf(value).lookup('__index__');
  if (method === undefined) throw typeErrorNotInteger(value);
  const result = callUnbound(method, value, []);
  const resultInt = intValueOf(result);
  if (resultInt === undefined) {
    throw typeError(`__index__ returned non-int (type ${typeName(result)})`);
  }
  if (typeof result !== 'number' && typeof result !== 'bigint' && typeOf(result) !== intType) {
    // A bool or an int subclass instance: accepted, with CPython's DeprecationWarning.
    warnFromObjects(
      'DeprecationWarning',
      `__index__ returned non-int (type ${typeName(result)}).  The ability to return an instance ` +
        'of a strict subclass of int is deprecated, and may be removed in a future version of Python.',
    );
  }
  return resultInt;
}

/** Whether a value supports `__index__` (ints and classes defining it). */
export function hasIndex(value: PyValue): boolean {
  return intValueOf(value) !== undefined || typeOf(value).lookup('__index__') !== undefined;
}

/**
 * A sequence index as a JS number: `__index__` conversion, and IndexError "cannot fit 'int' into an
 * index-sized integer" for ints beyond 64 bits (big values within stay out of range naturally).
 */
export function indexAsNumber(value: PyValue): number {
  const int = indexValue(value);
  if (typeof int === 'number') return int;
  if (int > 0x7fffffffffffffffn || int < -0x8000000000000000n) {
    throw indexError(`cannot fit '${typeName(value)}' into an index-sized integer`);
  }
  return Number(int);
}

/** The float value of a real number (int or float), or undefined. */
export function realValueOf(value: PyValue): number | undefined {
  if (value instanceof PyFloat) return value.value;
  const int = intValueOf(value);
  if (int === undefined) return undefined;
  return typeof int === 'number' ? int : Number(int);
}

/** Whether a value is a complex number. */
export function isComplex(value: PyValue): value is PyComplex {
  return value instanceof PyComplex;
}

/** Whether a value is an int subclass instance (not a plain int). */
export function isIntSubclassInstance(value: PyValue): value is PyIntInstance {
  return value instanceof PyIntInstance;
}
