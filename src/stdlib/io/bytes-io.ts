// `io.BytesIO`: an in-memory binary stream over a growable byte buffer, with BytesIO's seek
// clamping, readinto and CPython's messages. Shared stream roots are io-base.ts.

import { bindArgs, checkArity, methodNoArgs } from '../../objects/args.js';
import { makeBuiltinType } from '../../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../../objects/bytes.js';
import { pyError, typeError, valueError } from '../../objects/errors.js';
import { initInstanceStorage } from '../../objects/instance.js';
import { PyList } from '../../objects/list.js';
import { defineGetSet, defineMethod } from '../../objects/native-function.js';
import { getIter, iterNext } from '../../objects/protocol-iter.js';
import { indexAsNumber } from '../../objects/protocol-number.js';
import { PyObject, type PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { rt } from '../../objects/runtime.js';
import { None } from '../../objects/singletons.js';
import { typeName } from '../../objects/type-of.js';
import {
  bufferedIOBaseType,
  closedFileError,
  sizeArgument,
  unsupportedOperation,
} from './io-base.js';

/** `_io.BytesIO`. */
export const bytesIOType = makeBuiltinType('BytesIO', bufferedIOBaseType, {
  module: '_io',
  hasDict: true,
});

/** The bytes of a bytes-like value (bytes, bytearray), or undefined. */
export function bytesLikeData(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes) return value.data;
  if (value instanceof PyByteArray) return value.bytes();
  return undefined;
}

/** A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
export function requireBytesLike(value: PyValue): Uint8Array {
  const data = bytesLikeData(value);
  if (data === undefined) {
    throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
  }
  return data;
}

/** A BytesIO: `data[0..size)` is the value, `position` may pass the end. */
export class PyBytesIO extends PyObject {
  data: Uint8Array;
  size: number;
  position: number;
  closed: boolean;

  constructor(cls: PyType) {
    super(cls);
    this.data = new Uint8Array(0);
    this.size = 0;
    this.position = 0;
    this.closed = false;
  }

  checkOpen(): void {
    if (this.closed) throw closedFileError();
  }

  write(bytes: Uint8Array): void {
    const end = this.position + bytes.length;
    if (bytes.length === 0) return;
    if (end > this.data.length) {
      rt().checkAllocation(end);
      const grown = new Uint8Array(Math.max(end, this.data.length * 2, 64));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    }
    if (this.position > this.size) this.data.fill(0, this.size, this.position);
    this.data.set(bytes, this.position);
    this.position = end;
    if (end > this.size) this.size = end;
  }

  read(size: number): Uint8Array {
    if (this.position >= this.size) return new Uint8Array(0);
    const end = size < 0 ? this.size : Math.min(this.size, this.position + size);
    const out = this.data.slice(this.position, end);
    this.position = end;
    return out;
  }

  readline(limit: number): Uint8Array {
    if (this.position >= this.size) return new Uint8Array(0);
    const newline = this.data.subarray(0, this.size).indexOf(10, this.position);
    let end = newline < 0 ? this.size : newline + 1;
    if (limit >= 0 && this.position + limit < end) end = this.position + limit;
    const out = this.data.slice(this.position, end);
    this.position = end;
    return out;
  }
}

function self(args: readonly PyValue[]): PyBytesIO {
  const value = args[0];
  if (!(value instanceof PyBytesIO)) {
    throw typeError(
      `descriptor requires a '_io.BytesIO' object but received a '${typeName(value ?? None)}'`,
    );
  }
  return value;
}

function open(args: readonly PyValue[]): PyBytesIO {
  const stream = self(args);
  stream.checkOpen();
  return stream;
}

bytesIOType.allocator = (cls) => {
  const stream = new PyBytesIO(cls);
  initInstanceStorage(stream, cls);
  return stream;
};

defineMethod(bytesIOType, '__init__', (args, kwnames) => {
  const stream = self(args);
  const [initial] = bindArgs('BytesIO', args.slice(1), kwnames, ['initial_bytes'], 0);
  stream.data = new Uint8Array(0);
  stream.size = 0;
  stream.position = 0;
  stream.closed = false;
  if (initial !== undefined && initial !== None) {
    stream.write(requireBytesLike(initial));
    stream.position = 0;
  }
  return None;
});

defineMethod(bytesIOType, 'getvalue', (args, kwnames) => {
  methodNoArgs('getvalue', args, kwnames);
  const stream = open(args);
  return new PyBytes(stream.data.slice(0, stream.size));
});
defineMethod(bytesIOType, 'write', (args, kwnames) => {
  checkArity('write', args.slice(1), kwnames, 1, 1);
  const stream = self(args);
  const bytes = requireBytesLike(args[1]!);
  stream.checkOpen();
  stream.write(bytes);
  return bytes.length;
});
defineMethod(bytesIOType, 'writelines', (args, kwnames) => {
  checkArity('writelines', args.slice(1), kwnames, 1, 1);
  const stream = open(args);
  const iterator = getIter(args[1]!);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    stream.write(requireBytesLike(item));
  }
  return None;
});
for (const name of ['read', 'read1'] as const) {
  defineMethod(bytesIOType, name, (args, kwnames) => {
    checkArity(name, args.slice(1), kwnames, 0, 1);
    const stream = self(args);
    const size = sizeArgument(args[1]);
    stream.checkOpen();
    return new PyBytes(stream.read(size));
  });
}
defineMethod(bytesIOType, 'readline', (args, kwnames) => {
  checkArity('readline', args.slice(1), kwnames, 0, 1);
  const stream = self(args);
  const size = sizeArgument(args[1]);
  stream.checkOpen();
  return new PyBytes(stream.readline(size));
});
defineMethod(bytesIOType, 'readlines', (args, kwnames) => {
  checkArity('readlines', args.slice(1), kwnames, 0, 1);
  const stream = open(args);
  const hint = sizeArgument(args[1]);
  const lines: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = stream.readline(-1);
    if (line.length === 0) break;
    lines.push(new PyBytes(line));
    total += line.length;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
defineMethod(bytesIOType, 'readinto', (args, kwnames) => {
  checkArity('readinto', args.slice(1), kwnames, 1, 1);
  const stream = open(args);
  const target = args[1]!;
  if (!(target instanceof PyByteArray)) {
    throw typeError(
      `readinto() argument must be read-write bytes-like object, not ${typeName(target)}`,
    );
  }
  const chunk = stream.read(target.length);
  target.data.set(chunk, 0);
  return chunk.length;
});
defineMethod(bytesIOType, 'tell', (args, kwnames) => {
  methodNoArgs('tell', args, kwnames);
  return open(args).position;
});
defineMethod(bytesIOType, 'seek', (args, kwnames) => {
  checkArity('seek', args.slice(1), kwnames, 1, 2);
  const stream = self(args);
  let target = indexAsNumber(args[1]!);
  const whence = args[2] === undefined ? 0 : indexAsNumber(args[2]);
  stream.checkOpen();
  if (whence === 0) {
    if (target < 0) throw valueError(`negative seek value ${target}`);
  } else if (whence === 1) {
    target = Math.max(0, stream.position + target);
  } else if (whence === 2) {
    target = Math.max(0, stream.size + target);
  } else {
    throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  stream.position = target;
  return target;
});
defineMethod(bytesIOType, 'truncate', (args, kwnames) => {
  checkArity('truncate', args.slice(1), kwnames, 0, 1);
  const stream = self(args);
  stream.checkOpen();
  const size = args[1] === undefined || args[1] === None ? stream.position : indexAsNumber(args[1]);
  if (size < 0) throw valueError(`negative size value ${size}`);
  if (size < stream.size) stream.size = size;
  return size;
});
defineMethod(bytesIOType, 'close', (args) => {
  self(args).closed = true;
  return None;
});
defineGetSet(bytesIOType, 'closed', (obj) => (obj as PyBytesIO).closed);
for (const name of ['readable', 'writable', 'seekable'] as const) {
  defineMethod(bytesIOType, name, (args, kwnames) => {
    methodNoArgs(name, args, kwnames);
    open(args);
    return true;
  });
}
defineMethod(bytesIOType, 'isatty', (args) => {
  open(args);
  return false;
});
defineMethod(bytesIOType, 'flush', (args) => {
  open(args);
  return None;
});
defineMethod(bytesIOType, 'fileno', () => {
  throw unsupportedOperation('fileno');
});
defineMethod(bytesIOType, '__iter__', (args) => open(args));
defineMethod(bytesIOType, '__next__', (args) => {
  const line = open(args).readline(-1);
  if (line.length === 0) throw pyError('StopIteration', '');
  return new PyBytes(line);
});
defineMethod(bytesIOType, '__enter__', (args) => open(args));
defineMethod(bytesIOType, '__exit__', (args) => {
  self(args).closed = true;
  return None;
});
