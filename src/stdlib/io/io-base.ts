// The io class hierarchy's roots: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase (subclassable
// by Python code, with IOBase's generic methods written over the subclass's own read/write), and
// io.UnsupportedOperation (an OSError and a ValueError). Concrete streams live beside this file.

import { checkArity } from '../../objects/args.js';
import { makeBuiltinType } from '../../objects/builtin-types.js';
import { PyBytes } from '../../objects/bytes.js';
import { pyError, throwable, typeError, valueError } from '../../objects/errors.js';
import { baseExceptionType, exceptionTypeNamed, makeException } from '../../objects/exceptions.js';
import { allocateInstance } from '../../objects/instance.js';
import { PyList } from '../../objects/list.js';
import { defineGetSet, defineMethod } from '../../objects/native-function.js';
import { getAttr, getAttrOrUndefined, setAttr } from '../../objects/protocol-attr.js';
import { callObject } from '../../objects/protocol-call.js';
import { getIter, iterNext } from '../../objects/protocol-iter.js';
import { hasIndex, indexAsNumber } from '../../objects/protocol-number.js';
import { pyLen } from '../../objects/protocol-subscript.js';
import { isTruthy } from '../../objects/protocol-truth.js';
import type { PyValue } from '../../objects/py-object.js';
import type { PythonError } from '../../objects/python-error.js';
import { None } from '../../objects/singletons.js';
import { typeName } from '../../objects/type-of.js';

/** `io.UnsupportedOperation`: derives from OSError and ValueError, as in CPython. */
export const unsupportedOperationType = (() => {
  const osError = exceptionTypeNamed('OSError');
  const type = makeBuiltinType('UnsupportedOperation', osError, { hasDict: true, module: 'io' });
  type.setBases([osError, exceptionTypeNamed('ValueError')]);
  type.isExceptionType = true;
  type.allocator = baseExceptionType.allocator;
  type.layout = baseExceptionType;
  return type;
})();

/** `io.UnsupportedOperation(message)`. */
export function unsupportedOperation(message: string): PythonError {
  return throwable(makeException(unsupportedOperationType, [message]));
}

/** ValueError for a closed stream; `period` chooses between the two spellings CPython uses. */
export function closedFileError(period = true): PythonError {
  return valueError(period ? 'I/O operation on closed file.' : 'I/O operation on closed file');
}

/** `_io._IOBase`. */
export const ioBaseType = makeBuiltinType('_IOBase', undefined, { module: '_io', hasDict: true });
/** `_io._RawIOBase`. */
export const rawIOBaseType = makeBuiltinType('_RawIOBase', ioBaseType, {
  module: '_io',
  hasDict: true,
});
/** `_io._BufferedIOBase`. */
export const bufferedIOBaseType = makeBuiltinType('_BufferedIOBase', ioBaseType, {
  module: '_io',
  hasDict: true,
});
/** `_io._TextIOBase`. */
export const textIOBaseType = makeBuiltinType('_TextIOBase', ioBaseType, {
  module: '_io',
  hasDict: true,
});

ioBaseType.allocator = allocateInstance;

// Generic IOBase behaviour for Python subclasses: state in the instance dict, as `__IOBase_closed`.
const CLOSED_FLAG = '__IOBase_closed';

function isClosed(self: PyValue): boolean {
  return isTruthy(getAttr(self, 'closed'));
}

function checkOpen(self: PyValue): void {
  if (isClosed(self)) throw closedFileError();
}

defineGetSet(ioBaseType, 'closed', (self) => {
  const flag = getAttrOrUndefined(self, CLOSED_FLAG);
  return flag !== undefined && isTruthy(flag);
});
defineMethod(ioBaseType, 'close', (args) => {
  const self = args[0]!;
  const flag = getAttrOrUndefined(self, CLOSED_FLAG);
  if (flag === undefined || !isTruthy(flag)) {
    try {
      callObject(getAttr(self, 'flush'), []);
    } finally {
      setAttr(self, CLOSED_FLAG, true);
    }
  }
  return None;
});
defineMethod(ioBaseType, 'flush', (args) => {
  checkOpen(args[0]!);
  return None;
});
for (const name of ['readable', 'writable', 'seekable', 'isatty'] as const) {
  defineMethod(ioBaseType, name, (args) => {
    if (name === 'isatty') checkOpen(args[0]!);
    return false;
  });
}
defineMethod(ioBaseType, 'fileno', () => {
  throw unsupportedOperation('fileno');
});
defineMethod(ioBaseType, 'seek', () => {
  throw unsupportedOperation('seek');
});
defineMethod(ioBaseType, 'truncate', () => {
  throw unsupportedOperation('truncate');
});
defineMethod(ioBaseType, 'tell', (args) => callObject(getAttr(args[0]!, 'seek'), [0, 1]));
defineMethod(ioBaseType, '__enter__', (args) => {
  checkOpen(args[0]!);
  return args[0]!;
});
defineMethod(ioBaseType, '__exit__', (args) => {
  callObject(getAttr(args[0]!, 'close'), []);
  return None;
});
defineMethod(ioBaseType, '__iter__', (args) => {
  checkOpen(args[0]!);
  return args[0]!;
});
defineMethod(ioBaseType, '__next__', (args) => {
  const line = callObject(getAttr(args[0]!, 'readline'), []);
  if (pyLen(line) === 0) throw pyError('StopIteration', '');
  return line;
});
defineMethod(ioBaseType, 'readlines', (args, kwnames) => {
  checkArity('readlines', args.slice(1), kwnames, 0, 1);
  const hint = args[1] === undefined || args[1] === None ? -1 : Number(args[1]);
  const lines: PyValue[] = [];
  let total = 0;
  const iterator = getIter(args[0]!);
  for (let line = iterNext(iterator); line !== undefined; line = iterNext(iterator)) {
    lines.push(line);
    total += pyLen(line);
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
defineMethod(ioBaseType, 'writelines', (args, kwnames) => {
  checkArity('writelines', args.slice(1), kwnames, 1, 1);
  const self = args[0]!;
  checkOpen(self);
  const write = getAttr(self, 'write');
  const iterator = getIter(args[1]!);
  for (let line = iterNext(iterator); line !== undefined; line = iterNext(iterator)) {
    callObject(write, [line]);
  }
  return None;
});
defineMethod(ioBaseType, 'readline', (args) => {
  // IOBase.readline over read(1): rarely used (every concrete stream overrides it).
  const self = args[0]!;
  const limit = args[1] === undefined || args[1] === None ? -1 : Number(args[1]);
  const read = getAttr(self, 'read');
  const pieces: PyValue[] = [];
  let count = 0;
  while (limit < 0 || count < limit) {
    const piece = callObject(read, [1]);
    if (pyLen(piece) === 0) break;
    pieces.push(piece);
    count++;
    if (piece === '\n') break;
    if (piece instanceof PyBytes && piece.data[0] === 10) break;
  }
  if (pieces.length === 0) return callObject(read, [0]);
  if (typeof pieces[0] === 'string') return (pieces as string[]).join('');
  return new PyBytes(concatBytes(pieces.map((piece) => (piece as PyBytes).data)));
});

/** The concatenation of byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Raises TypeError unless `value` is None or an int-like size (read(size), readline(size)). */
export function sizeArgument(value: PyValue | undefined): number {
  if (value === undefined || value === None) return -1;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return value < 0n ? -1 : Number.MAX_SAFE_INTEGER;
  if (!hasIndex(value)) {
    throw typeError(`argument should be integer or None, not '${typeName(value)}'`);
  }
  return indexAsNumber(value);
}
