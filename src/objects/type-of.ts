// `type(x)` for every PyValue: primitives map to their built-in types, objects carry their class.
// Kept tiny and free of other imports so every protocol can use it.

import { boolType, intType, strType } from './builtin-types.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** `type(value)`. */
export function typeOf(value: PyValue): PyType {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return intType;
    case 'boolean':
      return boolType;
    case 'string':
      return strType;
    default:
      return value.cls;
  }
}

/** `type(value).__name__`, as error messages quote it. */
export function typeName(value: PyValue): string {
  return typeOf(value).name;
}

/** `isinstance(value, type)` without `__instancecheck__` hooks. */
export function isInstanceOf(value: PyValue, type: PyType): boolean {
  return typeOf(value).isSubtypeOf(type);
}
