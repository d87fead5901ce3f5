// The base class of every heap-allocated Python object, and the PyValue union of all Python values.
// Types, attribute lookup and protocols live elsewhere (py-type.ts, protocol-*.ts).

import type { PyDict } from './dict.js';
import type { PyType } from './py-type.js';

/**
 * Any Python value. `int` is a JS number while it is a safe integer and a bigint beyond (never
 * `-0`, never a bigint that fits in a safe number); `bool` is a JS boolean; `str` is a JS string;
 * everything else (None, float, containers, instances, types…) is a `PyObject`.
 * @see /work/shared/ARCHITECTURE.md §3
 */
export type PyValue = number | bigint | boolean | string | PyObject;

let nextObjectId = 1;

/**
 * The base of every heap Python object. `cls` is the Python type (`type(x)`); `dict` is the
 * instance `__dict__` for objects that have one (user class instances, functions, modules), else
 * null; `slots` holds `__slots__` member values (undefined = unset). All state is plain data.
 */
export abstract class PyObject {
  /** `type(self)`; may change through `__class__` assignment on compatible layouts. */
  declare cls: PyType;
  /** The instance `__dict__`, or null when the object has none. */
  declare dict: PyDict | null;
  /** Values of `__slots__` members, indexed by the member descriptor's index; null when none. */
  declare slots: (PyValue | undefined)[] | null;
  /** Lazily assigned identity number for `id()` and identity hashing (0 = not yet assigned). */
  declare objectId: number;

  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.slots = null;
    this.objectId = 0;
  }
}

/** The identity number of an object (`id(x)` and the default `__hash__` build on it). */
export function objectIdentity(obj: PyObject): number {
  if (obj.objectId === 0) obj.objectId = nextObjectId++;
  return obj.objectId;
}
