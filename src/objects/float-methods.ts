// The methods of `float` (and a minimal `complex`): construction, arithmetic and comparison dunders
// on number-ops.ts, rounding, conversions, hex/fromhex, as_integer_ratio, is_integer.

import { bindArgs, checkArity } from './args.js';
import { complexType, floatType } from './builtin-types.js';
import { PyByteArray, PyBytes } from './bytes.js';
import { PyComplex } from './complex.js';
import { overflowError, typeError, valueError } from './errors.js';
import {
  floatAsIntegerRatio,
  floatFromHex,
  floatHex,
  floatRound,
  floatRoundToInt,
  floatToInt,
  parseFloatText,
} from './float-format.js';
import { complexRepr, floatRepr } from './float-repr.js';
import { newFloat, PyFloat } from './float-type.js';
import { initInstanceStorage } from './instance.js';
import { bytesAsLatin1 } from './int-text.js';
import { intValueOf } from './int-type.js';
import {
  defineClassMethod,
  defineGetSet,
  defineMethod,
  makeNativeFunction,
} from './native-function.js';
import { BinaryOp, complexBinary, floatBinary, floatDivmod, intToFloat } from './number-ops.js';
import { callObject, callUnbound } from './protocol-call.js';
import { hashFloat } from './protocol-hash.js';
import { indexValue, realValueOf } from './protocol-number.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { warnFromObjects } from './runtime.js';
import { None, NotImplemented } from './singletons.js';
import { strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

function selfFloat(value: PyValue): number {
  if (value instanceof PyFloat) return value.value;
  throw typeError(`descriptor requires a 'float' object but received '${typeName(value)}'`);
}

const OPERATORS: readonly (readonly [string, number])[] = [
  ['add', BinaryOp.ADD],
  ['sub', BinaryOp.SUBTRACT],
  ['mul', BinaryOp.MULTIPLY],
  ['floordiv', BinaryOp.FLOOR_DIVIDE],
  ['truediv', BinaryOp.TRUE_DIVIDE],
  ['mod', BinaryOp.REMAINDER],
];
for (const [name, op] of OPERATORS) {
  defineMethod(
    floatType,
    `__${name}__`,
    (args) => floatBinary(op, args[0]!, args[1]!) ?? NotImplemented,
  );
  defineMethod(
    floatType,
    `__r${name}__`,
    (args) => floatBinary(op, args[1]!, args[0]!) ?? NotImplemented,
  );
}
defineMethod(floatType, '__pow__', (args) => {
  if (args[2] !== undefined && args[2] !== None) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  return floatBinary(BinaryOp.POWER, args[0]!, args[1]!) ?? NotImplemented;
});
defineMethod(floatType, '__rpow__', (args) => {
  if (args[2] !== undefined && args[2] !== None) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  return floatBinary(BinaryOp.POWER, args[1]!, args[0]!) ?? NotImplemented;
});
/** A float operand of divmod: a float, or an int converted (OverflowError when too large). */
function divmodOperand(value: PyValue): number | undefined {
  if (value instanceof PyFloat) return value.value;
  const int = intValueOf(value);
  return int === undefined ? undefined : intToFloat(int);
}

defineMethod(floatType, '__divmod__', (args) => {
  const x = divmodOperand(args[0]!);
  const y = divmodOperand(args[1]!);
  if (x === undefined || y === undefined) return NotImplemented;
  if (y === 0) throw zeroDivision('float divmod()');
  const [div, mod] = floatDivmod(x, y);
  return new PyTuple([newFloat(div), newFloat(mod)]);
});
defineMethod(floatType, '__rdivmod__', (args) => {
  const x = divmodOperand(args[1]!);
  const y = divmodOperand(args[0]!);
  if (x === undefined || y === undefined) return NotImplemented;
  if (y === 0) throw zeroDivision('float divmod()');
  const [div, mod] = floatDivmod(x, y);
  return new PyTuple([newFloat(div), newFloat(mod)]);
});

import { zeroDivisionError as zeroDivision } from './errors.js';

/** The number a float comparison sees for the other operand (ints compare exactly), or undefined. */
function comparable(value: PyValue): number | bigint | undefined {
  if (value instanceof PyFloat) return value.value;
  return intValueOf(value);
}

const COMPARISONS: readonly (readonly [string, (a: number, b: number | bigint) => boolean])[] = [
  ['__lt__', (a, b) => a < b],
  ['__le__', (a, b) => a <= b],
  // biome-ignore lint/suspicious/noDoubleEquals: exact number/bigint equality
  ['__eq__', (a, b) => a == b],
  // biome-ignore lint/suspicious/noDoubleEquals: exact number/bigint equality
  ['__ne__', (a, b) => a != b],
  ['__gt__', (a, b) => a > b],
  ['__ge__', (a, b) => a >= b],
];
for (const [name, test] of COMPARISONS) {
  defineMethod(floatType, name, (args) => {
    const other = comparable(args[1]!);
    if (other === undefined) return NotImplemented;
    return test(selfFloat(args[0]!), other);
  });
}

defineMethod(floatType, '__repr__', (args) => floatRepr(selfFloat(args[0]!)));
defineMethod(floatType, '__hash__', (args) => hashFloat(selfFloat(args[0]!), args[0] as PyFloat));
defineMethod(floatType, '__bool__', (args) => selfFloat(args[0]!) !== 0);
defineMethod(floatType, '__neg__', (args) => newFloat(-selfFloat(args[0]!)));
defineMethod(floatType, '__pos__', (args) => newFloat(selfFloat(args[0]!)));
defineMethod(floatType, '__abs__', (args) => newFloat(Math.abs(selfFloat(args[0]!))));
defineMethod(floatType, '__int__', (args) => floatToInt(selfFloat(args[0]!)));
defineMethod(floatType, '__trunc__', (args) => floatToInt(selfFloat(args[0]!)));
defineMethod(floatType, '__floor__', (args) => floatToInt(Math.floor(selfFloat(args[0]!))));
defineMethod(floatType, '__ceil__', (args) => floatToInt(Math.ceil(selfFloat(args[0]!))));
defineMethod(floatType, '__float__', (args) => newFloat(selfFloat(args[0]!)));
defineMethod(floatType, '__getnewargs__', (args) => new PyTuple([newFloat(selfFloat(args[0]!))]));
defineMethod(floatType, '__round__', (args, kwnames) => {
  checkArity('__round__', args.slice(1), kwnames, 0, 1);
  const value = selfFloat(args[0]!);
  const ndigits = args[1];
  if (ndigits === undefined || ndigits === None) return floatRoundToInt(value);
  return newFloat(floatRound(value, indexValue(ndigits)));
});
defineMethod(floatType, 'is_integer', (args) => Number.isInteger(selfFloat(args[0]!)));
defineMethod(floatType, 'as_integer_ratio', (args) => {
  const value = selfFloat(args[0]!);
  if (!Number.isFinite(value)) {
    if (Number.isNaN(value)) throw valueError('cannot convert NaN to integer ratio');
    throw overflowError('cannot convert Infinity to integer ratio');
  }
  return new PyTuple(floatAsIntegerRatio(value));
});
defineMethod(floatType, 'conjugate', (args) => newFloat(selfFloat(args[0]!)));
defineMethod(floatType, 'hex', (args) => floatHex(selfFloat(args[0]!)));
defineClassMethod(floatType, '__getformat__', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError('float.__getformat__() takes no keyword arguments');
  }
  if (args.length !== 2) {
    throw typeError(`float.__getformat__() takes exactly one argument (${args.length - 1} given)`);
  }
  const kind = args[1]!;
  if (typeof kind !== 'string') {
    const shown = kind === None ? 'None' : typeOf(kind).name;
    throw typeError(`__getformat__() argument must be str, not ${shown}`);
  }
  if (kind !== 'double' && kind !== 'float') {
    throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
  }
  return 'IEEE, little-endian';
});
defineClassMethod(floatType, 'fromhex', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError('float.fromhex() takes no keyword arguments');
  }
  if (args.length !== 2) {
    throw typeError(`float.fromhex() takes exactly one argument (${args.length - 1} given)`);
  }
  const text = strValueOf(args[1]!);
  if (text === undefined) throw typeError('bad argument type for built-in operation');
  const value = newFloat(floatFromHex(text));
  return args[0] === floatType ? value : callObject(args[0]!, [value]);
});
defineGetSet(floatType, 'real', (obj) => newFloat(selfFloat(obj)));
defineGetSet(floatType, 'imag', () => newFloat(0));

/** `float(value)` as CPython's PyNumber_Float. */
export function toFloat(value: PyValue): number {
  switch (typeof value) {
    case 'number':
      return value;
    case 'bigint':
      return intToFloat(value);
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return parseFloatText(value);
    default:
      break;
  }
  if (value.cls === floatType) return (value as PyFloat).value;
  // Every other object, subclasses of float, int and str included: the type's __float__ first (an
  // override wins, as CPython's nb_float slot does), then __index__, then the text.
  const type = value.cls;
  const method = type.lookup('__float__');
  if (method !== undefined) {
    const result = callUnbound(method, value, []);
    if (!(result instanceof PyFloat)) {
      throw typeError(`${type.name}.__float__ returned non-float (type ${typeName(result)})`);
    }
    if (result.cls !== floatType) {
      warnFromObjects(
        'DeprecationWarning',
        `${type.name}.__float__ returned non-float (type ${typeName(result)}).  The ability to ` +
          'return an instance of a strict subclass of float is deprecated, and may be removed in a ' +
          'future version of Python.',
      );
    }
    return result.value;
  }
  const index = type.lookup('__index__');
  if (index !== undefined) return intToFloat(indexValue(value));
  if (value instanceof PyFloat) return value.value;
  const text = strValueOf(value);
  if (text !== undefined) return parseFloatText(text);
  if (value instanceof PyBytes || value instanceof PyByteArray) {
    const data = value instanceof PyBytes ? value.data : value.bytes();
    return parseFloatText(bytesAsLatin1(data));
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeName(value)}'`);
}

const floatNew = makeNativeFunction('float', '__new__', (args, kwnames) => {
  checkArity('float', args.slice(1), kwnames, 0, 1);
  const cls = args[0] as PyType;
  const value = args.length > 1 ? toFloat(args[1]!) : 0;
  if (cls === floatType) return newFloat(value);
  const instance = new PyFloat(value, cls);
  initInstanceStorage(instance, cls);
  return instance;
});
floatType.setAttr('__new__', floatNew);

// complex: enough for literals, arithmetic and repr.
/**
 * The parts of an argument of complex(): a complex as it is, any other number as PyNumber_Float
 * gives it (a __float__ override of a subclass wins; objects with __float__ or __index__ count);
 * undefined for the rest.
 */
function complexArgumentParts(value: PyValue): [number, number] | undefined {
  if (value instanceof PyComplex) return [value.real, value.imag];
  if (typeof value === 'object' && value.cls !== floatType) {
    const type = value.cls;
    if (type.lookup('__float__') === undefined && type.lookup('__index__') === undefined) {
      return undefined;
    }
  } else if (typeof value === 'string') {
    return undefined;
  }
  return [toFloat(value), 0];
}

function complexParts(value: PyValue): [number, number] | undefined {
  if (value instanceof PyComplex) return [value.real, value.imag];
  const real = realValueOf(value);
  return real === undefined ? undefined : [real, 0];
}
for (const [name, op] of [
  ['add', BinaryOp.ADD],
  ['sub', BinaryOp.SUBTRACT],
  ['mul', BinaryOp.MULTIPLY],
  ['truediv', BinaryOp.TRUE_DIVIDE],
  ['pow', BinaryOp.POWER],
] as const) {
  defineMethod(complexType, `__${name}__`, (args) => {
    if (op === BinaryOp.POWER && args[2] !== undefined && args[2] !== None) {
      if (!isComplexOperand(args[1]!)) return NotImplemented;
      throw valueError('complex modulo');
    }
    return complexBinary(op, args[0]!, args[1]!) ?? NotImplemented;
  });
  defineMethod(complexType, `__r${name}__`, (args) => {
    if (op === BinaryOp.POWER && args[2] !== undefined && args[2] !== None) {
      if (!isComplexOperand(args[1]!)) return NotImplemented;
      throw valueError('complex modulo');
    }
    return complexBinary(op, args[1]!, args[0]!) ?? NotImplemented;
  });
}
/** Whether complex arithmetic accepts the value (int, float, complex or their subclasses). */
function isComplexOperand(value: PyValue): boolean {
  return value instanceof PyFloat || value instanceof PyComplex || intValueOf(value) !== undefined;
}
defineMethod(complexType, '__repr__', (args) => {
  const self = args[0] as PyComplex;
  return complexRepr(self.real, self.imag);
});
defineMethod(complexType, '__eq__', (args) => {
  const self = args[0] as PyComplex;
  const other = complexParts(args[1]!);
  if (other === undefined) return NotImplemented;
  return self.real === other[0] && self.imag === other[1];
});
defineMethod(complexType, '__ne__', (args) => {
  const self = args[0] as PyComplex;
  const other = complexParts(args[1]!);
  if (other === undefined) return NotImplemented;
  return self.real !== other[0] || self.imag !== other[1];
});
defineMethod(complexType, '__hash__', (args) => {
  const self = args[0] as PyComplex;
  return hashComplexValue(self.real, self.imag);
});
defineMethod(complexType, '__bool__', (args) => {
  const self = args[0] as PyComplex;
  return self.real !== 0 || self.imag !== 0;
});
defineMethod(complexType, '__neg__', (args) => {
  const self = args[0] as PyComplex;
  return new PyComplex(-self.real, -self.imag);
});
defineMethod(complexType, '__pos__', (args) => args[0]!);
defineMethod(complexType, '__abs__', (args) => {
  const self = args[0] as PyComplex;
  const result = Math.hypot(self.real, self.imag);
  if (!Number.isFinite(result) && Number.isFinite(self.real) && Number.isFinite(self.imag)) {
    throw overflowError('absolute value too large');
  }
  return newFloat(result);
});
defineMethod(complexType, 'conjugate', (args) => {
  const self = args[0] as PyComplex;
  return new PyComplex(self.real, -self.imag);
});
defineMethod(complexType, '__complex__', (args) => {
  const self = args[0] as PyComplex;
  return new PyComplex(self.real, self.imag);
});
defineMethod(complexType, '__getnewargs__', (args) => {
  const self = args[0] as PyComplex;
  return new PyTuple([newFloat(self.real), newFloat(self.imag)]);
});
defineGetSet(complexType, 'real', (obj) => newFloat((obj as PyComplex).real));
defineGetSet(complexType, 'imag', (obj) => newFloat((obj as PyComplex).imag));
const complexNew = makeNativeFunction('complex', '__new__', (args, kwnames) => {
  const [realArg, imagArg] =
    kwnames === null && args.length <= 3
      ? [args[1], args[2]]
      : bindArgs('complex', args.slice(1), kwnames, ['real', 'imag'], 0);
  let real = 0;
  let imag = 0;
  // Whether the real argument (after __complex__) was a complex: its imaginary part then adds up.
  let realIsComplex = false;
  if (realArg !== undefined) {
    const text = strValueOf(realArg);
    if (text !== undefined) {
      if (imagArg !== undefined) {
        throw typeError("complex() can't take second arg if first is a string");
      }
      const parsed = parseComplexText(text);
      real = parsed[0];
      imag = parsed[1];
    } else {
      const method = typeOf(realArg).lookup('__complex__');
      const converted = method === undefined ? realArg : callUnbound(method, realArg, []);
      if (method !== undefined && !(converted instanceof PyComplex)) {
        throw typeError(`__complex__ returned non-complex (type ${typeName(converted)})`);
      }
      realIsComplex = converted instanceof PyComplex;
      const parts = complexArgumentParts(converted);
      if (parts === undefined) {
        throw typeError(
          `complex() first argument must be a string or a number, not '${typeName(realArg)}'`,
        );
      }
      real = parts[0];
      imag = parts[1];
    }
  }
  if (imagArg !== undefined) {
    if (strValueOf(imagArg) !== undefined)
      throw typeError("complex() second arg can't be a string");
    const parts = complexArgumentParts(imagArg);
    if (parts === undefined) {
      throw typeError(`complex() second argument must be a number, not '${typeName(imagArg)}'`);
    }
    real -= parts[1];
    imag = realIsComplex ? imag + parts[0] : parts[0];
  }
  return new PyComplex(real, imag);
});
complexType.setAttr('__new__', complexNew);

function parseComplexText(text: string): [number, number] {
  const trimmed = text.trim().replace(/^\((.*)\)$/, '$1');
  const match = /^([+-]?[^+-]*(?:[eE][+-]?\d+)?)?(?:([+-][^+-]*(?:[eE][+-]?\d+)?)j)?$/.exec(
    trimmed,
  );
  const onlyImag = /^([+-]?[^+-]*(?:[eE][+-]?\d+)?)j$/.exec(trimmed);
  try {
    if (onlyImag !== null) return [0, imagPart(onlyImag[1]!)];
    if (match !== null && match[1] !== undefined) {
      return [parseFloatText(match[1]), match[2] === undefined ? 0 : imagPart(match[2])];
    }
  } catch {
    // fall through to the error below
  }
  throw valueError('complex() arg is a malformed string');
}

function imagPart(text: string): number {
  if (text === '' || text === '+') return 1;
  if (text === '-') return -1;
  return parseFloatText(text);
}

import { hashComplex } from './numeric-hash.js';

function hashComplexValue(real: number, imag: number): PyValue {
  return hashComplex(real, imag);
}

defineMethod(floatType, '__format__', (args, kwnames) => {
  checkArity('__format__', args.slice(1), kwnames, 1, 1);
  const spec = strValueOf(args[1]!);
  if (spec === undefined)
    throw typeError(`__format__() argument must be str, not ${typeName(args[1]!)}`);
  if (spec === '' && (args[0] as PyFloat).cls !== floatType) return pyStr(args[0]!);
  return formatFloat(selfFloat(args[0]!), spec, typeName(args[0]!));
});
defineMethod(complexType, '__format__', (args, kwnames) => {
  checkArity('__format__', args.slice(1), kwnames, 1, 1);
  const spec = strValueOf(args[1]!);
  if (spec === undefined)
    throw typeError(`__format__() argument must be str, not ${typeName(args[1]!)}`);
  const self = args[0] as PyComplex;
  return formatComplex(self.real, self.imag, spec);
});

import { formatComplex, formatFloat } from './format-spec.js';
import { pyStr } from './protocol-repr.js';
