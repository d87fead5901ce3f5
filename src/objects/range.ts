// The range object (start, stop, step as Python ints) and its length/item arithmetic.
// range methods and the range iterator live in range-methods.ts.

import { rangeType } from './builtin-types.js';
import {
  intAdd,
  intFloorDiv,
  intMul,
  intSign,
  intSub,
  normalizeBigInt,
  type PyInt,
} from './int-type.js';
import { PyObject } from './py-object.js';

/** A Python `range`. `length` is computed once (it may be a bigint for huge ranges). */
export class PyRange extends PyObject {
  declare readonly start: PyInt;
  declare readonly stop: PyInt;
  declare readonly step: PyInt;
  declare readonly length: PyInt;

  constructor(start: PyInt, stop: PyInt, step: PyInt) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }

  /** The item at index `index` (0 <= index < length). */
  itemAt(index: PyInt): PyInt {
    return intAdd(this.start, intMul(this.step, index));
  }
}

/** Number of items of range(start, stop, step) (step nonzero). */
export function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const sign = intSign(step);
  const distance = sign > 0 ? intSub(stop, start) : intSub(start, stop);
  if (intSign(distance) <= 0) return 0;
  const stepMagnitude = sign > 0 ? step : intSub(0, step);
  return normalizeBigInt(BigInt(intFloorDiv(intSub(distance, 1), stepMagnitude)) + 1n);
}
