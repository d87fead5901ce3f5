// Module objects: a name and a namespace dict (the module's globals).
// Importing is the VM's job (src/vm/import-system.ts).

import { moduleType } from './builtin-types.js';
import { PyDict } from './dict.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** A `module`: its namespace is `dict` (never null). */
export class PyModule extends PyObject {
  declare dict: PyDict;
  /** True while the module body is still executing (for circular import messages). */
  declare initializing: boolean;

  constructor(name: string, dict: PyDict = new PyDict(), cls: PyType = moduleType) {
    super(cls);
    this.dict = dict;
    this.initializing = false;
    if (!dict.hasStr('__name__')) dict.setStr('__name__', name);
  }

  /** `__name__` as stored in the namespace (the constructor's name when it was replaced by a non-str). */
  get name(): string {
    const name = this.dict.getStr('__name__');
    return typeof name === 'string' ? name : '?';
  }
}
