// Stable names for every built-in object that code cannot rebuild from data: types, native functions,
// method descriptors and singletons. Snapshots store these names and restore re-links them.

import type { PyObject } from './py-object.js';

const byName = new Map<string, PyObject>();
const nameOf = new WeakMap<PyObject, string>();

/**
 * Registers a built-in object under a stable name (`'type:list'`, `'list.append'`, `'builtins.len'`).
 * Names are part of the snapshot format: never rename one without bumping the format version.
 * Registering the same name twice is a bug (internal error).
 */
export function registerStatic<T extends PyObject>(name: string, obj: T): T {
  if (byName.has(name)) throw new Error(`internal: registry name registered twice: ${name}`);
  byName.set(name, obj);
  nameOf.set(obj, name);
  return obj;
}

/** The registered object with this name, or undefined. */
export function lookupStatic(name: string): PyObject | undefined {
  return byName.get(name);
}

/** The registry name of a built-in object, or undefined for objects made at run time. */
export function staticNameOf(obj: PyObject): string | undefined {
  return nameOf.get(obj);
}

/** How many objects are registered (for tests and diagnostics). */
export function registeredCount(): number {
  return byName.size;
}
