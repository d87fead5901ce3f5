// The classmethod wrapper: binds the wrapped callable to the class on attribute access.

import { classMethodType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A `classmethod` around `func`. */
export class PyClassMethod extends PyObject {
  declare func: PyValue;

  constructor(func: PyValue, cls: PyType = classMethodType) {
    super(cls);
    this.func = func;
  }
}
