// The set and frozenset objects: a SetTable (CPython's set hash table, so iteration order matches)
// keyed by Python hash and ==. Methods live in set-methods.ts.

import { frozensetType, setType } from './builtin-types.js';
import { hashIntoParts, keysEqual } from './protocol-hash.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { hasRuntime, rt } from './runtime.js';
import { SetTable, setTableAllocationCheck } from './set-table.js';
import { None } from './singletons.js';

function keyEquals(tableKey: PyValue, probeKey: PyValue): boolean {
  // None equals only itself when the other key is an int/str/bool (no runtime needed: frozenset
  // constants are built while compiling).
  if (
    (tableKey === None && typeof probeKey !== 'object') ||
    (probeKey === None && typeof tableKey !== 'object')
  )
    return false;
  return keysEqual(tableKey, probeKey);
}

setTableAllocationCheck((bytes) => {
  if (hasRuntime()) rt().checkAllocation(bytes);
});

/** A fresh empty set table with Python's == (for set algebra results). */
export function newSetTable(): SetTable<PyValue> {
  return new SetTable<PyValue>(keyEquals);
}

/** Common storage of `set` and `frozenset`. */
export abstract class PyAnySet extends PyObject {
  declare table: SetTable<PyValue>;

  constructor(cls: PyType, table: SetTable<PyValue> = newSetTable()) {
    super(cls);
    this.table = table;
  }

  /** `len(s)`. */
  get size(): number {
    return this.table.size;
  }

  /** Whether `key` is a member (may call `__hash__`/`__eq__`). */
  has(key: PyValue): boolean {
    if (typeof key === 'string') return this.table.hasStr(key);
    // An int32 int is its own hash (-1 hashes as -2): the two words without HASH_PARTS.
    if (typeof key === 'number' && (key | 0) === key) {
      return this.table.hasParts(key, key < 0 ? -1 : 0, key === -1 ? -2 : key);
    }
    const parts = hashIntoParts(key);
    return this.table.hasParts(key, parts[0]!, parts[1]!);
  }

  /** Adds `key` if absent; returns whether it was added. */
  add(key: PyValue): boolean {
    if (typeof key === 'string') return this.table.addStr(key);
    if (typeof key === 'number' && (key | 0) === key) {
      return this.table.addParts(key, key < 0 ? -1 : 0, key === -1 ? -2 : key);
    }
    const parts = hashIntoParts(key);
    return this.table.addParts(key, parts[0]!, parts[1]!);
  }

  /** Removes `key`; returns whether it was present. */
  discard(key: PyValue): boolean {
    const parts = hashIntoParts(key);
    return this.table.discardParts(key, parts[0]!, parts[1]!);
  }

  /** The members in iteration order (a fresh array). */
  liveKeys(): PyValue[] {
    return this.table.keys();
  }
}

/**
 * `item in set` for a set or frozenset (what `__contains__` does): a set item is looked up as the
 * frozenset of its members, as CPython does. For the VM's CONTAINS_OP fast path on exact sets.
 */
export function setContains(set: PyAnySet, item: PyValue): boolean {
  if (item instanceof PySet) return set.has(new PyFrozenSet(frozensetType, item.table));
  return set.has(item);
}

/** A Python `set`. */
export class PySet extends PyAnySet {
  constructor(cls: PyType = setType, table?: SetTable<PyValue>) {
    super(cls, table);
  }

  /** A set of the given values (duplicates dropped). */
  static fromArray(items: readonly PyValue[]): PySet {
    const set = new PySet();
    for (const item of items) set.add(item);
    return set;
  }
}

/** A Python `frozenset`. */
export class PyFrozenSet extends PyAnySet {
  constructor(cls: PyType = frozensetType, table?: SetTable<PyValue>) {
    super(cls, table);
  }

  /** A frozenset of the given values (duplicates dropped). */
  static fromArray(items: readonly PyValue[]): PyFrozenSet {
    const set = new PyFrozenSet();
    for (const item of items) set.add(item);
    return set;
  }
}
