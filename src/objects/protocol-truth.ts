// Truth testing (`bool(x)`, `if x:`): fast paths for built-in values, then `__bool__`, then `__len__`.

import { dictType, floatType, listType, noneType, tupleType } from './builtin-types.js';
import type { PyDict } from './dict.js';
import { typeError } from './errors.js';
import type { PyFloat } from './float-type.js';
import { intValueOf } from './int-type.js';
import type { PyList } from './list.js';
import { callUnbound } from './protocol-call.js';
import type { PyValue } from './py-object.js';
import type { PyTuple } from './tuple.js';
import { typeName } from './type-of.js';

/** `bool(value)`. */
export function isTruthy(value: PyValue): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'bigint':
      return value !== 0n;
    case 'string':
      return value.length > 0;
    default:
      break;
  }
  const type = value.cls;
  if (type === noneType) return false;
  if (type === listType) return (value as PyList).items.length > 0;
  if (type === tupleType) return (value as PyTuple).items.length > 0;
  if (type === dictType) return (value as PyDict).size > 0;
  if (type === floatType) return (value as PyFloat).value !== 0;
  const bool = type.lookup('__bool__');
  if (bool !== undefined) {
    const result = callUnbound(bool, value, []);
    if (typeof result !== 'boolean') {
      throw typeError(`__bool__ should return bool, returned ${typeName(result)}`);
    }
    return result;
  }
  const len = type.lookup('__len__');
  if (len !== undefined) {
    const result = callUnbound(len, value, []);
    const length = intValueOf(result);
    if (length === undefined) {
      throw typeError(`'${typeName(result)}' object cannot be interpreted as an integer`);
    }
    if (length < 0) throw typeError('__len__() should return >= 0');
    return length !== 0 && length !== 0n;
  }
  return true;
}
