// The file objects `open()` returns over a filesystem handle: one TS class behind the Python types
// TextIOWrapper, BufferedReader/Writer/Random and FileIO. Writes go straight to the handle (the
// backend may buffer); text reads decode the rest of the file once and hand it out line by line.
// Python-visible methods are file-methods.ts; argument parsing of open() is open-builtin.ts.

import { makeBuiltinType } from '../../objects/builtin-types.js';
import { type CodecId, decodeWith, encodeWith } from '../../objects/codecs.js';
import { valueError } from '../../objects/errors.js';
import { PyObject, type PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { rt } from '../../objects/runtime.js';
import type { FileHandle } from '../../sandbox/filesystem.js';
import { FsError } from '../../sandbox/filesystem.js';
import { fsErrorToPython } from '../os/fs-access.js';
import { bufferedIOBaseType, concatBytes, rawIOBaseType, textIOBaseType } from './io-base.js';
import {
  advanceCodePoints,
  lineEnd,
  type NewlineMode,
  translateForWrite,
  translateUniversal,
} from './newlines.js';

/**
 * `_io.TextIOWrapper`. sys.ts already registers a `_io.TextIOWrapper` for sys.stdout, so this one
 * registers its type and methods under `_io.file.TextIOWrapper`; `finishFileTypes` then makes
 * `__module__` read `_io`.
 */
export const textIOWrapperType = makeBuiltinType('TextIOWrapper', textIOBaseType, {
  module: '_io.file',
  hasDict: true,
  registryName: 'type:_io.file.TextIOWrapper',
});

/** Called once every method is defined: shows the file types as members of `_io`. */
export function finishFileTypes(): void {
  textIOWrapperType.setAttr('__module__', '_io');
}
/** `_io.BufferedReader`. */
export const bufferedReaderType = makeBuiltinType('BufferedReader', bufferedIOBaseType, {
  module: '_io',
  hasDict: true,
});
/** `_io.BufferedWriter`. */
export const bufferedWriterType = makeBuiltinType('BufferedWriter', bufferedIOBaseType, {
  module: '_io',
  hasDict: true,
});
/** `_io.BufferedRandom`. */
export const bufferedRandomType = makeBuiltinType('BufferedRandom', bufferedIOBaseType, {
  module: '_io',
  hasDict: true,
});
/** `_io.FileIO`. */
export const fileIOType = makeBuiltinType('FileIO', rawIOBaseType, {
  module: '_io',
  hasDict: true,
});

/**
 * What the text layer and its binary `buffer` share: the handle, the byte position, the access
 * flags and whether it is closed.
 */
export class OpenFile {
  handle: FileHandle;
  /** Byte offset of the next read or write. */
  position: number;
  readonly readable: boolean;
  readonly writable: boolean;
  /** Mode `a`: every write goes to the end. */
  readonly append: boolean;
  closed: boolean;
  /** The sandbox path (for error messages the program never sees). */
  readonly path: string;

  constructor(
    handle: FileHandle,
    path: string,
    readable: boolean,
    writable: boolean,
    append: boolean,
  ) {
    this.handle = handle;
    this.position = 0;
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.closed = false;
    this.path = path;
  }

  /** Runs a handle operation, turning backend errors into OSError. */
  guard<T>(operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      if (error instanceof FsError) throw fsErrorToPython(error);
      throw error;
    }
  }

  readBytes(size: number): Uint8Array {
    return this.guard(() => {
      const available = Math.max(0, this.handle.size() - this.position);
      const count = size < 0 ? available : Math.min(size, available);
      if (count === 0) return new Uint8Array(0);
      rt().checkAllocation(count);
      const bytes = this.handle.read(this.position, count);
      this.position += bytes.length;
      return bytes;
    });
  }

  readLineBytes(limit: number): Uint8Array {
    return this.guard(() => {
      const parts: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const want = limit < 0 ? 8192 : Math.min(8192, limit - total);
        if (want <= 0) break;
        const chunk = this.handle.read(this.position, want);
        if (chunk.length === 0) break;
        const newline = chunk.indexOf(10);
        const take = newline < 0 ? chunk : chunk.subarray(0, newline + 1);
        parts.push(take);
        total += take.length;
        this.position += take.length;
        if (newline >= 0) break;
      }
      return parts.length === 1 ? parts[0]! : concatBytes(parts);
    });
  }

  writeBytes(bytes: Uint8Array): void {
    this.guard(() => {
      if (this.append) this.position = this.handle.size();
      rt().checkAllocation(bytes.length);
      this.handle.write(this.position, bytes);
      this.position += bytes.length;
    });
  }

  size(): number {
    return this.guard(() => this.handle.size());
  }

  truncate(length: number): void {
    this.guard(() => this.handle.truncate(length));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.guard(() => {
      this.handle.flush();
      this.handle.close();
    });
  }
}

/** Which Python type a file object is. */
export type FileObjectKind = 'text' | 'reader' | 'writer' | 'random' | 'raw';

/** The Python type of each kind. */
export function fileTypeOf(kind: FileObjectKind): PyType {
  switch (kind) {
    case 'text':
      return textIOWrapperType;
    case 'reader':
      return bufferedReaderType;
    case 'writer':
      return bufferedWriterType;
    case 'random':
      return bufferedRandomType;
    case 'raw':
      return fileIOType;
  }
}

/** Text-layer settings of a file opened in text mode. */
export interface TextSettings {
  /** The encoding as `f.encoding` shows it (`'UTF-8'` when defaulted). */
  readonly encoding: string;
  readonly codec: CodecId;
  readonly errors: string;
  readonly newline: NewlineMode;
}

const BOM_CODECS: Partial<Record<CodecId, CodecId>> = {
  utf_8_sig: 'utf_8',
  utf_16: 'utf_16_le',
  utf_32: 'utf_32_le',
};

/** A file object from `open()` (text or binary). */
export class PyFileObject extends PyObject {
  readonly kind: FileObjectKind;
  readonly file: OpenFile;
  /** `f.name`: what the program passed to open (after os.fspath). */
  readonly name: PyValue;
  /** `f.mode`: the mode string (as given for text, normalised for binary). */
  readonly mode: string;
  readonly text: TextSettings | null;
  /** Decoded text not yet handed out (text mode); null when nothing is buffered. */
  pending: string | null;
  /** UTF-16 index of the next unread character of `pending`. */
  pendingIndex: number;
  /** Byte offset `pending` starts at. */
  pendingStart: number;
  /** The binary object `f.buffer` (made on first access). */
  buffer: PyFileObject | null;
  /** The Python binary stream a TextIOWrapper(...) was built over (its `buffer`), or null. */
  wrapped: PyValue | null;
  /** Set by detach(): every later operation raises ValueError. */
  detached: boolean;

  constructor(
    kind: FileObjectKind,
    file: OpenFile,
    name: PyValue,
    mode: string,
    text: TextSettings | null,
  ) {
    super(fileTypeOf(kind));
    this.kind = kind;
    this.file = file;
    this.name = name;
    this.mode = mode;
    this.text = text;
    this.pending = null;
    this.pendingIndex = 0;
    this.pendingStart = 0;
    this.buffer = null;
    this.wrapped = null;
    this.detached = false;
  }

  get closed(): boolean {
    if (this.detached) throw valueError('underlying buffer has been detached');
    return this.file.closed;
  }

  // Text reading ------------------------------------------------------------------------------

  private codecAt(position: number): CodecId {
    const codec = this.text!.codec;
    return position > 0 ? (BOM_CODECS[codec] ?? codec) : codec;
  }

  /** Decodes the rest of the file into `pending` when nothing is buffered. */
  private fill(): string {
    if (this.pending !== null) return this.pending;
    const start = this.file.position;
    const bytes = this.file.readBytes(-1);
    this.file.position = start;
    this.pending = decodeWith(this.codecAt(start), bytes, this.text!.errors);
    this.pendingIndex = 0;
    this.pendingStart = start;
    return this.pending;
  }

  /** Hands out `pending[pendingIndex..end)`, translated for newline=None. */
  private take(end: number): string {
    const raw = this.pending!.slice(this.pendingIndex, end);
    this.pendingIndex = end;
    return this.text!.newline.translateOnRead ? translateUniversal(raw) : raw;
  }

  /** `read(size)` in text mode: `size` code points after newline translation (all if negative). */
  readText(size: number): string {
    const text = this.fill();
    if (size < 0) return this.take(text.length);
    if (!this.text!.newline.translateOnRead) {
      return this.take(advanceCodePoints(text, this.pendingIndex, size));
    }
    let index = this.pendingIndex;
    for (let count = 0; count < size && index < text.length; count++) {
      const unit = text.charCodeAt(index);
      if (unit === 13 && text.charCodeAt(index + 1) === 10) index += 2;
      else index = advanceCodePoints(text, index, 1);
    }
    return this.take(index);
  }

  /** `readline(limit)` in text mode. */
  readLineText(limit: number): string {
    const text = this.fill();
    if (this.pendingIndex >= text.length) return '';
    let end = lineEnd(text, this.pendingIndex, this.text!.newline.lineEnding);
    if (limit >= 0) {
      const cap = advanceCodePoints(text, this.pendingIndex, limit);
      if (cap < end) end = cap;
    }
    return this.take(end);
  }

  /** The byte position a text file is at (the opaque cookie CPython returns is this for UTF-8). */
  textPosition(): number {
    if (this.pending === null) return this.file.position;
    const consumed = this.pending.slice(0, this.pendingIndex);
    const codec = this.codecAt(this.pendingStart);
    return this.pendingStart + encodeWith(codec, consumed, this.text!.errors).length;
  }

  /** Drops buffered text, leaving the file position where the program's reading got to. */
  syncPosition(): void {
    if (this.pending === null) return;
    this.file.position = this.textPosition();
    this.pending = null;
  }

  // Text writing ------------------------------------------------------------------------------

  /** Writes text: newline translation, then encoding (a BOM only at the start of the file). */
  writeText(input: string): void {
    this.syncPosition();
    const settings = this.text!;
    const translated = translateForWrite(input, settings.newline.writeNewline);
    const position = this.file.append ? this.file.size() : this.file.position;
    const codec = this.codecAt(position);
    const ascii =
      codec === 'utf_8' || codec === 'ascii' || codec === 'latin_1' || codec === 'cp1252';
    const bytes =
      (ascii ? asciiBytes(translated) : null) ?? encodeWith(codec, translated, settings.errors);
    this.file.writeBytes(bytes);
  }
}

/** The bytes of an ASCII-only string (the same in every ASCII-compatible codec), or null. */
function asciiBytes(text: string): Uint8Array | null {
  if (text.length > 256) return null;
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0x80) return null;
    bytes[index] = unit;
  }
  return bytes;
}
