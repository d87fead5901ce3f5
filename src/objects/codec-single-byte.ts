// The single-byte codecs: ascii, latin-1 (iso8859-1) and cp1252 (a charmap codec), with CPython's
// error ranges: a run of unencodable characters is reported as one error.

import { bytesIsAscii } from './bytes-case.js';
import { toCodePoints } from './code-points.js';
import {
  ByteWriter,
  type CodecOptions,
  DecodeErrors,
  EncodeErrors,
  type ReplacementSink,
} from './codec-errors.js';

/** cp1252's 0x80..0x9F row (0xFFFE marks an undefined byte); the rest is latin-1. */
const CP1252_HIGH = [
  0x20ac, 0xfffe, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffe, 0x017d, 0xfffe, 0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffe, 0x017e, 0x0178,
] as const;

let cp1252Encode: Map<number, number> | null = null;

/** The single-byte codecs this module implements. */
export type SingleByteCodec = 'ascii' | 'latin-1' | 'cp1252';

/** The byte for a code point, or -1 when the codec cannot encode it. */
function byteFor(codec: SingleByteCodec, point: number): number {
  if (point < 0x80) return point;
  if (codec === 'ascii') return -1;
  if (codec === 'latin-1') return point < 0x100 ? point : -1;
  if (point >= 0xa0 && point < 0x100) return point;
  if (cp1252Encode === null) {
    cp1252Encode = new Map();
    CP1252_HIGH.forEach((mapped, index) => {
      if (mapped !== 0xfffe) cp1252Encode!.set(mapped, 0x80 + index);
    });
  }
  return cp1252Encode.get(point) ?? -1;
}

const ERROR_NAME: Record<SingleByteCodec, string> = {
  ascii: 'ascii',
  'latin-1': 'latin-1',
  cp1252: 'charmap',
};

const ENCODE_REASON: Record<SingleByteCodec, string> = {
  ascii: 'ordinal not in range(128)',
  'latin-1': 'ordinal not in range(256)',
  cp1252: 'character maps to <undefined>',
};

/** Encode with a single-byte codec. */
export function encodeSingleByte(
  codec: SingleByteCodec,
  text: string,
  handler: string,
  options: CodecOptions,
): Uint8Array {
  const limit = codec === 'ascii' ? 0x80 : 0x100;
  const fast = new Uint8Array(text.length);
  let offset = 0;
  for (; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit >= limit || (codec === 'cp1252' && unit >= 0x80 && unit < 0xa0)) break;
    fast[offset] = unit;
  }
  if (offset === text.length) return fast;
  const points = toCodePoints(text);
  const out = new ByteWriter(text.length);
  const errors = new EncodeErrors(ERROR_NAME[codec], text, handler, options);
  errors.escapePrefix = codec !== 'cp1252';
  const sink: ReplacementSink = {
    writePoint(point) {
      out.byte(byteFor(codec, point));
    },
    replacementLimit: codec === 'ascii' ? 0x7f : codec === 'latin-1' ? 0xff : 0x7f,
  };
  let index = 0;
  while (index < points.length) {
    const byte = byteFor(codec, points[index]!);
    if (byte >= 0) {
      out.byte(byte);
      index++;
      continue;
    }
    let end = index + 1;
    while (end < points.length && byteFor(codec, points[end]!) < 0) end++;
    errors.error(points.slice(index, end), index, end, ENCODE_REASON[codec], out, sink);
    index = errors.resume;
  }
  return out.finish();
}

/** Decode with a single-byte codec. */
export function decodeSingleByte(
  codec: SingleByteCodec,
  data: Uint8Array,
  handler: string,
  options: CodecOptions,
): string {
  if (codec === 'latin-1' || (codec === 'ascii' && bytesIsAscii(data))) return latin1Text(data);
  let result = '';
  let errors: DecodeErrors | null = null;
  const chunk: number[] = [];
  let position = 0;
  while (position < data.length) {
    const byte = data[position]!;
    let point = byte;
    if (byte >= 0x80) {
      if (codec === 'ascii') point = -1;
      else if (codec === 'cp1252' && byte < 0xa0) {
        const mapped = CP1252_HIGH[byte - 0x80]!;
        point = mapped === 0xfffe ? -1 : mapped;
      }
    }
    if (point >= 0) {
      chunk.push(point);
      if (chunk.length >= 4096) {
        result += String.fromCharCode(...chunk);
        chunk.length = 0;
      }
      position++;
      continue;
    }
    if (chunk.length > 0) {
      result += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
    errors ??= new DecodeErrors(ERROR_NAME[codec], data, handler, options);
    const reason =
      codec === 'ascii' ? 'ordinal not in range(128)' : 'character maps to <undefined>';
    result += errors.error(position, position + 1, reason);
    position = errors.resume;
  }
  if (chunk.length > 0) result += String.fromCharCode(...chunk);
  return result;
}

/** Bytes passed to String.fromCharCode at a time (well under engines' argument limits). */
const CHARS_PER_CALL = 8192;

/** The str whose code points are the bytes, one character per byte (latin-1's decoding). */
export function latin1Text(data: Uint8Array): string {
  let result = '';
  for (let start = 0; start < data.length; start += CHARS_PER_CALL) {
    const part = data.subarray(start, start + CHARS_PER_CALL);
    result += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return result;
}
