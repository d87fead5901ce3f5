// The dict object: an insertion-ordered KeyTable of keys and values with Python key equality.
// Python-visible dict methods live in dict-methods.ts; views and iterators in dict-views.ts.

import { dictType } from './builtin-types.js';
import { KeyTable } from './key-table.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python `dict` (or an instance of a dict subclass). */
export class PyDict extends KeyTable {
  constructor(cls: PyType = dictType) {
    super(cls);
  }

  /** Builds a dict from str-keyed pairs. */
  static fromStrEntries(entries: Iterable<readonly [string, PyValue]>): PyDict {
    const dict = new PyDict();
    for (const [key, value] of entries) dict.setStr(key, value);
    return dict;
  }

  /** The value for `key`, or undefined. May call `__hash__`/`__eq__`. */
  get(key: PyValue): PyValue | undefined {
    // Both loads run on a miss too (slot 0 of a dict is read and dropped): inlined into optimized
    // callers, a load never run before has no type feedback and deoptimizes them on its first hit.
    const values = this.valueList;
    const index = this.findIndex(key);
    const value = values[index < 0 ? 0 : index];
    return index < 0 ? undefined : value;
  }

  /** The value for a str key, or undefined (no hashing). */
  getStr(key: string): PyValue | undefined {
    const index = this.findStrIndex(key);
    return index < 0 ? undefined : this.valueList[index];
  }

  /** Whether `key` is present. */
  has(key: PyValue): boolean {
    return this.findIndex(key) >= 0;
  }

  /** Whether a str key is present. */
  hasStr(key: string): boolean {
    return this.findStrIndex(key) >= 0;
  }

  /** `self[key] = value` (an existing key keeps its position and its original key object). */
  set(key: PyValue, value: PyValue): void {
    this.storeValue(key, value);
  }

  /** `self[key] = value` for a str key. */
  setStr(key: string, value: PyValue): void {
    const index = this.findStrIndex(key);
    if (index >= 0) this.valueList[index] = value;
    else this.appendEntry(key, value);
  }

  /** Removes `key`; returns its value, or undefined when absent. */
  delete(key: PyValue): PyValue | undefined {
    const index = this.findIndex(key);
    if (index < 0) return undefined;
    const value = this.valueList[index]!;
    this.removeEntry(index);
    return value;
  }

  /** Removes a str key; returns its value, or undefined when absent. */
  deleteStr(key: string): PyValue | undefined {
    const index = this.findStrIndex(key);
    if (index < 0) return undefined;
    const value = this.valueList[index]!;
    this.removeEntry(index);
    return value;
  }

  /** Live entries in order as [key, value] pairs (a fresh array). */
  entries(): [PyValue, PyValue][] {
    const result: [PyValue, PyValue][] = [];
    const keys = this.keyList;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key !== undefined) result.push([key, this.valueList[index]!]);
    }
    return result;
  }

  /** Live values in order (a fresh array). */
  liveValues(): PyValue[] {
    const result: PyValue[] = [];
    const keys = this.keyList;
    for (let index = 0; index < keys.length; index++) {
      if (keys[index] !== undefined) result.push(this.valueList[index]!);
    }
    return result;
  }

  /** A shallow copy (a plain dict). */
  copy(): PyDict {
    const result = new PyDict();
    const keys = this.keyList;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key !== undefined) result.appendEntry(key, this.valueList[index]!);
    }
    return result;
  }
}
