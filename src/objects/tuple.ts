// The tuple object: an immutable array of values. Tuple methods live in tuple-methods.ts.

import { tupleType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python `tuple` (or an instance of a tuple subclass). `items` must never be mutated. */
export class PyTuple extends PyObject {
  declare readonly items: readonly PyValue[];

  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }

  /** The empty tuple (a shared instance, as in CPython). */
  static readonly EMPTY: PyTuple = new PyTuple([]);

  /** A tuple of the given values (the array is taken over, not copied). */
  static of(...items: PyValue[]): PyTuple {
    return items.length === 0 ? PyTuple.EMPTY : new PyTuple(items);
  }

  /**
   * An exact tuple taking over `items` (not copied), the shared empty tuple for none. Use this, not
   * `of(...items)`, for arrays of any size: spreading a huge array overflows the JS stack.
   */
  static fromArray(items: PyValue[]): PyTuple {
    return items.length === 0 ? PyTuple.EMPTY : new PyTuple(items);
  }
}
