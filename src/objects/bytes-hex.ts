// bytes.hex([sep[, bytes_per_sep]]) and bytes.fromhex(string) with CPython's errors. Converting
// a sep given as bytes, and bytes_per_sep to a C int, is the object model's job.

import { PythonError } from './python-error.js';

const HEX_DIGITS = '0123456789abcdef';

/**
 * `bytes.hex(sep, bytes_per_sep)`: two lowercase hex digits per byte; with `sep` (one ASCII
 * character, given as a str), a separator every `bytes_per_sep` bytes counted from the right
 * (positive) or the left (negative). ValueError "sep must be length 1." / "sep must be ASCII.".
 */
export function bytesHex(data: Uint8Array, sep: string | null = null, bytesPerSep = 1): string {
  if (sep !== null) {
    if (sep.length !== 1) throw new PythonError('ValueError', 'sep must be length 1.');
    if (sep.charCodeAt(0) > 0x7f) throw new PythonError('ValueError', 'sep must be ASCII.');
  }
  let out = '';
  const group = sep === null || bytesPerSep === 0 ? 0 : Math.abs(bytesPerSep);
  for (let i = 0; i < data.length; i++) {
    if (group > 0 && i > 0) {
      // Positive counts groups from the right end, negative from the left.
      const boundary = bytesPerSep > 0 ? (data.length - i) % group === 0 : i % group === 0;
      if (boundary) out += sep;
    }
    const byte = data[i]!;
    out += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  }
  return out;
}

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x61 + 10;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x41 + 10;
  return -1;
}

function isSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** The position CPython reports for a non-hex character at UTF-16 `offset` (a code-point index). */
function positionOf(text: string, offset: number): number {
  let pairs = 0;
  for (let i = 0; i < offset - 1; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      pairs++;
      i++;
    }
  }
  return offset - pairs;
}

/**
 * `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed between pairs.
 * ValueError "non-hexadecimal number found in fromhex() arg at position N" otherwise.
 */
export function bytesFromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length >> 1);
  let length = 0;
  let offset = 0;
  while (offset < text.length) {
    if (isSpace(text.charCodeAt(offset))) {
      offset++;
      continue;
    }
    const high = hexValue(text.charCodeAt(offset));
    if (high < 0) throw nonHex(positionOf(text, offset));
    const low = offset + 1 < text.length ? hexValue(text.charCodeAt(offset + 1)) : -1;
    if (low < 0) throw nonHex(positionOf(text, offset + 1));
    out[length++] = high * 16 + low;
    offset += 2;
  }
  return out.slice(0, length);
}

function nonHex(position: number): PythonError {
  return new PythonError(
    'ValueError',
    `non-hexadecimal number found in fromhex() arg at position ${position}`,
  );
}
