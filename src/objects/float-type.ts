// The float object (a boxed JS number, so 1 and 1.0 stay distinct) and its repr.
// Arithmetic lives in number-ops.ts; float methods in float-methods.ts.

import { floatType } from './builtin-types.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python float (or an instance of a float subclass, then `cls` is the subclass). */
export class PyFloat extends PyObject {
  declare readonly value: number;

  constructor(value: number, cls: PyType = floatType) {
    super(cls);
    this.value = value;
  }
}

const ZERO = new PyFloat(0);
const ONE = new PyFloat(1);

/** Boxes a JS number as a Python float (shares boxes for 0.0 and 1.0). */
export function newFloat(value: number): PyFloat {
  if (value === 0 && !Object.is(value, -0)) return ZERO;
  if (value === 1) return ONE;
  return new PyFloat(value);
}

/** `repr(float)` (CPython's shortest round-trip digits), from float-repr.ts. */
export { floatRepr } from './float-repr.js';
