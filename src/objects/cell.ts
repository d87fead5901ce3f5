// Closure cells: a box holding one variable shared between a scope and the functions nested in it.

import { cellType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';

/** A `cell`; `value` is undefined while the variable is unbound. */
export class PyCell extends PyObject {
  declare value: PyValue | undefined;

  constructor(value: PyValue | undefined = undefined) {
    super(cellType);
    this.value = value;
  }
}
