// An estimate of the memory a program holds: a walk of the Python objects reachable from `__main__`
// and the paused frame chain, summing approximate sizes (V8 object headers, 8 bytes a slot, 2 bytes
// a string unit, strings at each reference). The memory limit compares it with memoryBytes.

import { PyCode } from '../objects/code.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction } from '../objects/native-function.js';
import { PyType } from '../objects/py-type.js';
import { Frame } from '../vm/frame.js';
import type { Interpreter } from '../vm/interpreter.js';

/** What a walk found. */
export interface HeapEstimate {
  /** Estimated bytes held by the reachable objects. */
  readonly bytes: number;
  /** Objects visited (the walk's cost). */
  readonly objects: number;
}

const OBJECT_HEADER = 16;
const SLOT = 8;

/**
 * Estimates the bytes reachable from `__main__`'s globals and the paused frames. Built-in types,
 * native functions, code and the builtins/sys modules are shared and not counted.
 */
export function estimateHeap(interp: Interpreter, main: PyModule): HeapEstimate {
  const skip = new Set<unknown>([
    interp,
    interp.builtins,
    interp.builtinsModule,
    interp.sysModule,
    interp.modules,
  ]);
  const seen = new Set<unknown>();
  const pending: unknown[] = [main.dict];
  if (interp.pausedFrame !== null) pending.push(interp.pausedFrame);
  let bytes = 0;
  let objects = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    switch (typeof value) {
      case 'string':
        // Strings past 8 units count at every reference: JS gives them no identity to tell
        // copies from shared ones, and comparing their content would cost more than the walk.
        if (value.length > 8) bytes += OBJECT_HEADER + value.length * 2;
        continue;
      case 'bigint':
        bytes += OBJECT_HEADER + Math.ceil(value.toString(16).length / 2);
        continue;
      case 'object':
        break;
      default:
        continue;
    }
    if (value === null || seen.has(value) || skip.has(value)) continue;
    seen.add(value);
    objects++;
    if (ArrayBuffer.isView(value)) {
      bytes += OBJECT_HEADER + value.byteLength;
      continue;
    }
    if (Array.isArray(value)) {
      bytes += OBJECT_HEADER + value.length * SLOT;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (typeof item === 'object' || typeof item === 'string' || typeof item === 'bigint') {
          pending.push(item);
        }
      }
      continue;
    }
    if (value instanceof Map) {
      bytes += OBJECT_HEADER + value.size * 3 * SLOT;
      for (const [key, item] of value) pending.push(key, item);
      continue;
    }
    if (value instanceof Set) {
      bytes += OBJECT_HEADER + value.size * 2 * SLOT;
      for (const item of value) pending.push(item);
      continue;
    }
    if (value instanceof Frame) {
      bytes += OBJECT_HEADER + value.fast.length * SLOT;
      pending.push(value.fast, value.locals, value.parent, value.generator, value.globals);
      continue;
    }
    if (value instanceof PyCode || value instanceof PyNativeFunction) continue;
    if (value instanceof PyType) {
      if (!value.isHeapType) continue;
      bytes += OBJECT_HEADER + value.attrs.size * 3 * SLOT;
      for (const item of value.attrs.values()) pending.push(item);
      continue;
    }
    if (value instanceof PyModule && value !== main) {
      pending.push(value.dict);
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    bytes += OBJECT_HEADER + keys.length * SLOT;
    for (const key of keys) {
      const item = record[key];
      if (typeof item === 'object' || typeof item === 'string' || typeof item === 'bigint') {
        pending.push(item);
      }
    }
  }
  return { bytes, objects };
}
