// The complex object: two JS numbers. Arithmetic lives in number-ops.ts.

import { complexType } from './builtin-types.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python `complex`. */
export class PyComplex extends PyObject {
  declare readonly real: number;
  declare readonly imag: number;

  constructor(real: number, imag: number, cls: PyType = complexType) {
    super(cls);
    this.real = real;
    this.imag = imag;
  }
}
