// An estimate of the memory a program holds: a walk of the Python objects reachable from `__main__`
// and the paused frame chain, summing approximate sizes (V8 object headers, 8 bytes a slot, 2 bytes
// a string unit, strings at each reference). When to walk is the run driver's (runner.ts) choice.

import { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyFloat } from '../objects/float-type.js';
import { PyInstance } from '../objects/instance.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { PyMethodDescriptor, PyNativeFunction } from '../objects/native-function.js';
import { PyType } from '../objects/py-type.js';
import { PyAnySet } from '../objects/set.js';
import { PyTuple } from '../objects/tuple.js';
import { Frame } from '../vm/frame.js';
import type { Interpreter } from '../vm/interpreter.js';

/** What a walk found. */
export interface HeapEstimate {
  /** Estimated bytes held by the reachable objects. */
  readonly bytes: number;
  /** Objects visited. */
  readonly objects: number;
  /** Objects and array slots visited (the walk's cost; `shallowHeap` forecasts it). */
  readonly items: number;
}

const OBJECT_HEADER = 16;
const SLOT = 8;
/** A list or tuple: its header and three fields (`cls`, `dict`, `items`), as the generic walk counts. */
const SEQUENCE_BYTES = OBJECT_HEADER + 3 * SLOT;
/** A float: its header and three fields (`cls`, `dict`, `value`). */
const FLOAT_BYTES = OBJECT_HEADER + 3 * SLOT;
/** A plain-object instance: its header and two fields (`cls`, `dict`). */
const INSTANCE_BYTES = OBJECT_HEADER + 2 * SLOT;

/**
 * The bytes a string or bigint adds at one reference. Strings past 8 units count at every
 * reference: JS gives them no identity to tell copies from shared ones, and comparing their
 * content would cost more than the walk.
 */
function primitiveBytes(value: string | bigint): number {
  if (typeof value === 'string') return value.length > 8 ? OBJECT_HEADER + value.length * 2 : 0;
  return OBJECT_HEADER + Math.ceil(value.toString(16).length / 2);
}

/**
 * The bytes of a leaf — a float, or a list or tuple whose items are all bools, ints or strs (no
 * objects), of exact built-in class and without `__dict__` — as the full walk counts it; -1 for
 * anything else. Leaves hold no references to follow, so a bounding walk may count them
 * at every reference instead of remembering them.
 */
function leafBytes(value: object): number {
  const shape = value.constructor;
  if (shape === PyFloat) {
    const float = value as PyFloat;
    return float.cls.isHeapType || float.dict !== null ? -1 : FLOAT_BYTES;
  }
  if (shape !== PyTuple && shape !== PyList) return -1;
  const sequence = value as PyList;
  if (sequence.cls.isHeapType || sequence.dict !== null) return -1;
  const items = sequence.items;
  let bytes = SEQUENCE_BYTES + OBJECT_HEADER + items.length * SLOT;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === 'object') return -1;
    if (typeof item === 'string') {
      if (item.length > 8) bytes += OBJECT_HEADER + item.length * 2;
    } else if (typeof item === 'bigint') {
      bytes += primitiveBytes(item);
    }
  }
  return bytes;
}

/**
 * Estimates the bytes reachable from `__main__`'s globals and the paused frames. Built-in types,
 * native functions, code and the builtins/sys modules are shared and not counted.
 *
 * `bound`: a cheaper walk that counts leaves (see `leafBytes`) at every reference without
 * remembering them — no less than the full estimate (more when a leaf is shared), so when it is
 * under a limit the full one is too. Most heaps are mostly leaves (rows of numbers, pairs).
 */
export function estimateHeap(interp: Interpreter, main: PyModule, bound = false): HeapEstimate {
  // The shared parts start as seen, so the walk never enters them.
  const seen = new Set<object>();
  seen.add(interp);
  seen.add(interp.builtins);
  seen.add(interp.builtinsModule);
  seen.add(interp.sysModule);
  seen.add(interp.modules);
  const pending: object[] = [main.dict];
  if (interp.pausedFrame !== null) pending.push(interp.pausedFrame);
  let bytes = 0;
  let objects = 0;
  // Pushes `item` when it is an object (counts it at once when bounding and it is a leaf); counts it
  // when it is a string or bigint (each reference).
  const visit = (item: unknown): void => {
    if (typeof item === 'object') {
      if (item === null) return;
      if (bound) {
        const leaf = leafBytes(item);
        if (leaf >= 0) {
          bytes += leaf;
          objects++;
          return;
        }
      }
      pending.push(item);
    } else if (typeof item === 'string') {
      if (item.length > 8) bytes += OBJECT_HEADER + item.length * 2;
    } else if (typeof item === 'bigint') {
      bytes += primitiveBytes(item);
    }
  };
  let slots = 0;
  const scanArray = (items: readonly unknown[]): void => {
    slots += items.length;
    for (let index = 0; index < items.length; index++) visit(items[index]);
  };
  while (pending.length > 0) {
    const value = pending.pop()!;
    // One hash operation instead of has-then-add: the size grows only for a new object.
    const before = seen.size;
    seen.add(value);
    if (seen.size === before) continue;
    objects++;
    // The commonest shapes first, by exact class: their fields are known, so no key listing.
    const shape = value.constructor;
    if (shape === PyTuple || shape === PyList) {
      const sequence = value as PyList;
      bytes += SEQUENCE_BYTES;
      if (sequence.cls.isHeapType) pending.push(sequence.cls);
      if (sequence.dict !== null) pending.push(sequence.dict);
      // The items array belongs to this list or tuple alone: it needs no entry in `seen`.
      const items = sequence.items;
      objects++;
      bytes += OBJECT_HEADER + items.length * SLOT;
      scanArray(items);
      continue;
    }
    if (shape === PyFloat) {
      const float = value as PyFloat;
      bytes += FLOAT_BYTES;
      if (float.cls.isHeapType) pending.push(float.cls);
      if (float.dict !== null) pending.push(float.dict);
      continue;
    }
    if (shape === PyInstance) {
      const instance = value as PyInstance;
      bytes += INSTANCE_BYTES;
      pending.push(instance.cls);
      if (instance.dict !== null) pending.push(instance.dict);
      continue;
    }
    if (ArrayBuffer.isView(value)) {
      bytes += OBJECT_HEADER + value.byteLength;
      continue;
    }
    if (Array.isArray(value)) {
      bytes += OBJECT_HEADER + value.length * SLOT;
      scanArray(value);
      continue;
    }
    if (value instanceof Map) {
      bytes += OBJECT_HEADER + value.size * 3 * SLOT;
      for (const [key, item] of value) {
        visit(key);
        visit(item);
      }
      continue;
    }
    if (value instanceof Set) {
      bytes += OBJECT_HEADER + value.size * 2 * SLOT;
      for (const item of value) visit(item);
      continue;
    }
    if (value instanceof Frame) {
      bytes += OBJECT_HEADER + value.fast.length * SLOT;
      pending.push(value.fast, value.globals);
      visit(value.locals);
      visit(value.parent);
      visit(value.generator);
      continue;
    }
    // Code and built-in functions and method descriptors are shared, not the program's allocations.
    if (
      value instanceof PyCode ||
      value instanceof PyNativeFunction ||
      value instanceof PyMethodDescriptor
    ) {
      continue;
    }
    if (value instanceof PyType) {
      if (!value.isHeapType) continue;
      bytes += OBJECT_HEADER + value.attrs.size * 3 * SLOT;
      for (const item of value.attrs.values()) visit(item);
      continue;
    }
    if (value instanceof PyModule && value !== main) {
      pending.push(value.dict);
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    bytes += OBJECT_HEADER + keys.length * SLOT;
    for (const key of keys) visit(record[key]);
  }
  return { bytes, objects, items: objects + slots };
}

/** What a look one level deep found (see `shallowHeap`). */
export interface ShallowHeap {
  /** Values seen: the globals, the frame slots, and the items of the containers among them. */
  readonly items: number;
  /** The bytes of those containers' own tables: a lower bound of the full estimate. */
  readonly bytes: number;
  /**
   * A forecast of the full estimate: as `bytes`, plus each list's or tuple's length times the size
   * of its first item when that is a scalar leaf or a long string (rows of one shape are common).
   */
  readonly forecastBytes: number;
}

/** The bytes one item of a sequence forecasts for each of its siblings (0 when it cannot tell). */
function firstItemBytes(items: readonly unknown[]): number {
  const first = items[0];
  if (typeof first === 'string') return first.length > 8 ? OBJECT_HEADER + first.length * 2 : 0;
  if (typeof first !== 'object' || first === null) return 0;
  return Math.max(0, leafBytes(first));
}

/**
 * A look one level deep from `__main__`'s globals and the paused frames' slots: a cheap forecast of
 * what a walk would cost (the items it would at least visit) and of what it would find.
 */
export function shallowHeap(interp: Interpreter, main: PyModule): ShallowHeap {
  let items = 0;
  let bytes = 0;
  let forecastBytes = 0;
  const look = (values: readonly unknown[]): void => {
    items += values.length;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (value instanceof PyList || value instanceof PyTuple) {
        const length = value.items.length;
        items += length;
        bytes += SEQUENCE_BYTES + OBJECT_HEADER + length * SLOT;
        if (length > 0) forecastBytes += length * firstItemBytes(value.items);
      } else if (value instanceof PyDict) {
        items += 2 * value.size;
        bytes += OBJECT_HEADER + value.size * 5 * SLOT;
      } else if (value instanceof PyAnySet) {
        items += value.size;
        bytes += OBJECT_HEADER + value.size * 2 * SLOT;
      }
    }
  };
  look(main.dict.valueList);
  for (let frame = interp.pausedFrame; frame !== null; frame = frame.parent) look(frame.fast);
  return { items, bytes, forecastBytes: bytes + forecastBytes };
}
