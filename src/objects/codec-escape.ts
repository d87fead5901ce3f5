// The unicode_escape and raw_unicode_escape codecs: Python-literal style backslash escapes in
// Latin-1 bytes, with CPython's error reasons and ranges. \N{NAME} needs the runtime's name table.

import { ByteWriter, type CodecOptions, DecodeErrors } from './codec-errors.js';

const HEX = '0123456789abcdef';

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  return -1;
}

function writeEscape(out: ByteWriter, marker: number, value: number, digits: number): void {
  out.byte(0x5c);
  out.byte(marker);
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    out.byte(HEX.charCodeAt((value >> shift) & 15));
  }
}

/**
 * Encode with unicode_escape (`raw` false) or raw_unicode_escape (`raw` true). Neither fails:
 * unicode_escape writes printable ASCII as is (backslash doubled), \t \n \r, and \x, \u or \U
 * escapes for the rest; raw_unicode_escape writes Latin-1 characters raw.
 */
export function encodeUnicodeEscape(text: string, raw: boolean): Uint8Array {
  const out = new ByteWriter(text.length + 8);
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point >= 0x10000) writeEscape(out, 0x55, point, 8);
    else if (point >= 0x100) writeEscape(out, 0x75, point, 4);
    else if (raw) out.byte(point);
    else if (point === 0x5c) {
      out.byte(0x5c);
      out.byte(0x5c);
    } else if (point >= 0x20 && point < 0x7f) out.byte(point);
    else if (point === 0x09) writeEscape(out, 0x74, 0, 0);
    else if (point === 0x0a) writeEscape(out, 0x6e, 0, 0);
    else if (point === 0x0d) writeEscape(out, 0x72, 0, 0);
    else writeEscape(out, 0x78, point, 2);
  }
  return out.finish();
}

const SIMPLE_ESCAPES = new Map<number, number>([
  [0x5c, 0x5c],
  [0x27, 0x27],
  [0x22, 0x22],
  [0x62, 0x08],
  [0x66, 0x0c],
  [0x74, 0x09],
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x76, 0x0b],
  [0x61, 0x07],
]);

/**
 * Decode unicode_escape: the escapes of a Python string literal (\\ \' \" \a \b \f \n \r \t \v,
 * octal, \x, \u, \U, \N{NAME}, backslash-newline); an unknown escape stays as written. Bytes
 * outside escapes are Latin-1.
 */
export function decodeUnicodeEscape(
  data: Uint8Array,
  handler: string,
  options: CodecOptions,
): string {
  const errors = new DecodeErrors('unicodeescape', data, handler, options);
  const end = data.length;
  let result = '';
  let position = 0;
  while (position < end) {
    const byte = data[position++]!;
    if (byte !== 0x5c) {
      result += String.fromCharCode(byte);
      continue;
    }
    const start = position - 1;
    if (position >= end) {
      result += errors.error(start, end, '\\ at end of string');
      position = errors.resume;
      continue;
    }
    const marker = data[position++]!;
    if (marker === 0x0a) continue;
    const simple = SIMPLE_ESCAPES.get(marker);
    if (simple !== undefined) {
      result += String.fromCharCode(simple);
      continue;
    }
    if (marker >= 0x30 && marker <= 0x37) {
      let value = marker - 0x30;
      for (
        let i = 0;
        i < 2 && position < end && data[position]! >= 0x30 && data[position]! <= 0x37;
        i++
      ) {
        value = value * 8 + (data[position++]! - 0x30);
      }
      result += String.fromCharCode(value);
      continue;
    }
    let digits = 0;
    let reason = '';
    if (marker === 0x78) {
      digits = 2;
      reason = 'truncated \\xXX escape';
    } else if (marker === 0x75) {
      digits = 4;
      reason = 'truncated \\uXXXX escape';
    } else if (marker === 0x55) {
      digits = 8;
      reason = 'truncated \\UXXXXXXXX escape';
    } else if (marker === 0x4e) {
      const named = namedEscape(data, position, options);
      position = named.position;
      if (named.point >= 0) {
        result += String.fromCodePoint(named.point);
        continue;
      }
      result += errors.error(start, position, named.reason);
      position = errors.resume;
      continue;
    } else {
      result += `\\${String.fromCharCode(marker)}`;
      continue;
    }
    const parsed = hexEscape(data, position, digits);
    position = parsed.position;
    if (parsed.value < 0) {
      result += errors.error(start, position, reason);
      position = errors.resume;
    } else if (parsed.value > 0x10ffff) {
      result += errors.error(start, position, 'illegal Unicode character');
      position = errors.resume;
    } else {
      result += String.fromCodePoint(parsed.value);
    }
  }
  return result;
}

/** Read `digits` hex digits at `position`: value -1 when one is missing or not hex. */
function hexEscape(
  data: Uint8Array,
  position: number,
  digits: number,
): { value: number; position: number } {
  let value = 0;
  for (let i = 0; i < digits; i++) {
    if (position >= data.length) return { value: -1, position };
    const digit = hexValue(data[position]!);
    if (digit < 0) return { value: -1, position };
    value = value * 16 + digit;
    position++;
  }
  return { value, position };
}

/** Longer than any Unicode character name or alias (the longest has 88 characters). */
const MAX_CHARACTER_NAME_BYTES = 256;

/** Parse `{NAME}` after `\N`: the code point (or -1 with the reason) and where parsing stopped. */
function namedEscape(
  data: Uint8Array,
  position: number,
  options: CodecOptions,
): { point: number; position: number; reason: string } {
  const malformed = 'malformed \\N character escape';
  if (position >= data.length || data[position] !== 0x7b)
    return { point: -1, position, reason: malformed };
  const nameStart = ++position;
  while (position < data.length && data[position] !== 0x7d) position++;
  if (position >= data.length || position === nameStart)
    return { point: -1, position, reason: malformed };
  // No character name is longer than a few dozen bytes, so a longer one is unknown without decoding
  // it (spreading an unbounded name into fromCharCode would overflow the JS stack).
  const name =
    position - nameStart > MAX_CHARACTER_NAME_BYTES
      ? null
      : String.fromCharCode(...data.subarray(nameStart, position));
  position++;
  const point = name === null ? null : (options.characterByName?.(name) ?? null);
  if (point === null) return { point: -1, position, reason: 'unknown Unicode character name' };
  return { point, position, reason: '' };
}

/**
 * Decode raw_unicode_escape: only \uXXXX and \UXXXXXXXX are escapes (and only after an odd
 * number of backslashes); everything else is Latin-1.
 */
export function decodeRawUnicodeEscape(
  data: Uint8Array,
  handler: string,
  options: CodecOptions,
): string {
  const errors = new DecodeErrors('rawunicodeescape', data, handler, options);
  let result = '';
  let position = 0;
  while (position < data.length) {
    const byte = data[position++]!;
    if (byte !== 0x5c || position >= data.length) {
      result += String.fromCharCode(byte);
      continue;
    }
    const start = position - 1;
    const marker = data[position++]!;
    if (marker !== 0x75 && marker !== 0x55) {
      result += `\\${String.fromCharCode(marker)}`;
      continue;
    }
    const digits = marker === 0x75 ? 4 : 8;
    const parsed = hexEscape(data, position, digits);
    position = parsed.position;
    if (parsed.value < 0) {
      const reason = digits === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      result += errors.error(start, position, reason);
      position = errors.resume;
    } else if (parsed.value > 0x10ffff) {
      result += errors.error(start, position, '\\Uxxxxxxxx out of range');
      position = errors.resume;
    } else {
      result += String.fromCodePoint(parsed.value);
    }
  }
  return result;
}
