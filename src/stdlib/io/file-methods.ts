// The Python-visible methods of the file objects open() returns (TextIOWrapper, BufferedReader/
// Writer/Random, FileIO), with CPython's messages for closed files, wrong modes and bad seeks.
// The reading/writing algorithms are file-object.ts.

import { checkArity, methodNoArgs } from '../../objects/args.js';
import { PyByteArray, PyBytes } from '../../objects/bytes.js';
import { pyError, typeError, valueError } from '../../objects/errors.js';
import { PyList } from '../../objects/list.js';
import { defineGetSet, defineMethod, type NativeFn } from '../../objects/native-function.js';
import { attributeError, getAttr, getAttrOrUndefined } from '../../objects/protocol-attr.js';
import { callObject } from '../../objects/protocol-call.js';
import { getIter, iterNext } from '../../objects/protocol-iter.js';
import { indexAsNumber } from '../../objects/protocol-number.js';
import { pyRepr } from '../../objects/protocol-repr.js';
import type { PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { None } from '../../objects/singletons.js';
import { strLength, strValueOf } from '../../objects/str-type.js';
import { typeName } from '../../objects/type-of.js';
import { osError } from '../os/fs-access.js';
import { requireBytesLike } from './bytes-io.js';
import './text-wrapper.js';
import {
  bufferedRandomType,
  bufferedReaderType,
  bufferedWriterType,
  fileIOType,
  finishFileTypes,
  type OpenFile,
  PyFileObject,
  textIOWrapperType,
} from './file-object.js';
import { sizeArgument, unsupportedOperation } from './io-base.js';

const BINARY_TYPES = [bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType];
const ALL_TYPES = [textIOWrapperType, ...BINARY_TYPES];

function define(types: readonly PyType[], name: string, fn: NativeFn): void {
  for (const type of types) defineMethod(type, name, fn);
}

function getter(
  types: readonly PyType[],
  name: string,
  get: (file: PyFileObject) => PyValue,
): void {
  for (const type of types) defineGetSet(type, name, (obj) => get(obj as PyFileObject));
}

function self(args: readonly PyValue[]): PyFileObject {
  const value = args[0];
  if (!(value instanceof PyFileObject)) {
    throw typeError(
      `descriptor requires a file object but received a '${typeName(value ?? None)}'`,
    );
  }
  return value;
}

function checkOpen(file: PyFileObject, message = 'I/O operation on closed file.'): void {
  if (file.closed) throw valueError(message);
}

function checkReadable(file: PyFileObject): void {
  if (file.kind === 'text') {
    checkOpen(file);
    if (!file.file.readable) throw unsupportedOperation('not readable');
  } else {
    checkOpen(file, 'read of closed file');
    if (!file.file.readable) throw unsupportedOperation('read');
  }
}

function checkWritable(file: PyFileObject): void {
  if (file.kind === 'text') {
    checkOpen(file);
    if (!file.file.writable) throw unsupportedOperation('not writable');
  } else {
    checkOpen(file, 'write to closed file');
    if (!file.file.writable) throw unsupportedOperation('write');
  }
}

function readLine(file: PyFileObject, limit: number): PyValue {
  return file.kind === 'text'
    ? file.readLineText(limit)
    : new PyBytes(file.file.readLineBytes(limit));
}

function lineLength(line: PyValue): number {
  return typeof line === 'string' ? line.length : (line as PyBytes).data.length;
}

define(ALL_TYPES, 'read', (args, kwnames) => {
  checkArity('read', args.slice(1), kwnames, 0, 1);
  const file = self(args);
  const size = sizeArgument(args[1]);
  checkReadable(file);
  return file.kind === 'text' ? file.readText(size) : new PyBytes(file.file.readBytes(size));
});
define(BINARY_TYPES, 'read1', (args, kwnames) => {
  checkArity('read1', args.slice(1), kwnames, 0, 1);
  const file = self(args);
  const size = sizeArgument(args[1]);
  checkReadable(file);
  return new PyBytes(file.file.readBytes(size));
});
define(BINARY_TYPES, 'readinto', (args, kwnames) => {
  checkArity('readinto', args.slice(1), kwnames, 1, 1);
  const file = self(args);
  checkReadable(file);
  const target = args[1]!;
  if (!(target instanceof PyByteArray)) {
    throw typeError(
      `readinto() argument must be read-write bytes-like object, not ${typeName(target)}`,
    );
  }
  const chunk = file.file.readBytes(target.length);
  target.data.set(chunk, 0);
  return chunk.length;
});
define(ALL_TYPES, 'readline', (args, kwnames) => {
  checkArity('readline', args.slice(1), kwnames, 0, 1);
  const file = self(args);
  const limit = sizeArgument(args[1]);
  checkReadable(file);
  return readLine(file, limit);
});
define(ALL_TYPES, 'readlines', (args, kwnames) => {
  checkArity('readlines', args.slice(1), kwnames, 0, 1);
  const file = self(args);
  const hint = sizeArgument(args[1]);
  checkReadable(file);
  const lines: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = readLine(file, -1);
    const length = lineLength(line);
    if (length === 0) break;
    lines.push(line);
    total += length;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
define(ALL_TYPES, '__next__', (args) => {
  const file = self(args);
  checkReadable(file);
  const line = readLine(file, -1);
  if (lineLength(line) === 0) throw pyError('StopIteration', '');
  return line;
});
define(ALL_TYPES, '__iter__', (args) => {
  const file = self(args);
  checkOpen(file);
  return file;
});

function writeValue(file: PyFileObject, value: PyValue): number {
  if (file.kind === 'text') {
    const text = strValueOf(value);
    if (text === undefined) {
      throw typeError(`write() argument must be str, not ${typeName(value)}`);
    }
    checkWritable(file);
    file.writeText(text);
    return strLength(text);
  }
  const bytes = requireBytesLike(value);
  checkWritable(file);
  file.file.writeBytes(bytes);
  return bytes.length;
}

define(ALL_TYPES, 'write', (args, kwnames) => {
  checkArity('write', args.slice(1), kwnames, 1, 1);
  return writeValue(self(args), args[1]!);
});
define(ALL_TYPES, 'writelines', (args, kwnames) => {
  checkArity('writelines', args.slice(1), kwnames, 1, 1);
  const file = self(args);
  checkOpen(file);
  const iterator = getIter(args[1]!);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    writeValue(file, item);
  }
  return None;
});

define(ALL_TYPES, 'tell', (args, kwnames) => {
  methodNoArgs('tell', args, kwnames);
  const file = self(args);
  checkOpen(file);
  return file.kind === 'text' ? file.textPosition() : file.file.position;
});
define(ALL_TYPES, 'seek', (args, kwnames) => {
  checkArity('seek', args.slice(1), kwnames, 1, 2);
  const file = self(args);
  const offset = indexAsNumber(args[1]!);
  const whence = args[2] === undefined ? 0 : indexAsNumber(args[2]);
  checkOpen(file);
  if (file.kind === 'text') {
    if (whence === 1) {
      if (offset !== 0) throw unsupportedOperation("can't do nonzero cur-relative seeks");
      return file.textPosition();
    }
    if (whence === 2) {
      if (offset !== 0) throw unsupportedOperation("can't do nonzero end-relative seeks");
      file.pending = null;
      file.file.position = file.file.size();
      return file.file.position;
    }
    if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (offset < 0) throw valueError(`negative seek position ${offset}`);
    file.pending = null;
    file.file.position = offset;
    return offset;
  }
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    throw valueError(`whence value ${whence} unsupported`);
  }
  const base = whence === 0 ? 0 : whence === 1 ? file.file.position : file.file.size();
  const target = base + offset;
  if (target < 0) throw osError('OSError', 22, 'Invalid argument');
  file.file.position = target;
  return target;
});
define(ALL_TYPES, 'truncate', (args, kwnames) => {
  checkArity('truncate', args.slice(1), kwnames, 0, 1);
  const file = self(args);
  checkOpen(file);
  if (!file.file.writable)
    throw unsupportedOperation(file.kind === 'text' ? 'truncate' : 'File not open for writing');
  file.syncPosition();
  const size =
    args[1] === undefined || args[1] === None ? file.file.position : indexAsNumber(args[1]);
  if (size < 0) throw osError('OSError', 22, 'Invalid argument');
  file.file.truncate(size);
  return size;
});
define(ALL_TYPES, 'flush', (args) => {
  const file = self(args);
  checkOpen(file);
  file.file.guard(() => file.file.handle.flush());
  return None;
});
define(ALL_TYPES, 'close', (args) => {
  const file = self(args);
  if (file.detached) throw valueError('underlying buffer has been detached');
  file.file.close();
  return None;
});
define([textIOWrapperType], 'detach', (args, kwnames) => {
  methodNoArgs('detach', args, kwnames);
  const file = self(args);
  checkOpen(file);
  file.syncPosition();
  const buffer = file.wrapped ?? getAttr(file, 'buffer');
  file.detached = true;
  return buffer;
});
define(ALL_TYPES, '__enter__', (args) => {
  const file = self(args);
  checkOpen(file);
  return file;
});
define(ALL_TYPES, '__exit__', (args) => {
  callObject(getAttr(args[0]!, 'close'), []);
  return None;
});
define(ALL_TYPES, 'fileno', (args) => {
  checkOpen(self(args));
  throw unsupportedOperation('fileno (sandboxed files have no descriptor)');
});
define(ALL_TYPES, 'isatty', (args) => {
  checkOpen(self(args));
  return false;
});
define(ALL_TYPES, 'readable', (args) => {
  const file = self(args);
  checkOpen(file);
  return file.file.readable;
});
define(ALL_TYPES, 'writable', (args) => {
  const file = self(args);
  checkOpen(file);
  return file.file.writable;
});
define(ALL_TYPES, 'seekable', (args) => {
  checkOpen(self(args));
  return true;
});
define(BINARY_TYPES, 'peek', (args) => {
  const file = self(args);
  checkReadable(file);
  const start = file.file.position;
  const bytes = file.file.readBytes(8192);
  file.file.position = start;
  return new PyBytes(bytes);
});

getter(ALL_TYPES, 'closed', (file) => file.closed);
getter(ALL_TYPES, 'name', (file) =>
  file.wrapped !== null ? getAttr(file.wrapped, 'name') : file.name,
);
getter(ALL_TYPES, 'mode', (file) => {
  if (file.wrapped !== null) throw attributeError(file, 'mode');
  return file.mode;
});
getter([textIOWrapperType], 'encoding', (file) => file.text!.encoding);
getter([textIOWrapperType], 'errors', (file) => file.text!.errors);
getter([textIOWrapperType], 'newlines', () => None);
getter([textIOWrapperType], 'line_buffering', () => false);
getter([textIOWrapperType], 'write_through', () => false);
getter([fileIOType], 'closefd', () => true);
getter([textIOWrapperType], 'buffer', (file) => {
  if (file.wrapped !== null) return file.wrapped;
  if (file.buffer === null) {
    const kind = file.file.readable ? (file.file.writable ? 'random' : 'reader') : 'writer';
    file.buffer = new PyFileObject(
      kind,
      file.file,
      file.name,
      binaryMode(file.file, file.mode),
      null,
    );
  }
  file.syncPosition();
  return file.buffer;
});

/** The normalised binary mode of a file (`rb`, `wb`, `rb+`, `ab+`…), as FileIO reports it. */
export function binaryMode(file: OpenFile, mode: string): string {
  const plus = file.readable && file.writable ? '+' : '';
  if (mode.includes('x')) return `xb${plus}`;
  if (file.append) return `ab${plus}`;
  if (file.readable) return `rb${plus}`;
  return 'wb';
}

define(ALL_TYPES, '__repr__', (args) => {
  const file = self(args);
  const typeLabel = `_io.${file.cls.name}`;
  if (file.kind === 'text') {
    if (file.wrapped !== null) {
      const name = getAttrOrUndefined(file.wrapped, 'name');
      const shown = name === undefined ? '' : ` name=${pyRepr(name)}`;
      return `<${typeLabel}${shown} encoding=${pyRepr(file.text!.encoding)}>`;
    }
    return `<${typeLabel} name=${pyRepr(file.name)} mode=${pyRepr(file.mode)} encoding=${pyRepr(file.text!.encoding)}>`;
  }
  if (file.kind === 'raw') {
    if (file.closed) return `<${typeLabel} [closed]>`;
    return `<${typeLabel} name=${pyRepr(file.name)} mode=${pyRepr(file.mode)} closefd=True>`;
  }
  return `<${typeLabel} name=${pyRepr(file.name)}>`;
});

finishFileTypes();
