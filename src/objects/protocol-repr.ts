// repr() and str(): fast paths for primitives and floats, `__repr__`/`__str__` dispatch otherwise, the
// recursion guard that prints `[...]` for self-containing containers, and int→decimal with its limit.

import { floatType } from './builtin-types.js';
import { typeError, valueError } from './errors.js';
import { floatRepr, type PyFloat } from './float-type.js';
import type { PyInt } from './int-type.js';
import { PyMethodDescriptor } from './native-function.js';
import { callUnbound } from './protocol-call.js';
import { objectIdentity, type PyObject, type PyValue } from './py-object.js';
import { hasRuntime, rt } from './runtime.js';
import { None } from './singletons.js';
import { reprStr } from './str-repr.js';
import { PyStrInstance } from './str-type.js';
import { typeName, typeOf } from './type-of.js';

/** Decimal string of an int, enforcing `sys.set_int_max_str_digits` (ValueError past it). */
export function intToString(value: PyInt): string {
  if (typeof value === 'number') return String(value);
  const text = value.toString();
  const limit = hasRuntime() ? rt().intMaxStrDigits : 4300;
  const digits = value < 0n ? text.length - 1 : text.length;
  if (limit > 0 && digits > limit) {
    throw valueError(
      `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return text;
}

/** `repr(value)`. */
export function pyRepr(value: PyValue): string {
  switch (typeof value) {
    case 'string':
      return reprStr(value);
    case 'number':
      return String(value);
    case 'bigint':
      return intToString(value);
    case 'boolean':
      return value ? 'True' : 'False';
    default:
      break;
  }
  if (value === None) return 'None';
  if (value.cls === floatType) return floatRepr((value as PyFloat).value);
  return callReprMethod(value, '__repr__');
}

/** `str(value)`. */
export function pyStr(value: PyValue): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return String(value);
    case 'bigint':
      return intToString(value);
    case 'boolean':
      return value ? 'True' : 'False';
    default:
      break;
  }
  if (value === None) return 'None';
  if (value.cls === floatType) return floatRepr((value as PyFloat).value);
  return callReprMethod(value, '__str__');
}

function callReprMethod(value: PyObject, name: '__repr__' | '__str__'): string {
  const method = value.cls.lookup(name);
  if (method === undefined) return defaultRepr(value);
  const runtime = rt();
  runtime.enterRecursion(
    name === '__repr__'
      ? ' while getting the repr of an object'
      : ' while getting the str of an object',
  );
  let result: PyValue;
  try {
    result =
      method instanceof PyMethodDescriptor
        ? method.fn([value], null)
        : callUnbound(method, value, []);
  } finally {
    runtime.leaveRecursion();
  }
  if (typeof result === 'string') return result;
  if (result instanceof PyStrInstance) return result.value;
  throw typeError(`${name} returned non-string (type ${typeName(result)})`);
}

/** `object.__repr__`: `<module.Name object at 0x…>`. */
export function defaultRepr(value: PyValue): string {
  const type = typeOf(value);
  const module = type.attrs.get('__module__');
  const prefix = typeof module === 'string' && module !== 'builtins' ? `${module}.` : '';
  return `<${prefix}${type.qualname} object at ${addressOf(value)}>`;
}

/** A stable fake address for an object (`0x7f…`), derived from its identity. */
export function addressOf(value: PyValue): string {
  const id = typeof value === 'object' ? objectIdentity(value) : 0;
  return `0x${(0x7f0000000000 + id * 16).toString(16)}`;
}

const reprInProgress = new Set<PyObject>();

/**
 * Runs `render` unless `container` is already being repr'd further up (then returns `placeholder`,
 * e.g. `[...]`), as CPython's Py_ReprEnter/Py_ReprLeave.
 */
export function withReprGuard(
  container: PyObject,
  placeholder: string,
  render: () => string,
): string {
  if (reprInProgress.has(container)) return placeholder;
  reprInProgress.add(container);
  try {
    return render();
  } finally {
    reprInProgress.delete(container);
  }
}

/** `ascii(value)`: `repr(value)` with every non-ASCII code point escaped (`\xe9`, `\u20ac`, `\U0001f600`). */
export function pyAscii(value: PyValue): string {
  const text = pyRepr(value);
  let result = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 0x80) result += char;
    else if (point <= 0xff) result += `\\x${point.toString(16).padStart(2, '0')}`;
    else if (point <= 0xffff) result += `\\u${point.toString(16).padStart(4, '0')}`;
    else result += `\\U${point.toString(16).padStart(8, '0')}`;
  }
  return result;
}
