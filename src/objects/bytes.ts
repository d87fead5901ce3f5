// The bytes and bytearray objects: byte arrays. Methods live in bytes-type-methods.ts.

import { bytearrayType, bytesType } from './builtin-types.js';
import { PyObject } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python `bytes` (immutable: never mutate `data`). */
export class PyBytes extends PyObject {
  declare readonly data: Uint8Array;

  constructor(data: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.data = data;
  }
}

/** A Python `bytearray`: `data[0..length)` are the bytes; `data` may have spare capacity. */
export class PyByteArray extends PyObject {
  declare data: Uint8Array;
  declare length: number;

  constructor(data: Uint8Array, cls: PyType = bytearrayType) {
    super(cls);
    this.data = data;
    this.length = data.length;
  }

  /** The live bytes (a view, not a copy). */
  bytes(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}
