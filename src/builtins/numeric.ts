// Numeric and character builtins: abs, round, divmod, pow, bin/oct/hex, chr, ord, format.

import { bindArgs, checkArity, checkOneArg } from '../objects/args.js';
import { floatType } from '../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../objects/bytes.js';
import { codePointLength } from '../objects/code-points.js';
import { typeError, typeErrorUnsupportedOperand, valueError } from '../objects/errors.js';
import { floatRound, floatRoundToInt } from '../objects/float-format.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { intToPrefixedString } from '../objects/int-text.js';
import { intAbs, intValueOf } from '../objects/int-type.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { callUnbound } from '../objects/protocol-call.js';
import { binaryOp, indexValue } from '../objects/protocol-number.js';
import type { PyValue } from '../objects/py-object.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { pyFormat } from '../objects/str-methods.js';
import { strValueOf } from '../objects/str-type.js';
import { typeName, typeOf } from '../objects/type-of.js';

/** `abs(x)`. */
export const absFunction = makeNativeFunction('builtins', 'abs', (args, kwnames) => {
  checkOneArg('abs', args, kwnames);
  const value = args[0]!;
  if (typeof value === 'number') return Math.abs(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return intAbs(intValueOf(value)!);
  if (value instanceof PyFloat && !value.cls.isHeapType) return newFloat(Math.abs(value.value));
  const method = typeOf(value).lookup('__abs__');
  if (method === undefined) throw typeError(`bad operand type for abs(): '${typeName(value)}'`);
  return callUnbound(method, value, []);
});

/** `round(number, ndigits=None)`. */
export const roundFunction = makeNativeFunction('builtins', 'round', (args, kwnames) => {
  if ((kwnames === null || kwnames.length === 0) && (args.length === 1 || args.length === 2)) {
    // An exact float (whose __round__ cannot be replaced) with no or an int ndigits: directly.
    const value = args[0]!;
    if (value instanceof PyFloat && value.cls === floatType) {
      const places = args[1];
      if (places === undefined || places === None) return floatRoundToInt(value.value);
      if (typeof places === 'number') return newFloat(floatRound(value.value, places));
    }
  }
  const [number, ndigits] = bindArgs('round', args, kwnames, ['number', 'ndigits'], 1);
  const value = number!;
  const method = typeOf(value).lookup('__round__');
  if (method === undefined)
    throw typeError(`type ${typeName(value)} doesn't define __round__ method`);
  return callUnbound(method, value, ndigits === undefined || ndigits === None ? [] : [ndigits]);
});

/** `divmod(a, b)`: `__divmod__`/`__rdivmod__` dispatch. */
export const divmodFunction = makeNativeFunction('builtins', 'divmod', (args, kwnames) => {
  checkArity('divmod', args, kwnames, 2, 2);
  const a = args[0]!;
  const b = args[1]!;
  const typeA = typeOf(a);
  const typeB = typeOf(b);
  const method = typeA.lookup('__divmod__');
  const reflected = typeA === typeB ? undefined : typeB.lookup('__rdivmod__');
  if (
    reflected !== undefined &&
    typeB.isSubtypeOf(typeA) &&
    reflected !== typeA.lookup('__rdivmod__')
  ) {
    const result = callUnbound(reflected, b, [a]);
    if (result !== NotImplemented) return result;
  }
  if (method !== undefined) {
    const result = callUnbound(method, a, [b]);
    if (result !== NotImplemented) return result;
  }
  if (reflected !== undefined) {
    const result = callUnbound(reflected, b, [a]);
    if (result !== NotImplemented) return result;
  }
  throw typeErrorUnsupportedOperand('divmod()', a, b);
});

/** `pow(base, exp, mod=None)`. */
export const powFunction = makeNativeFunction('builtins', 'pow', (args, kwnames) => {
  const [base, exp, mod] = bindArgs('pow', args, kwnames, ['base', 'exp', 'mod'], 2);
  if (mod === undefined || mod === None) return binaryOp(base!, exp!, 8);
  if ([base!, exp!, mod].some((value) => value instanceof PyFloat)) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  const method = typeOf(base!).lookup('__pow__');
  if (method !== undefined) {
    const result = callUnbound(method, base!, [exp!, mod]);
    if (result !== NotImplemented) return result;
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeName(base!)}', '${typeName(exp!)}', '${typeName(mod)}'`,
  );
});

function prefixed(name: string, base: 2 | 8 | 16) {
  return makeNativeFunction('builtins', name, (args, kwnames) => {
    checkOneArg(name, args, kwnames);
    return intToPrefixedString(indexValue(args[0]!), base);
  });
}
/** `bin(x)`. */
export const binFunction = prefixed('bin', 2);
/** `oct(x)`. */
export const octFunction = prefixed('oct', 8);
/** `hex(x)`. */
export const hexFunction = prefixed('hex', 16);

/** `chr(i)`. */
export const chrFunction = makeNativeFunction('builtins', 'chr', (args, kwnames) => {
  checkOneArg('chr', args, kwnames);
  const value = args[0]!;
  if (value instanceof PyFloat)
    throw typeError("'float' object cannot be interpreted as an integer");
  const code = indexValue(value);
  if (typeof code === 'bigint') throw pyOverflow('Python int too large to convert to C int');
  if (code < 0 || code > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(code);
});

import { overflowError as pyOverflow } from '../objects/errors.js';

/** `ord(c)`. */
export const ordFunction = makeNativeFunction('builtins', 'ord', (args, kwnames) => {
  checkOneArg('ord', args, kwnames);
  const value = args[0]!;
  const text = strValueOf(value);
  if (text !== undefined) {
    const length = codePointLength(text);
    if (length !== 1)
      throw typeError(`ord() expected a character, but string of length ${length} found`);
    return text.codePointAt(0)!;
  }
  if (value instanceof PyBytes || value instanceof PyByteArray) {
    const data = value instanceof PyBytes ? value.data : value.bytes();
    if (data.length !== 1)
      throw typeError(`ord() expected a character, but string of length ${data.length} found`);
    return data[0]!;
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(value)} found`);
});

/** `format(value, format_spec='')`. */
export const formatFunction = makeNativeFunction('builtins', 'format', (args, kwnames) => {
  checkArity('format', args, kwnames, 1, 2);
  const spec = args.length > 1 ? strValueOf(args[1]!) : '';
  if (spec === undefined) {
    throw typeError(`format() argument 2 must be str, not ${typeName(args[1]!)}`);
  }
  return pyFormat(args[0]!, spec);
});

/** `int.__format__`-style helpers share this: the value's type name. */
export function numericTypeName(value: PyValue): string {
  return typeName(value);
}
