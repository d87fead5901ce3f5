// The memoryview object: a one-dimensional view of the bytes of a bytes or bytearray, read live
// (a bytearray that grows or shrinks is seen as it is now). Methods live in memoryview-methods.ts.

import { makeBuiltinType, objectType } from './builtin-types.js';
import { PyByteArray, type PyBytes } from './bytes.js';
import { PyObject } from './py-object.js';
import { PythonError } from './python-error.js';

/** `memoryview`. */
export const memoryviewType = makeBuiltinType('memoryview', objectType, { subclassable: false });

/** The struct formats a memoryview supports, with their item sizes (native, x86-64). */
export const MEMORYVIEW_FORMATS = {
  B: 1,
  b: 1,
  c: 1,
  '?': 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
} as const;

/** One of the formats in MEMORYVIEW_FORMATS. */
export type MemoryViewFormat = keyof typeof MEMORYVIEW_FORMATS;

/** Whether `text` names a supported format (an optional leading `@` is accepted by callers). */
export function isMemoryViewFormat(text: string): text is MemoryViewFormat {
  return Object.hasOwn(MEMORYVIEW_FORMATS, text);
}

/** A Python `memoryview` over the bytes of `source`. */
export class PyMemoryView extends PyObject {
  /** The exporting object (`obj`). */
  declare readonly source: PyBytes | PyByteArray;
  /** Byte offset of item 0 in the source. */
  declare readonly offset: number;
  /** Number of items (`shape[0]`). */
  declare readonly itemCount: number;
  /** Distance in bytes between consecutive items (`strides[0]`; negative for reversed views). */
  declare readonly stride: number;
  /** The struct format of the items. */
  declare readonly format: MemoryViewFormat;
  /** Whether item assignment is refused. */
  declare readonly readonly: boolean;
  /** Set by `release()`: every later operation raises ValueError. */
  declare released: boolean;

  constructor(
    source: PyBytes | PyByteArray,
    offset: number,
    itemCount: number,
    stride: number,
    format: MemoryViewFormat,
    readonly: boolean,
  ) {
    super(memoryviewType);
    this.source = source;
    this.offset = offset;
    this.itemCount = itemCount;
    this.stride = stride;
    this.format = format;
    this.readonly = readonly;
    this.released = false;
  }

  /** A view of the whole of `source` as unsigned bytes. */
  static over(source: PyBytes | PyByteArray): PyMemoryView {
    const length = source instanceof PyByteArray ? source.length : source.data.length;
    return new PyMemoryView(source, 0, length, 1, 'B', !(source instanceof PyByteArray));
  }

  /** Bytes per item. */
  get itemSize(): number {
    return MEMORYVIEW_FORMATS[this.format];
  }

  /** The source's live bytes. */
  base(): Uint8Array {
    const source = this.source;
    return source instanceof PyByteArray ? source.bytes() : source.data;
  }

  /** ValueError if the view was released. */
  checkReleased(): void {
    if (this.released) {
      throw new PythonError('ValueError', 'operation forbidden on released memoryview object');
    }
  }

  /** Whether the items are adjacent in memory (C-contiguous). */
  isContiguous(): boolean {
    return this.itemCount <= 1 || this.stride === this.itemSize;
  }

  /** The bytes of every item in order: a live subarray when contiguous, else a copy. */
  contiguousBytes(): Uint8Array {
    this.checkReleased();
    const base = this.base();
    const size = this.itemSize;
    const total = this.itemCount * size;
    if (this.isContiguous() && this.offset + total <= base.length) {
      return base.subarray(this.offset, this.offset + total);
    }
    const out = new Uint8Array(total);
    for (let item = 0; item < this.itemCount; item++) {
      const start = this.offset + item * this.stride;
      for (let byte = 0; byte < size; byte++) out[item * size + byte] = base[start + byte] ?? 0;
    }
    return out;
  }
}
