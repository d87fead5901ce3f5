// `io.TextIOWrapper(buffer, encoding, errors, newline)` over any binary stream: a file object from
// open() shares its handle; any other stream (BytesIO, a user class) is reached through its
// Python seek/read/write/truncate/flush/close methods.

import { bindArgs } from '../../objects/args.js';
import { PyBytes } from '../../objects/bytes.js';
import { lookupTextCodec } from '../../objects/codecs.js';
import { typeError } from '../../objects/errors.js';
import { initInstanceStorage } from '../../objects/instance.js';
import { defineStaticMethod } from '../../objects/native-function.js';
import { getAttr, getAttrOrUndefined } from '../../objects/protocol-attr.js';
import { callObject } from '../../objects/protocol-call.js';
import { indexAsNumber } from '../../objects/protocol-number.js';
import { isTruthy } from '../../objects/protocol-truth.js';
import type { PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { typeName } from '../../objects/type-of.js';
import type { FileHandle } from '../../sandbox/filesystem.js';
import { requireBytesLike } from './bytes-io.js';
import { OpenFile, PyFileObject, textIOWrapperType } from './file-object.js';
import { newlineMode } from './newlines.js';

/** A FileHandle over a Python binary stream's methods. */
export class PythonStreamHandle implements FileHandle {
  private readonly stream: PyValue;

  constructor(stream: PyValue) {
    this.stream = stream;
  }

  private call(name: string, args: PyValue[]): PyValue {
    return callObject(getAttr(this.stream, name), args);
  }

  read(position: number, length: number): Uint8Array {
    this.call('seek', [position]);
    return requireBytesLike(this.call('read', [length])).slice();
  }

  write(position: number, data: Uint8Array): void {
    this.call('seek', [position]);
    this.call('write', [new PyBytes(data)]);
  }

  size(): number {
    const here = this.call('tell', []);
    const end = indexAsNumber(this.call('seek', [0, 2]));
    this.call('seek', [here]);
    return end;
  }

  truncate(length: number): void {
    this.call('truncate', [length]);
  }

  flush(): void {
    if (getAttrOrUndefined(this.stream, 'flush') !== undefined) this.call('flush', []);
  }

  close(): void {
    this.call('close', []);
  }
}

function optionalText(value: PyValue | undefined, argument: string): string | null {
  if (value === undefined || value === None) return null;
  const text = strValueOf(value);
  if (text === undefined) {
    throw typeError(
      `TextIOWrapper() argument '${argument}' must be str or None, not ${typeName(value)}`,
    );
  }
  return text;
}

defineStaticMethod(textIOWrapperType, '__new__', (args, kwnames) => {
  const [buffer, encodingArg, errorsArg, newlineArg] = bindArgs(
    'TextIOWrapper',
    args.slice(1),
    kwnames,
    ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'],
    1,
  );
  const cls = args[0] as PyType;
  const stream = buffer!;
  const encoding = optionalText(encodingArg, 'encoding');
  const errors = optionalText(errorsArg, 'errors');
  const newline = newlineMode(newlineArg, null, false);
  const codec = lookupTextCodec(encoding ?? 'utf-8');
  let file: OpenFile;
  if (stream instanceof PyFileObject && stream.kind !== 'text') {
    file = stream.file;
  } else {
    const readable = isTruthy(callObject(getAttr(stream, 'readable'), []));
    const writable = isTruthy(callObject(getAttr(stream, 'writable'), []));
    file = new OpenFile(new PythonStreamHandle(stream), '', readable, writable, false);
    file.position = indexAsNumber(callObject(getAttr(stream, 'tell'), []));
  }
  const wrapper = new PyFileObject('text', file, None, '', {
    encoding: encoding ?? 'UTF-8',
    codec,
    errors: errors ?? 'strict',
    newline,
  });
  wrapper.wrapped = stream;
  if (cls !== textIOWrapperType) {
    wrapper.cls = cls;
    initInstanceStorage(wrapper, cls);
  }
  return wrapper;
});
