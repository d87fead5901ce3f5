// The super object: `super(type, obj)` looks attributes up in obj's MRO after `type`.
// Lookup is in protocol-attr.ts (superGetAttr); `super()` without arguments is resolved by the VM.

import { superType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A `super` object: `thisType` is the class after which lookup starts; `obj` the bound object. */
export class PySuper extends PyObject {
  declare thisType: PyType | null;
  declare obj: PyValue | null;
  /** The type whose MRO is searched: `obj` itself when it is a subclass of `thisType`, else `type(obj)`. */
  declare objType: PyType | null;

  constructor(cls: PyType = superType) {
    super(cls);
    this.thisType = null;
    this.obj = null;
    this.objType = null;
  }
}
