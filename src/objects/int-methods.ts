// The methods of `int` and `bool`: construction from numbers and text, arithmetic and comparison
// dunders (on number-ops.ts), bit operations, conversions, and the numerator/denominator accessors.

import { bindArgs, checkArity, methodNoArgs } from './args.js';
import { boolType, floatType, intType } from './builtin-types.js';
import { PyByteArray, PyBytes } from './bytes.js';
import { overflowError, typeError, valueError, zeroDivisionError } from './errors.js';
import { floatToInt } from './float-format.js';
import { newFloat, type PyFloat } from './float-type.js';
import { initInstanceStorage } from './instance.js';
import { intBitCount, intFromBytes, intPowMod, intToBytes } from './int-math.js';
import { bytesAsLatin1, parseIntLiteral } from './int-text.js';
import {
  intAbs,
  intBitLength,
  intCompare,
  intMod,
  intSub,
  intValueOf,
  normalizeBigInt,
  type PyInt,
  PyIntInstance,
  toBigInt,
} from './int-type.js';
import { PyMemoryView } from './memoryview.js';
import {
  defineClassMethod,
  defineGetSet,
  defineMethod,
  makeNativeFunction,
} from './native-function.js';
import { BinaryOp, intBinary, intToFloat } from './number-ops.js';
import { callObject, callUnbound } from './protocol-call.js';
import { hashInt } from './protocol-hash.js';
import { hasIndex, indexValue } from './protocol-number.js';
import { intToString } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt, warnFromObjects } from './runtime.js';
import { None, NotImplemented } from './singletons.js';
import { strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

const OPERATORS: readonly (readonly [string, number])[] = [
  ['add', BinaryOp.ADD],
  ['sub', BinaryOp.SUBTRACT],
  ['mul', BinaryOp.MULTIPLY],
  ['floordiv', BinaryOp.FLOOR_DIVIDE],
  ['truediv', BinaryOp.TRUE_DIVIDE],
  ['mod', BinaryOp.REMAINDER],
  ['lshift', BinaryOp.LSHIFT],
  ['rshift', BinaryOp.RSHIFT],
  ['and', BinaryOp.AND],
  ['or', BinaryOp.OR],
  ['xor', BinaryOp.XOR],
];

function selfInt(value: PyValue): PyInt {
  const int = intValueOf(value);
  if (int === undefined)
    throw typeError(`descriptor requires an 'int' object but received '${typeName(value)}'`);
  return int;
}

for (const [name, op] of OPERATORS) {
  defineMethod(
    intType,
    `__${name}__`,
    (args) => intBinary(op, args[0]!, args[1]!) ?? NotImplemented,
  );
  defineMethod(
    intType,
    `__r${name}__`,
    (args) => intBinary(op, args[1]!, args[0]!) ?? NotImplemented,
  );
}

function intPowMethod(base: PyValue, exponent: PyValue, modulus: PyValue | undefined): PyValue {
  if (modulus === undefined || modulus === None) {
    return intBinary(BinaryOp.POWER, base, exponent) ?? NotImplemented;
  }
  const x = intValueOf(base);
  const y = intValueOf(exponent);
  const m = intValueOf(modulus);
  if (x === undefined || y === undefined || m === undefined) return NotImplemented;
  if (m === 0) throw valueError('pow() 3rd argument cannot be 0');
  return intPowMod(x, y, m);
}
defineMethod(intType, '__pow__', (args) => intPowMethod(args[0]!, args[1]!, args[2]));
defineMethod(intType, '__rpow__', (args) => intPowMethod(args[1]!, args[0]!, args[2]));
defineMethod(intType, '__divmod__', (args) => {
  const div = intBinary(BinaryOp.FLOOR_DIVIDE, args[0]!, args[1]!);
  if (div === undefined) return NotImplemented;
  return new PyTuple([div, intBinary(BinaryOp.REMAINDER, args[0]!, args[1]!)!]);
});
defineMethod(intType, '__rdivmod__', (args) => {
  const div = intBinary(BinaryOp.FLOOR_DIVIDE, args[1]!, args[0]!);
  if (div === undefined) return NotImplemented;
  return new PyTuple([div, intBinary(BinaryOp.REMAINDER, args[1]!, args[0]!)!]);
});

const COMPARISONS: readonly (readonly [string, (order: number) => boolean])[] = [
  ['__lt__', (order) => order < 0],
  ['__le__', (order) => order <= 0],
  ['__eq__', (order) => order === 0],
  ['__ne__', (order) => order !== 0],
  ['__gt__', (order) => order > 0],
  ['__ge__', (order) => order >= 0],
];
for (const [name, test] of COMPARISONS) {
  defineMethod(intType, name, (args) => {
    const a = intValueOf(args[0]!);
    const b = intValueOf(args[1]!);
    if (a === undefined || b === undefined) return NotImplemented;
    return test(intCompare(a, b));
  });
}

defineMethod(intType, '__repr__', (args) => intToString(selfInt(args[0]!)));
defineMethod(intType, '__hash__', (args) => hashInt(selfInt(args[0]!)));
defineMethod(intType, '__bool__', (args) => {
  const value = selfInt(args[0]!);
  return value !== 0 && value !== 0n;
});
defineMethod(intType, '__neg__', (args) => intSub(0, selfInt(args[0]!)));
defineMethod(intType, '__pos__', (args) => selfInt(args[0]!));
defineMethod(intType, '__abs__', (args) => intAbs(selfInt(args[0]!)));
defineMethod(intType, '__invert__', (args) => intSub(-1, selfInt(args[0]!)));
defineMethod(intType, '__index__', (args) => selfInt(args[0]!));
defineMethod(intType, '__int__', (args) => selfInt(args[0]!));
defineMethod(intType, '__float__', (args) => newFloat(intToFloat(selfInt(args[0]!))));
defineMethod(intType, '__trunc__', (args) => selfInt(args[0]!));
defineMethod(intType, '__floor__', (args) => selfInt(args[0]!));
defineMethod(intType, '__ceil__', (args) => selfInt(args[0]!));
defineMethod(intType, '__getnewargs__', (args) => new PyTuple([selfInt(args[0]!)]));
defineMethod(intType, 'conjugate', (args) => selfInt(args[0]!));
defineMethod(intType, 'bit_length', (args, kwnames) => {
  methodNoArgs('bit_length', args, kwnames);
  return intBitLength(selfInt(args[0]!));
});
defineMethod(intType, 'bit_count', (args, kwnames) => {
  methodNoArgs('bit_count', args, kwnames);
  return intBitCount(selfInt(args[0]!));
});
defineMethod(intType, 'as_integer_ratio', (args) => new PyTuple([selfInt(args[0]!), 1]));
defineMethod(intType, '__round__', (args, kwnames) => {
  checkArity('__round__', args.slice(1), kwnames, 0, 1);
  const value = selfInt(args[0]!);
  const ndigitsValue = args[1];
  if (ndigitsValue === undefined) return value;
  if (!hasIndex(ndigitsValue)) {
    throw typeError(`'${typeName(ndigitsValue)}' object cannot be interpreted as an integer`);
  }
  const ndigits = indexValue(ndigitsValue);
  if (ndigits >= 0) return value;
  return roundIntToNegativeDigits(value, ndigits);
});

/** round(value, -n): to a multiple of 10**n, ties to even (as CPython's long_round). */
function roundIntToNegativeDigits(value: PyInt, ndigits: PyInt): PyInt {
  const power = 10n ** BigInt(-ndigits);
  const big = BigInt(value);
  let remainder = big % power;
  if (remainder < 0n) remainder += power;
  let result = big - remainder;
  const twice = remainder * 2n;
  if (twice > power || (twice === power && (result / power) % 2n !== 0n)) result += power;
  return normalizeBigInt(result);
}

defineMethod(intType, 'to_bytes', (args, kwnames) => {
  const [length, byteorder, signed] = bindArgs(
    'to_bytes',
    args.slice(1),
    kwnames,
    ['length', 'byteorder', 'signed'],
    0,
    0,
    2,
  );
  let size = 1;
  if (length !== undefined) {
    const value = indexValue(length);
    if (typeof value === 'bigint') {
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    size = value;
  }
  const order = byteorderArg('to_bytes', byteorder);
  return new PyBytes(
    intToBytes(selfInt(args[0]!), size, order, signed !== undefined && isTruthy(signed)),
  );
});
defineClassMethod(intType, 'from_bytes', (args, kwnames) => {
  const [bytesValue, byteorder, signed] = bindArgs(
    'from_bytes',
    args.slice(1),
    kwnames,
    ['bytes', 'byteorder', 'signed'],
    1,
    0,
    2,
  );
  const order = byteorderArg('from_bytes', byteorder);
  const data = objectBytes(bytesValue!);
  const value = intFromBytes(data, order, signed !== undefined && isTruthy(signed));
  const cls = args[0] as PyType;
  return cls === intType ? value : callObject(cls, [value]);
});

import { iterableToArray } from './protocol-iter.js';

/** The `byteorder` argument of to_bytes/from_bytes: 'big' (the default) or 'little'. */
function byteorderArg(name: string, value: PyValue | undefined): 'big' | 'little' {
  if (value === undefined) return 'big';
  const order = strValueOf(value);
  if (order === undefined) {
    throw typeError(
      `${name}() argument 'byteorder' must be str, not ${value === None ? 'None' : typeName(value)}`,
    );
  }
  if (order !== 'big' && order !== 'little') {
    throw valueError("byteorder must be either 'little' or 'big'");
  }
  return order;
}

/** bytes(value) as PyObject_Bytes: a buffer, __bytes__, or an iterable of ints (not a str). */
function objectBytes(value: PyValue): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  if (value instanceof PyByteArray) return value.bytes();
  if (value instanceof PyMemoryView) return value.contiguousBytes();
  const method = typeOf(value).lookup('__bytes__');
  if (method !== undefined && method !== None) {
    const result = callUnbound(method, value, []);
    if (!(result instanceof PyBytes)) {
      throw typeError(`__bytes__ returned non-bytes (type ${typeName(result)})`);
    }
    return result.data;
  }
  const type = typeOf(value);
  if (
    typeof value === 'string' ||
    (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined)
  ) {
    throw typeError(`cannot convert '${typeName(value)}' object to bytes`);
  }
  return Uint8Array.from(
    iterableToArray(value).map((item) => {
      if (!hasIndex(item)) {
        throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`);
      }
      const int = indexValue(item);
      if (int < 0 || int > 255) throw valueError('bytes must be in range(0, 256)');
      return Number(int);
    }),
  );
}

defineGetSet(intType, 'real', (obj) => selfInt(obj));
defineGetSet(intType, 'imag', () => 0);
defineGetSet(intType, 'numerator', (obj) => selfInt(obj));
defineGetSet(intType, 'denominator', () => 1);

/** Whether an int-like value is an exact int (not a bool or an int subclass instance). */
function isExactInt(value: PyValue): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || typeOf(value) === intType;
}

/** `int(value)` conversion (without a base) as CPython's PyNumber_Long. */
export function toInt(value: PyValue): PyInt {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return strToInt(value);
    default:
      break;
  }
  if (value.cls === floatType) return floatToInt((value as PyFloat).value);
  // Every other object, subclasses of int, float and str included: the type's __int__ first (an
  // override wins, as CPython's nb_int slot does), then __index__ and __trunc__, then the text.
  const type = typeOf(value);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const method = type.lookup(name);
    if (method === undefined) continue;
    if (name === '__trunc__') {
      warnFromObjects('DeprecationWarning', 'The delegation of int() to __trunc__ is deprecated.');
    }
    const result = callUnbound(method, value, []);
    const resultInt = intValueOf(result);
    if (resultInt === undefined) {
      if (name === '__trunc__') return toInt(result);
      throw typeError(`${name} returned non-int (type ${typeName(result)})`);
    }
    if (name !== '__trunc__' && !isExactInt(result)) {
      warnFromObjects(
        'DeprecationWarning',
        `${name} returned non-int (type ${typeName(result)}).  The ability to return an instance ` +
          'of a strict subclass of int is deprecated, and may be removed in a future version of Python.',
      );
    }
    return resultInt;
  }
  const text = strValueOf(value);
  if (text !== undefined) return parseIntLiteral(text, 10, rt().intMaxStrDigits);
  if (value instanceof PyBytes || value instanceof PyByteArray) {
    const data = value instanceof PyBytes ? value.data : value.bytes();
    return parseIntLiteral(bytesAsLatin1(data), 10, rt().intMaxStrDigits);
  }
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(value)}'`,
  );
}

/** `int(text)` for a str: plain ASCII decimal digits directly (int(d) in digit loops), else parsed. */
function strToInt(text: string): PyInt {
  if (text.length > 0 && text.length <= 15) {
    // No sign, space, '_' or other scripts: the value of at most 15 digits is exact.
    let result = 0;
    let index = 0;
    for (; index < text.length; index++) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      result = result * 10 + digit;
    }
    if (index === text.length) return result;
  }
  return parseIntLiteral(text, 10, rt().intMaxStrDigits);
}

const intNew = makeNativeFunction('int', '__new__', (args, kwnames) => {
  const cls = args[0] as PyType;
  // int(x) for a plain int: one positional argument, no base.
  if (args.length === 2 && cls === intType && (kwnames === null || kwnames.length === 0)) {
    return toInt(args[1]!);
  }
  const [value, base] = bindArgs('int', args.slice(1), kwnames, ['x', 'base'], 0, 1);
  let result: PyInt;
  if (value === undefined) {
    if (base !== undefined) throw typeError('int() missing string argument');
    result = 0;
  } else if (base === undefined) {
    result = toInt(value);
  } else {
    const baseNumber = Number(indexValue(base));
    const text = strValueOf(value);
    if (text !== undefined) result = parseIntLiteral(text, baseNumber, rt().intMaxStrDigits);
    else if (value instanceof PyBytes || value instanceof PyByteArray) {
      const data = value instanceof PyBytes ? value.data : value.bytes();
      result = parseIntLiteral(bytesAsLatin1(data), baseNumber, rt().intMaxStrDigits);
    } else throw typeError("int() can't convert non-string with explicit base");
  }
  if (cls === intType) return result;
  const instance = new PyIntInstance(result, cls);
  initInstanceStorage(instance, cls);
  return instance;
});
intType.setAttr('__new__', intNew);

const boolNew = makeNativeFunction('bool', '__new__', (args, kwnames) => {
  checkArity('bool', args.slice(1), kwnames, 0, 1);
  return args.length > 1 ? truth(args[1]!) : false;
});
boolType.setAttr('__new__', boolNew);

import { isTruthy } from './protocol-truth.js';

function truth(value: PyValue): boolean {
  return isTruthy(value);
}

defineMethod(boolType, '__repr__', (args) => (args[0] === true ? 'True' : 'False'));
for (const [name, op] of [
  ['and', BinaryOp.AND],
  ['or', BinaryOp.OR],
  ['xor', BinaryOp.XOR],
] as const) {
  defineMethod(
    boolType,
    `__${name}__`,
    (args) => intBinary(op, args[0]!, args[1]!) ?? NotImplemented,
  );
  defineMethod(
    boolType,
    `__r${name}__`,
    (args) => intBinary(op, args[1]!, args[0]!) ?? NotImplemented,
  );
}

/** The quotient/remainder pair of ints (for divmod()). */
export function intDivmodPair(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    return [intBinary(BinaryOp.FLOOR_DIVIDE, a, b) as PyInt, intMod(a, b)];
  }
  // One division: the truncated quotient and remainder, moved to floor semantics.
  const bigA = toBigInt(a);
  const bigB = toBigInt(b);
  let quotient = bigA / bigB;
  let remainder = bigA - quotient * bigB;
  if (remainder !== 0n && remainder < 0n !== bigB < 0n) {
    quotient -= 1n;
    remainder += bigB;
  }
  return [normalizeBigInt(quotient), normalizeBigInt(remainder)];
}

defineMethod(intType, '__format__', (args, kwnames) => {
  checkArity('__format__', args.slice(1), kwnames, 1, 1);
  const spec = strValueOf(args[1]!);
  if (spec === undefined)
    throw typeError(`__format__() argument must be str, not ${typeName(args[1]!)}`);
  const self = args[0]!;
  if (spec === '' && typeof self === 'boolean') return self ? 'True' : 'False';
  if (spec === '' && typeof self === 'object') return pyStrOf(self);
  return formatInt(selfInt(self), spec, typeName(self), rt().intMaxStrDigits);
});

import { formatInt } from './format-spec.js';
import { pyStr as pyStrOf } from './protocol-repr.js';
