// Per-instruction inline caches (CPython's adaptive specialisation, simplified): each code object has
// one slot per instruction; LOAD_GLOBAL caches the dict entry index, LOAD_ATTR/STORE_ATTR/LOAD_METHOD
// cache what a type's lookup found, valid while the dict's layout version / the type's version hold.

import type { PyCode } from '../objects/code.js';
import type { PyDict } from '../objects/dict.js';
import { attrSlots, isDataDescriptor } from '../objects/protocol-attr.js';
import type { PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';

/**
 * Makes the inline-cache slots of a code object (one per instruction). Frame's constructor does it
 * for every code it runs, so the loop's own fallback (for restored frames) is never taken.
 */
export function makeCaches(code: PyCode): unknown[] {
  const caches = new Array(code.code.code.length >> 1);
  caches[0] = undefined; // one V8 elements kind for every code's caches (see Frame's `fast`)
  code.caches = caches;
  return caches;
}

/** LOAD_GLOBAL: where the name was found (an entry index valid while the dict version holds). */
export class GlobalCache {
  declare globals: PyDict;
  declare globalsVersion: number;
  /** Null when the name is in globals; else the builtins dict it was found in. */
  declare builtins: PyDict | null;
  declare builtinsVersion: number;
  declare index: number;

  constructor(globals: PyDict, builtins: PyDict | null, index: number) {
    this.globals = globals;
    this.globalsVersion = globals.version;
    this.builtins = builtins;
    this.builtinsVersion = builtins === null ? 0 : builtins.version;
    this.index = index;
  }
}

/**
 * Attribute caches: for LOAD_ATTR/STORE_ATTR, that `type` (at `version`) uses the default
 * `__getattribute__`/`__setattr__` and has no data descriptor for the name, so the instance dict
 * decides; for LOAD_METHOD, the plain method (`attribute`) the type provides.
 */
export class AttributeCache {
  declare type: PyType;
  declare version: number;
  declare attribute: PyValue | undefined;
  /**
   * LOAD_ATTR/STORE_ATTR: the instance-dict entry index where the name was last found, tried first
   * (a hint checked against the entry's key, never trusted).
   */
  declare index: number;

  constructor(type: PyType, attribute: PyValue | undefined) {
    this.type = type;
    this.version = type.version;
    this.attribute = attribute;
    this.index = 0;
  }
}

/** Whether a type uses object.__getattribute__ (memoised on the type until it changes). */
export function hasDefaultGetattribute(type: PyType): boolean {
  if (type.defaultGetattribute === 0) {
    type.defaultGetattribute =
      type.lookup('__getattribute__') === attrSlots.objectGetattribute ? 1 : 2;
  }
  return type.defaultGetattribute === 1;
}

/** Whether a type uses object.__setattr__ (memoised on the type until it changes). */
export function hasDefaultSetattr(type: PyType): boolean {
  if (type.defaultSetattr === 0) {
    type.defaultSetattr = type.lookup('__setattr__') === attrSlots.objectSetattr ? 1 : 2;
  }
  return type.defaultSetattr === 1;
}

/** Whether instance-dict access decides `name` on `type` (no data descriptor on the type). */
export function instanceDictDecides(type: PyType, name: string): boolean {
  const attribute = type.lookup(name);
  return attribute === undefined || !isDataDescriptor(attribute);
}
