// Codec error reporting and the built-in error handlers (strict, ignore, replace, backslashreplace,
// surrogateescape, surrogatepass, xmlcharrefreplace, namereplace) shared by every codec. The
// runtime turns a UnicodeCodecError into a UnicodeDecodeError/UnicodeEncodeError object.

import { PythonError } from './python-error.js';

/**
 * The fields of a UnicodeDecodeError/UnicodeEncodeError, as Python exposes them: `object` is the
 * bytes being decoded or the str being encoded; `start`/`end` index it (bytes, or code points).
 */
export interface UnicodeErrorDetails {
  readonly typeName: 'UnicodeDecodeError' | 'UnicodeEncodeError';
  readonly encoding: string;
  readonly object: Uint8Array | string;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

/**
 * A codec failure. `typeName` is UnicodeDecodeError or UnicodeEncodeError, `message` is what
 * `str(exc)` prints, and `details` holds the exception's attributes so the runtime can build the
 * real exception object (and hand it to codecs.register_error handlers).
 */
export class UnicodeCodecError extends PythonError {
  /** The attributes of the Python exception. */
  readonly details: UnicodeErrorDetails;

  constructor(details: UnicodeErrorDetails) {
    super(details.typeName, formatUnicodeErrorMessage(details));
    this.details = details;
  }
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

/** The code point at code-point index `index` of `text`. */
function codePointAtIndex(text: string, index: number): number {
  let offset = 0;
  for (let count = 0; count < index && offset < text.length; count++) {
    const unit = text.charCodeAt(offset);
    const next = text.charCodeAt(offset + 1);
    offset += unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return text.codePointAt(offset) ?? 0;
}

/**
 * `str()` of a UnicodeDecodeError/UnicodeEncodeError, worded as CPython's: one byte/character
 * ("can't decode byte 0xff in position 0") or a range ("can't encode characters in position 1-3").
 */
export function formatUnicodeErrorMessage(details: UnicodeErrorDetails): string {
  const { encoding, start, end, reason } = details;
  if (details.typeName === 'UnicodeDecodeError') {
    const data = details.object as Uint8Array;
    if (end === start + 1 && start < data.length) {
      return `'${encoding}' codec can't decode byte 0x${hex(data[start]!, 2)} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const text = details.object as string;
  if (end === start + 1) {
    const point = codePointAtIndex(text, start);
    const shown =
      point <= 0xff
        ? `\\x${hex(point, 2)}`
        : point <= 0xffff
          ? `\\u${hex(point, 4)}`
          : `\\U${hex(point, 8)}`;
    return `'${encoding}' codec can't encode character '${shown}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/**
 * What a user error handler (codecs.register_error) returned: the replacement (str, or bytes when
 * encoding) and the position to resume at (negative counts from the end, as in CPython).
 */
export interface ErrorHandlerResult {
  readonly replacement: string | Uint8Array;
  readonly resume: number;
}

/** Hooks the runtime supplies to the codecs. */
export interface CodecOptions {
  /**
   * Called for an error handler name that is not built in; it looks the name up in the runtime's
   * codecs.register_error registry, calls the handler with the exception built from `details`,
   * and returns its result. It raises LookupError "unknown error handler name 'x'" itself when
   * the name is unknown. Without it, unknown names raise that LookupError here.
   */
  readonly customHandler?: (name: string, details: UnicodeErrorDetails) => ErrorHandlerResult;
  /** Unicode character names for 'namereplace' (`unicodedata.name`); null for no name. */
  readonly characterName?: (point: number) => string | null;
  /** The code point of a Unicode name for unicode_escape's `\N{NAME}` (`unicodedata.lookup`). */
  readonly characterByName?: (name: string) => number | null;
}

/** LookupError for an error handler name nobody knows. */
export function unknownErrorHandler(name: string): PythonError {
  return new PythonError('LookupError', `unknown error handler name '${name}'`);
}

/** A growable byte buffer for encoders. */
export class ByteWriter {
  /** The bytes written so far live in `buffer[0 .. length)`. */
  buffer: Uint8Array;
  length = 0;

  /** `capacity` is the expected size: when the output fills it exactly, `finish` copies nothing. */
  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  /** Make room for `count` more bytes. */
  reserve(count: number): void {
    const needed = this.length + count;
    if (needed <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2, 16));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Append one byte. */
  byte(value: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = value;
  }

  /** Append bytes. */
  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buffer.set(values, this.length);
    this.length += values.length;
  }

  /** The written bytes, sized exactly (the buffer itself when it is full; the writer is done). */
  finish(): Uint8Array {
    const buffer = this.buffer;
    return this.length === buffer.length ? buffer : buffer.slice(0, this.length);
  }
}

/** The escape backslashreplace writes for a code point. */
export function backslashEscape(point: number): string {
  if (point <= 0xff) return `\\x${hex(point, 2)}`;
  if (point <= 0xffff) return `\\u${hex(point, 4)}`;
  return `\\U${hex(point, 8)}`;
}

/**
 * The decode side of the error handlers. A decoder calls `error` at each malformed sequence; the
 * replacement text is returned and the decoder resumes at `resume`.
 */
export class DecodeErrors {
  readonly encoding: string;
  readonly data: Uint8Array;
  readonly handler: string;
  readonly options: CodecOptions;
  /** Set by `error`: the byte position to continue decoding at. */
  resume = 0;
  /**
   * For 'surrogatepass': the surrogate code point encoded at a byte position and its length in
   * bytes, or null when the bytes there are not an encoded surrogate. Set by the UTF codecs.
   */
  surrogateAt: ((data: Uint8Array, position: number) => [number, number] | null) | null = null;

  constructor(encoding: string, data: Uint8Array, handler: string, options: CodecOptions) {
    this.encoding = encoding;
    this.data = data;
    this.handler = handler;
    this.options = options;
  }

  /** The exception for the bytes `[start, end)`. */
  exception(start: number, end: number, reason: string): UnicodeCodecError {
    return new UnicodeCodecError({
      typeName: 'UnicodeDecodeError',
      encoding: this.encoding,
      object: this.data,
      start,
      end,
      reason,
    });
  }

  /** Apply the error handler to the bytes `[start, end)`; returns the replacement text. */
  error(start: number, end: number, reason: string): string {
    this.resume = end;
    switch (this.handler) {
      case 'strict':
        throw this.exception(start, end, reason);
      case 'ignore':
        return '';
      case 'replace':
        return '\ufffd';
      case 'backslashreplace': {
        let text = '';
        for (let i = start; i < end; i++) text += `\\x${hex(this.data[i]!, 2)}`;
        return text;
      }
      case 'surrogateescape': {
        let text = '';
        let consumed = 0;
        while (consumed < 4 && start + consumed < end) {
          const byte = this.data[start + consumed]!;
          if (byte < 128) break;
          text += String.fromCharCode(0xdc00 + byte);
          consumed++;
        }
        if (consumed === 0) throw this.exception(start, end, reason);
        this.resume = start + consumed;
        return text;
      }
      case 'surrogatepass': {
        const found = this.surrogateAt === null ? null : this.surrogateAt(this.data, start);
        if (found === null) throw this.exception(start, end, reason);
        this.resume = start + found[1];
        return String.fromCharCode(found[0]);
      }
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw new PythonError(
          'TypeError',
          "don't know how to handle UnicodeDecodeError in error callback",
        );
      default:
        return this.custom(start, end, reason);
    }
  }

  private custom(start: number, end: number, reason: string): string {
    const callback = this.options.customHandler;
    if (callback === undefined) throw unknownErrorHandler(this.handler);
    const details = this.exception(start, end, reason).details;
    const result = callback(this.handler, details);
    if (typeof result.replacement !== 'string') {
      throw new PythonError('TypeError', 'decoding error handler must return (str, int) tuple');
    }
    const resume = result.resume < 0 ? this.data.length + result.resume : result.resume;
    if (resume < 0 || resume > this.data.length) {
      throw new PythonError(
        'IndexError',
        `position ${result.resume} from error handler out of bounds`,
      );
    }
    this.resume = resume;
    return result.replacement;
  }
}

/** How an encoder writes the replacement text an error handler produced. */
export interface ReplacementSink {
  /** Append one code point known to be encodable by the codec (ASCII for the UTF codecs). */
  writePoint(point: number): void;
  /** The highest code point the codec accepts in a str replacement (127 for ASCII-only). */
  readonly replacementLimit: number;
}

/**
 * The encode side of the error handlers. An encoder calls `error` with a code-point range; the
 * handler writes into `out` (through `sink` for text) and sets `resume` (a code-point index).
 */
export class EncodeErrors {
  readonly encoding: string;
  readonly text: string;
  readonly handler: string;
  readonly options: CodecOptions;
  /** Set by `error`: the code-point index to continue encoding at. */
  resume = 0;
  /**
   * For 'surrogatepass': write one surrogate code point as the codec encodes it, or return false
   * when the codec cannot (ascii, latin-1). Set by the UTF codecs.
   */
  surrogatePass: ((point: number, out: ByteWriter) => boolean) | null = null;
  /** True for codecs whose surrogateescape handling escapes a prefix of the range (see error). */
  escapePrefix = false;
  /**
   * Code-unit size of the UTF-16/32 encoders: raw byte replacements whose length is not a multiple
   * of it are refused with the original exception, as CPython does.
   */
  rawByteUnit = 1;

  constructor(encoding: string, text: string, handler: string, options: CodecOptions) {
    this.encoding = encoding;
    this.text = text;
    this.handler = handler;
    this.options = options;
  }

  /** The exception for the code points `[start, end)`. */
  exception(start: number, end: number, reason: string): UnicodeCodecError {
    return new UnicodeCodecError({
      typeName: 'UnicodeEncodeError',
      encoding: this.encoding,
      object: this.text,
      start,
      end,
      reason,
    });
  }

  /**
   * Apply the handler to the code points `points` (at code-point indices `[start, end)`),
   * writing the replacement. `out` receives raw bytes, `sink` encodes replacement text.
   */
  error(
    points: readonly number[],
    start: number,
    end: number,
    reason: string,
    out: ByteWriter,
    sink: ReplacementSink,
  ): void {
    this.resume = end;
    switch (this.handler) {
      case 'strict':
        throw this.exception(start, end, reason);
      case 'ignore':
        return;
      case 'replace':
        for (let i = 0; i < points.length; i++) sink.writePoint(0x3f);
        return;
      case 'backslashreplace':
        for (const point of points) writeAscii(backslashEscape(point), sink);
        return;
      case 'xmlcharrefreplace':
        for (const point of points) writeAscii(`&#${point};`, sink);
        return;
      case 'namereplace':
        for (const point of points) {
          const name = this.characterName(point);
          writeAscii(name === null ? backslashEscape(point) : `\\N{${name}}`, sink);
        }
        return;
      case 'surrogateescape': {
        if (this.escapePrefix) {
          // CPython's inline handler (ascii, latin-1, utf-8) escapes the leading run of
          // U+DC80..U+DCFF and reports the rest of the range.
          let index = 0;
          while (index < points.length && points[index]! >= 0xdc80 && points[index]! <= 0xdcff) {
            out.byte(points[index]! - 0xdc00);
            index++;
          }
          if (index < points.length) throw this.exception(start + index, end, reason);
          return;
        }
        for (const point of points) {
          if (point < 0xdc80 || point > 0xdcff) throw this.exception(start, end, reason);
        }
        if (points.length % this.rawByteUnit !== 0) throw this.exception(start, end, reason);
        for (const point of points) out.byte(point - 0xdc00);
        return;
      }
      case 'surrogatepass': {
        const pass = this.surrogatePass;
        for (const point of points) {
          if (point < 0xd800 || point > 0xdfff || pass === null) {
            throw this.exception(start, end, reason);
          }
        }
        for (const point of points) pass!(point, out);
        return;
      }
      default:
        this.custom(start, end, reason, out, sink);
    }
  }

  private characterName(point: number): string | null {
    const lookup = this.options.characterName;
    if (lookup === undefined) {
      throw new PythonError(
        'NotImplementedError',
        "the 'namereplace' error handler needs unicodedata names, which are not available",
      );
    }
    return lookup(point);
  }

  private custom(
    start: number,
    end: number,
    reason: string,
    out: ByteWriter,
    sink: ReplacementSink,
  ): void {
    const callback = this.options.customHandler;
    if (callback === undefined) throw unknownErrorHandler(this.handler);
    const exception = this.exception(start, end, reason);
    const result = callback(this.handler, exception.details);
    const replacement = result.replacement;
    if (typeof replacement === 'string') {
      for (const char of replacement) {
        const point = char.codePointAt(0)!;
        if (point > sink.replacementLimit) throw exception;
      }
      for (const char of replacement) sink.writePoint(char.codePointAt(0)!);
    } else {
      if (replacement.length % this.rawByteUnit !== 0) throw exception;
      out.bytes(replacement);
    }
    const length = codePointCount(this.text);
    const resume = result.resume < 0 ? length + result.resume : result.resume;
    if (resume < 0 || resume > length) {
      throw new PythonError(
        'IndexError',
        `position ${result.resume} from error handler out of bounds`,
      );
    }
    this.resume = resume;
  }
}

function writeAscii(text: string, sink: ReplacementSink): void {
  for (let i = 0; i < text.length; i++) sink.writePoint(text.charCodeAt(i));
}

function codePointCount(text: string): number {
  let count = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset);
    const next = text.charCodeAt(offset + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) offset++;
    count++;
  }
  return count;
}
