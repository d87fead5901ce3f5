// The property descriptor: fget/fset/fdel/doc. Its methods (getter/setter/deleter, __get__…) are in
// descriptor-methods.ts; the descriptor protocol in protocol-attr.ts calls fget/fset/fdel.

import { propertyType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { None } from './singletons.js';

/** A `property`. Unset accessors are None. */
export class PyProperty extends PyObject {
  declare fget: PyValue;
  declare fset: PyValue;
  declare fdel: PyValue;
  declare doc: PyValue;
  /** The attribute name it was assigned to (`__set_name__`), for error messages. */
  declare name: string | null;

  constructor(cls: PyType = propertyType) {
    super(cls);
    this.fget = None;
    this.fset = None;
    this.fdel = None;
    this.doc = None;
    this.name = null;
  }
}
