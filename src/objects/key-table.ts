// The insertion-ordered hash table under dict (and set): Python key equality (1, 1.0 and True are one
// key), a JS Map fast path for str/int/float keys, and hash buckets + __eq__ for every other key.

import { floatType } from './builtin-types.js';
import { PyFloat } from './float-type.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** The JS key standing for a str/int/bool/float key (Python-equal keys map to the same JS key). */
type PrimitiveKey = string | number | bigint;

/** Hooks the table needs from the protocols (hash and ==), injected to keep this file a leaf. */
export interface KeyProtocol {
  hash(key: PyValue): number;
  equals(a: PyValue, b: PyValue): boolean;
}

let keyProtocol: KeyProtocol | null = null;

/** Installs the hash/equality protocol (done once by protocol-hash.ts). */
export function setKeyProtocol(protocol: KeyProtocol): void {
  keyProtocol = protocol;
}

/**
 * The JS Map key of a key whose equality is plain value equality (exact str, int, bool, float), or
 * undefined when the key needs hashing and `__eq__` (tuples, instances, NaN, subclasses).
 */
export function primitiveKeyOf(key: PyValue): PrimitiveKey | undefined {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
    default: {
      if (key instanceof PyFloat && key.cls === floatType) {
        const value = key.value;
        if (Number.isNaN(value)) return undefined;
        if (Number.isInteger(value)) {
          if (Number.isSafeInteger(value)) return value + 0;
          if (Number.isFinite(value)) return BigInt(value);
        }
        return value;
      }
      return undefined;
    }
  }
}

/** The index every empty table starts with (shared, so never written: see unshareIndex). */
const EMPTY_INDEX: Map<PrimitiveKey, number> = new Map();

/**
 * An insertion-ordered table of keys (and values, for dicts). Deleted entries leave holes
 * (`undefined` keys) that are compacted away when they outnumber live ones.
 */
export abstract class KeyTable extends PyObject {
  /** Keys in insertion order; `undefined` marks a deleted entry. */
  declare keyList: (PyValue | undefined)[];
  /** Values parallel to `keyList` (unused by sets). */
  declare valueList: PyValue[];
  /** Number of live entries. */
  declare size: number;
  /** Bumped on every insertion or deletion (iterators detect changes with it). */
  declare version: number;
  declare private primitiveIndex: Map<PrimitiveKey, number>;
  declare private objectIndex: Map<number, number | number[]> | null;
  /** True while `primitiveIndex` is shared with the table it was copied from (copy on write). */
  declare private indexShared: boolean;

  constructor(cls: PyType) {
    super(cls);
    this.keyList = genericArray();
    this.valueList = genericArray();
    this.size = 0;
    this.version = 0;
    // Empty tables share one never-written index until their first key (an instance's or an
    // exception's __dict__ often stays empty): every write path unshares it first.
    this.primitiveIndex = EMPTY_INDEX;
    this.indexShared = true;
    this.objectIndex = null;
  }

  /** Entry index of `key`, or -1. May call `__hash__`/`__eq__` of the key. */
  findIndex(key: PyValue): number {
    const primitive = primitiveKeyOf(key);
    // Read before the branches, so a hit and a miss both give it type feedback (see PyDict.get).
    const objectIndex = this.objectIndex;
    if (primitive !== undefined) {
      const found = this.primitiveIndex.get(primitive);
      if (found !== undefined) return found;
      if (objectIndex === null) return -1;
      return this.findObject(key, hashOf(key));
    }
    const hash = hashOf(key);
    if (objectIndex === null) {
      // An object key may still equal a primitive one (a str subclass, a numeric-like class).
      return this.primitiveIndex.size === 0 ? -1 : this.scanPrimitives(key, hash);
    }
    const found = this.findObject(key, hash);
    if (found >= 0 || this.primitiveIndex.size === 0) return found;
    return this.scanPrimitives(key, hash);
  }

  /** Entry index of a str key (fast path: no hashing). */
  findStrIndex(key: string): number {
    const found = this.primitiveIndex.get(key);
    return found === undefined ? -1 : found;
  }

  private findObject(key: PyValue, hash: number): number {
    const bucket = this.objectIndex?.get(hash);
    if (bucket === undefined) return -1;
    if (typeof bucket === 'number') return this.sameKey(this.keyList[bucket], key) ? bucket : -1;
    for (const index of bucket) if (this.sameKey(this.keyList[index], key)) return index;
    return -1;
  }

  private scanPrimitives(key: PyValue, hash: number): number {
    // Only reached for non-primitive keys when primitive keys exist: compare against the primitive
    // keys of equal hash (rare: e.g. a str subclass instance looked up among str keys).
    for (const [, index] of this.primitiveIndex) {
      const candidate = this.keyList[index]!;
      if (hashOf(candidate) === hash && this.sameKey(candidate, key)) return index;
    }
    return -1;
  }

  private sameKey(stored: PyValue | undefined, key: PyValue): boolean {
    if (stored === undefined) return false;
    if (stored === key) return true;
    return keyProtocol!.equals(stored, key);
  }

  /**
   * `self[key] = value`: replaces the value of an equal key (which keeps its position and its
   * original key object) or appends an entry. Str/int/float keys cost one index lookup and no hash.
   */
  storeValue(key: PyValue, value: PyValue): void {
    const primitive = primitiveKeyOf(key);
    if (primitive !== undefined && this.objectIndex === null) {
      const found = this.primitiveIndex.get(primitive);
      if (found !== undefined) {
        this.valueList[found] = value;
        return;
      }
      if (this.indexShared) this.unshareIndex();
      const index = this.keyList.length;
      this.primitiveIndex.set(primitive, index);
      this.keyList.push(key);
      this.valueList.push(value);
      this.size++;
      this.version++;
      return;
    }
    const index = this.findIndex(key);
    if (index >= 0) this.valueList[index] = value;
    else this.appendEntry(key, value);
  }

  /** Inserts a new entry (the key must be absent; call `findIndex` first). Returns its index. */
  appendEntry(key: PyValue, value: PyValue): number {
    const index = this.keyList.length;
    const primitive = primitiveKeyOf(key);
    if (primitive !== undefined) {
      if (this.indexShared) this.unshareIndex();
      this.primitiveIndex.set(primitive, index);
    } else {
      const hash = hashOf(key);
      if (this.objectIndex === null) this.objectIndex = new Map();
      const bucket = this.objectIndex.get(hash);
      if (bucket === undefined) this.objectIndex.set(hash, index);
      else if (typeof bucket === 'number') this.objectIndex.set(hash, [bucket, index]);
      else bucket.push(index);
    }
    this.keyList.push(key);
    this.valueList.push(value);
    this.size++;
    this.version++;
    return index;
  }

  /** Removes the entry at `index` (from `findIndex`). */
  removeEntry(index: number): void {
    const key = this.keyList[index]!;
    const primitive = primitiveKeyOf(key);
    if (primitive !== undefined && this.primitiveIndex.get(primitive) === index) {
      if (this.indexShared) this.unshareIndex();
      this.primitiveIndex.delete(primitive);
    } else if (this.objectIndex !== null) {
      const hash = hashOf(key);
      const bucket = this.objectIndex.get(hash);
      if (typeof bucket === 'number') this.objectIndex.delete(hash);
      else if (bucket !== undefined) {
        const at = bucket.indexOf(index);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 0) this.objectIndex.delete(hash);
      }
    }
    this.keyList[index] = undefined;
    this.valueList[index] = undefined as unknown as PyValue;
    this.size--;
    this.version++;
    const holes = this.keyList.length - this.size;
    if (holes > 16 && holes > this.size) this.compact();
  }

  /**
   * Makes this (empty) table a copy of `source`'s entries. Str/int/float-keyed tables are copied
   * without re-hashing (the index Map is cloned); object keys are re-inserted, so their hashes follow
   * the active hash seed.
   */
  copyEntriesFrom(source: KeyTable): void {
    if (source.objectIndex !== null || this.size !== 0 || this.keyList.length !== 0) {
      const keys = source.keyList;
      const values = source.valueList;
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index];
        if (key !== undefined && this.findIndex(key) < 0) this.appendEntry(key, values[index]!);
      }
      return;
    }
    // slice keeps the source arrays' (generic) elements kind.
    this.keyList = source.keyList.slice();
    this.valueList = source.valueList.slice();
    // The index Map is shared until either table changes its keys (see unshareIndex).
    this.primitiveIndex = source.primitiveIndex;
    this.indexShared = true;
    source.indexShared = true;
    this.size = source.size;
    this.version++;
  }

  /** Gives this table its own copy of a primitive index shared with another table. */
  private unshareIndex(): void {
    const index = this.primitiveIndex;
    this.primitiveIndex = index.size === 0 ? new Map() : new Map(index);
    this.indexShared = false;
  }

  /** Removes every entry. */
  clearEntries(): void {
    this.keyList = genericArray();
    this.valueList = genericArray();
    this.primitiveIndex = new Map();
    this.indexShared = false;
    this.objectIndex = null;
    this.size = 0;
    this.version++;
  }

  /** Rebuilds the arrays without holes (entry indexes change). */
  compact(): void {
    const keys = this.keyList;
    const values = this.valueList;
    this.keyList = genericArray();
    this.valueList = genericArray();
    this.primitiveIndex = new Map();
    this.indexShared = false;
    this.objectIndex = null;
    this.size = 0;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key !== undefined) this.appendEntry(key, values[index]!);
    }
    // Entry indexes moved: bump the version so cached indexes (VM inline caches) are dropped.
    this.version++;
  }

  /** Live keys in order (a fresh array). */
  liveKeys(): PyValue[] {
    const result: PyValue[] = [];
    const keys = this.keyList;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key !== undefined) result.push(key);
    }
    return result;
  }
}

/**
 * An empty array whose V8 elements kind is already the generic one: a table's arrays then never
 * change kind (small ints, then a big int or an object), so the VM's loads and stores on them stay
 * monomorphic instead of deoptimizing when a new kind shows up.
 */
function genericArray<T>(): T[] {
  const array: unknown[] = [undefined];
  array.pop();
  return array as T[];
}

/**
 * The bucket hash of an object key, folded to 30 bits: a small integer (a V8 Smi), so the bucket
 * Map neither boxes the number nor hashes a heap number on every lookup.
 */
function hashOf(key: PyValue): number {
  return keyProtocol!.hash(key) & 0x3fffffff;
}
