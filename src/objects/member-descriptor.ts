// `__slots__` members: a data descriptor per slot name reading and writing `obj.slots[index]`.

import { memberDescriptorType } from './builtin-types.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** A `member_descriptor` for slot `name` of `ownerType`, stored at `index` in `obj.slots`. */
export class PyMemberDescriptor extends PyObject {
  declare readonly name: string;
  declare readonly ownerType: PyType;
  declare readonly index: number;

  constructor(name: string, ownerType: PyType, index: number) {
    super(memberDescriptorType);
    this.name = name;
    this.ownerType = ownerType;
    this.index = index;
  }
}
