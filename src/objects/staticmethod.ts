// The staticmethod wrapper: returns the wrapped callable unbound on attribute access.

import { staticMethodType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A `staticmethod` around `func`. */
export class PyStaticMethod extends PyObject {
  declare func: PyValue;

  constructor(func: PyValue, cls: PyType = staticMethodType) {
    super(cls);
    this.func = func;
  }
}
