// The list object: a mutable JS array of values. List methods live in list-methods.ts.

import { listType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python `list` (or an instance of a list subclass). */
export class PyList extends PyObject {
  declare items: PyValue[];

  constructor(items: PyValue[] = [], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
