// The slice object and the index arithmetic of slicing (CPython's PySlice_AdjustIndices).
// Converting slice bounds through __index__ is the caller's job (protocol-number.ts indexValue).

import { sliceType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';

/** A Python `slice`: start, stop and step as given (None when omitted). */
export class PySlice extends PyObject {
  declare readonly start: PyValue;
  declare readonly stop: PyValue;
  declare readonly step: PyValue;

  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** Resolved slice bounds for a sequence of a given length. */
export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** Number of selected items. */
  readonly length: number;
}

/**
 * Clamps start/stop (already converted to numbers; null when None) to a sequence of `length` items,
 * as `slice.indices`. `step` must be nonzero.
 * @see https://github.com/python/cpython/blob/3.11/Objects/sliceobject.c
 */
export function adjustSliceIndices(
  startValue: number | null,
  stopValue: number | null,
  step: number,
  length: number,
): SliceIndices {
  let start: number;
  let stop: number;
  if (startValue === null) start = step < 0 ? length - 1 : 0;
  else {
    start = startValue;
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stopValue === null) stop = step < 0 ? -1 : length;
  else {
    stop = stopValue;
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, length: count };
}
