// Index and slice arithmetic shared by every sequence type (list, tuple, str, bytes, range):
// negative index wrapping, IndexError wording, slice bound conversion through __index__.

import { indexErrorOutOfRange, typeError, valueError } from './errors.js';
import { intValueOf } from './int-type.js';
import { hasIndex, indexValue } from './protocol-number.js';
import type { PyValue } from './py-object.js';
import { None } from './singletons.js';
import { adjustSliceIndices, type PySlice, type SliceIndices } from './slice.js';

/**
 * Wraps a negative index and checks bounds; `kind` names the sequence in the IndexError
 * ("list index out of range").
 */
export function normalizeIndex(index: number, length: number, kind: string): number {
  const wrapped = index < 0 ? index + length : index;
  if (wrapped < 0 || wrapped >= length) throw indexErrorOutOfRange(kind);
  return wrapped;
}

/** A slice bound as a JS number clamped to ±2**62 (enough for any real length), null for None. */
function sliceBound(value: PyValue): number | null {
  if (value === None) return null;
  let int = intValueOf(value);
  if (int === undefined) {
    if (!hasIndex(value)) {
      throw typeError('slice indices must be integers or None or have an __index__ method');
    }
    int = indexValue(value);
  }
  if (typeof int === 'number') return int;
  return int < 0n ? -(2 ** 62) : 2 ** 62;
}

/**
 * Resolves a slice against a sequence length: bounds through `__index__`, ValueError
 * "slice step cannot be zero".
 */
export function resolveSlice(slice: PySlice, length: number): SliceIndices {
  const step = slice.step === None ? 1 : sliceBound(slice.step)!;
  if (step === 0) throw valueError('slice step cannot be zero');
  return adjustSliceIndices(sliceBound(slice.start), sliceBound(slice.stop), step, length);
}

/** The items selected by a slice (a fresh array). */
export function sliceItems<T>(items: readonly T[], slice: PySlice): T[] {
  const { start, stop, step, length } = resolveSlice(slice, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const result: T[] = new Array(length);
  for (let index = 0, position = start; index < length; index++, position += step) {
    result[index] = items[position]!;
  }
  return result;
}

/** A start/stop argument of index(): an int via __index__ (huge values clamp), not None. */
export function sliceIndexNotNone(value: PyValue): number {
  if (!hasIndex(value)) {
    throw typeError('slice indices must be integers or have an __index__ method');
  }
  const int = indexValue(value);
  if (typeof int === 'number') return int;
  return int < 0n ? -(2 ** 62) : 2 ** 62;
}
