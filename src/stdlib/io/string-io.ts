// `io.StringIO`: an in-memory text stream over a JS string, positions counted in code points, with
// StringIO's newline modes (translate on write for None, `\r`/`\r\n` written for `\n`).
// Shared newline helpers are newlines.ts; the io module's namespace is io-module.ts.

import { bindArgs, checkArity, methodNoArgs } from '../../objects/args.js';
import { makeBuiltinType } from '../../objects/builtin-types.js';
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
import { astralFree, strLength, strValueOf } from '../../objects/str-type.js';
import { typeName } from '../../objects/type-of.js';
import { closedFileError, sizeArgument, textIOBaseType, unsupportedOperation } from './io-base.js';
import {
  advanceCodePoints,
  codePointsBetween,
  lineEnd,
  type NewlineMode,
  newlineMode,
  translateForWrite,
  translateUniversal,
} from './newlines.js';

/** `_io.StringIO`. */
export const stringIOType = makeBuiltinType('StringIO', textIOBaseType, {
  module: '_io',
  hasDict: true,
});

/** A StringIO: `text` holds the value, `position` is a UTF-16 index (may pass the end). */
export class PyStringIO extends PyObject {
  text: string;
  /** UTF-16 index; beyond `text.length` after a seek past the end (padding counts as BMP). */
  position: number;
  closed: boolean;
  mode: NewlineMode;
  /** True while `text` has no surrogate pairs (UTF-16 indexes are then code-point indexes). */
  astralFree: boolean;

  constructor(cls: PyType) {
    super(cls);
    this.text = '';
    this.position = 0;
    this.closed = false;
    this.mode = newlineMode(undefined, '\n');
    this.astralFree = true;
  }

  /** Checks the stream is open (StringIO's message has no final period). */
  checkOpen(): void {
    if (this.closed) throw closedFileError(false);
  }

  /** Writes `text` at the position (translated per the newline mode); returns its length. */
  write(input: string): void {
    let text = input;
    if (this.mode.translateOnRead) text = translateUniversal(text);
    text = translateForWrite(text, this.mode.writeNewline);
    if (text.length === 0) return;
    if (this.astralFree && !astralFree(text)) this.astralFree = false;
    if (this.position === this.text.length) {
      this.text += text;
    } else if (this.position > this.text.length) {
      rt().checkAllocation((this.position - this.text.length + text.length) * 2);
      this.text += '\0'.repeat(this.position - this.text.length) + text;
    } else {
      const end = this.position + text.length;
      this.text = this.text.slice(0, this.position) + text + this.text.slice(end);
    }
    this.position += text.length;
  }

  /** Reads up to `size` code points (all when negative). */
  read(size: number): string {
    if (this.position >= this.text.length) return '';
    const end =
      size < 0
        ? this.text.length
        : this.astralFree
          ? Math.min(this.text.length, this.position + size)
          : advanceCodePoints(this.text, this.position, size);
    const result = this.text.slice(this.position, end);
    this.position = end;
    return result;
  }

  /** Reads one line (at most `limit` code points when non-negative). */
  readline(limit: number): string {
    if (this.position >= this.text.length) return '';
    let end = lineEnd(this.text, this.position, this.mode.lineEnding);
    if (limit >= 0) {
      const cap = this.astralFree
        ? this.position + limit
        : advanceCodePoints(this.text, this.position, limit);
      if (cap < end) end = cap;
    }
    const line = this.text.slice(this.position, end);
    this.position = end;
    return line;
  }

  /** The position in code points. */
  tell(): number {
    if (this.astralFree) return this.position;
    const within = Math.min(this.position, this.text.length);
    return codePointsBetween(this.text, 0, within) + (this.position - within);
  }

  /** Moves to code point `target`. */
  seekTo(target: number): void {
    if (this.astralFree || target === 0) {
      this.position = target;
      return;
    }
    const total = codePointsBetween(this.text, 0, this.text.length);
    this.position =
      target <= total
        ? advanceCodePoints(this.text, 0, target)
        : this.text.length + (target - total);
  }
}

function self(args: readonly PyValue[]): PyStringIO {
  const value = args[0];
  if (!(value instanceof PyStringIO)) {
    throw typeError(
      `descriptor requires a '_io.StringIO' object but received a '${typeName(value ?? None)}'`,
    );
  }
  return value;
}

function open(args: readonly PyValue[]): PyStringIO {
  const stream = self(args);
  stream.checkOpen();
  return stream;
}

stringIOType.allocator = (cls) => {
  const stream = new PyStringIO(cls);
  initInstanceStorage(stream, cls);
  return stream;
};

defineMethod(stringIOType, '__init__', (args, kwnames) => {
  const stream = self(args);
  const [initial, newline] = bindArgs(
    'StringIO',
    args.slice(1),
    kwnames,
    ['initial_value', 'newline'],
    0,
  );
  if (initial !== undefined && initial !== None && strValueOf(initial) === undefined) {
    throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
  }
  stream.mode = newlineMode(newline, '\n');
  stream.text = '';
  stream.position = 0;
  stream.closed = false;
  stream.astralFree = true;
  const text = initial === undefined || initial === None ? '' : strValueOf(initial)!;
  if (text.length > 0) {
    stream.write(text);
    stream.position = 0;
  }
  return None;
});

defineMethod(stringIOType, 'getvalue', (args, kwnames) => {
  methodNoArgs('getvalue', args, kwnames);
  return open(args).text;
});
defineMethod(stringIOType, 'write', (args, kwnames) => {
  checkArity('write', args.slice(1), kwnames, 1, 1);
  const stream = self(args);
  const text = strValueOf(args[1]!);
  if (text === undefined) throw typeError(`string argument expected, got '${typeName(args[1]!)}'`);
  stream.checkOpen();
  stream.write(text);
  return strLength(text);
});
defineMethod(stringIOType, 'read', (args, kwnames) => {
  checkArity('read', args.slice(1), kwnames, 0, 1);
  const stream = self(args);
  const size = sizeArgument(args[1]);
  stream.checkOpen();
  return stream.read(size);
});
defineMethod(stringIOType, 'readline', (args, kwnames) => {
  checkArity('readline', args.slice(1), kwnames, 0, 1);
  const stream = self(args);
  const size = sizeArgument(args[1]);
  stream.checkOpen();
  return stream.readline(size);
});
defineMethod(stringIOType, 'readlines', (args, kwnames) => {
  checkArity('readlines', args.slice(1), kwnames, 0, 1);
  const stream = open(args);
  const hint = sizeArgument(args[1]);
  const lines: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = stream.readline(-1);
    if (line.length === 0) break;
    lines.push(line);
    total += line.length;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
defineMethod(stringIOType, 'writelines', (args, kwnames) => {
  checkArity('writelines', args.slice(1), kwnames, 1, 1);
  const stream = open(args);
  const iterator = getIter(args[1]!);
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    const text = strValueOf(item);
    if (text === undefined) throw typeError(`string argument expected, got '${typeName(item)}'`);
    stream.write(text);
  }
  return None;
});
defineMethod(stringIOType, 'tell', (args, kwnames) => {
  methodNoArgs('tell', args, kwnames);
  return open(args).tell();
});
defineMethod(stringIOType, 'seek', (args, kwnames) => {
  checkArity('seek', args.slice(1), kwnames, 1, 2);
  const stream = self(args);
  const target = indexAsNumber(args[1]!);
  const whence = args[2] === undefined ? 0 : indexAsNumber(args[2]);
  stream.checkOpen();
  if (whence !== 0 && whence !== 1 && whence !== 2) {
    throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  if (whence === 0 && target < 0) throw valueError(`Negative seek position ${target}`);
  if (whence === 1 && target !== 0) throw pyError('OSError', "Can't do nonzero cur-relative seeks");
  // CPython words the end-relative case the same way.
  if (whence === 2 && target !== 0) throw pyError('OSError', "Can't do nonzero cur-relative seeks");
  if (whence === 0) stream.seekTo(target);
  else if (whence === 2) stream.position = stream.text.length;
  return stream.tell();
});
defineMethod(stringIOType, 'truncate', (args, kwnames) => {
  checkArity('truncate', args.slice(1), kwnames, 0, 1);
  const stream = self(args);
  stream.checkOpen();
  const size = args[1] === undefined || args[1] === None ? stream.tell() : indexAsNumber(args[1]);
  if (size < 0) throw valueError(`Negative size value ${size}`);
  const current = stream.astralFree
    ? stream.text.length
    : codePointsBetween(stream.text, 0, stream.text.length);
  if (size < current) {
    const cut = stream.astralFree ? size : advanceCodePoints(stream.text, 0, size);
    stream.text = stream.text.slice(0, cut);
  }
  return size;
});
defineMethod(stringIOType, 'close', (args) => {
  self(args).closed = true;
  return None;
});
defineGetSet(stringIOType, 'closed', (obj) => (obj as PyStringIO).closed);
defineGetSet(stringIOType, 'line_buffering', (obj) => {
  (obj as PyStringIO).checkOpen();
  return false;
});
defineGetSet(stringIOType, 'newlines', () => None);
defineGetSet(stringIOType, 'encoding', () => None);
defineGetSet(stringIOType, 'errors', () => None);
for (const name of ['readable', 'writable', 'seekable'] as const) {
  defineMethod(stringIOType, name, (args, kwnames) => {
    methodNoArgs(name, args, kwnames);
    open(args);
    return true;
  });
}
defineMethod(stringIOType, 'isatty', (args) => {
  const stream = self(args);
  if (stream.closed) throw closedFileError();
  return false;
});
defineMethod(stringIOType, 'flush', (args) => {
  const stream = self(args);
  if (stream.closed) throw closedFileError();
  return None;
});
defineMethod(stringIOType, 'fileno', () => {
  throw unsupportedOperation('fileno');
});
defineMethod(stringIOType, 'detach', () => {
  throw unsupportedOperation('detach');
});
defineMethod(stringIOType, '__iter__', (args) => {
  const stream = self(args);
  if (stream.closed) throw closedFileError();
  return stream;
});
defineMethod(stringIOType, '__next__', (args) => {
  const line = open(args).readline(-1);
  if (line.length === 0) throw pyError('StopIteration', '');
  return line;
});
defineMethod(stringIOType, '__enter__', (args) => {
  const stream = self(args);
  if (stream.closed) throw closedFileError();
  return stream;
});
defineMethod(stringIOType, '__exit__', (args) => {
  self(args).closed = true;
  return None;
});
