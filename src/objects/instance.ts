// Instances of Python classes whose layout is plain `object` (most user classes), and their allocation.

import { objectType } from './builtin-types.js';
import { PyDict } from './dict.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** An instance of a class deriving (only) from `object`: attributes live in `dict` and/or `slots`. */
export class PyInstance extends PyObject {}

/** Allocates an instance of `cls` with an empty `__dict__` and unset slots as its type requires. */
export function allocateInstance(cls: PyType): PyInstance {
  const instance = new PyInstance(cls);
  initInstanceStorage(instance, cls);
  return instance;
}

/** Gives a freshly allocated object of `cls` (any layout) its `__dict__` and slot storage. */
export function initInstanceStorage(obj: PyObject, cls: PyType): void {
  if (cls.instancesHaveDict && obj.dict === null) obj.dict = new PyDict();
  if (cls.slotCount > 0) obj.slots = new Array(cls.slotCount).fill(undefined);
}

objectType.allocator = allocateInstance;
