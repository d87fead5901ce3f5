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

/** Identity numbers, assigned on first use (most objects never need one). */
const identities = new WeakMap<object, number>();
/** `__slots__` storage (rare, so kept off the object to keep every object two fields). */
const slotStorage = new WeakMap<object, (PyValue | undefined)[]>();

/**
 * The base of every heap Python object. `cls` is the Python type (`type(x)`); `dict` is the
 * instance `__dict__` for objects that have one (user class instances, functions, modules), else
 * null. Only these two are fields: every Python object is constructed through this constructor,
 * and V8 makes its stores megamorphic, so each extra field costs every allocation. `slots` and
 * `objectId` are accessors over side tables. All state is plain data.
 */
export abstract class PyObject {
  /** `type(self)`; may change through `__class__` assignment on compatible layouts. */
  declare cls: PyType;
  /** The instance `__dict__`, or null when the object has none. */
  declare dict: PyDict | null;

  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }

  /** Values of `__slots__` members, indexed by the member descriptor's index; null when none. */
  get slots(): (PyValue | undefined)[] | null {
    return slotStorage.get(this) ?? null;
  }

  set slots(values: (PyValue | undefined)[] | null) {
    if (values === null) slotStorage.delete(this);
    else slotStorage.set(this, values);
  }

  /** Identity number for `id()` and identity hashing (0 = not yet assigned). */
  get objectId(): number {
    return identities.get(this) ?? 0;
  }

  set objectId(id: number) {
    identities.set(this, id);
    if (id >= nextObjectId) nextObjectId = id + 1;
  }
}

/** The identity number of an object (`id(x)` and the default `__hash__` build on it). */
export function objectIdentity(obj: PyObject): number {
  let id = identities.get(obj);
  if (id === undefined) {
    id = nextObjectId++;
    identities.set(obj, id);
  }
  return id;
}
