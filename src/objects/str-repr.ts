// repr() and ascii() of str, and repr() of bytes/bytearray contents, exactly as CPython writes them.
// The object model adds the `bytearray(...)` wrapper around a bytes repr.

import { isPrintableCodePoint } from './str-predicates.js';

const HEX = '0123456789abcdef';
/** Strings that repr() returns unchanged apart from the quotes. */
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hexDigits(value: number, digits: number): string {
  let text = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) text += HEX[(value >> shift) & 15];
  return text;
}

/** The escape CPython writes for a non-printable code point: \xNN, \uNNNN or \UNNNNNNNN. */
function escapeCodePoint(point: number): string {
  if (point < 0x100) return `\\x${hexDigits(point, 2)}`;
  if (point < 0x10000) return `\\u${hexDigits(point, 4)}`;
  return `\\U${hexDigits(point, 8)}`;
}

/**
 * `repr(str)` (asciiOnly false) or `ascii(str)` (asciiOnly true): single quotes unless the text
 * holds a single quote and no double quote; `\\`, the quote, `\t \n \r` escaped; other
 * non-printable (or, for ascii(), non-ASCII) code points as `\x`, `\u` or `\U` escapes.
 */
export function reprStr(text: string, asciiOnly = false): string {
  const hasSingle = text.includes("'");
  const quote = hasSingle && !text.includes('"') ? '"' : "'";
  if (PLAIN_ASCII.test(text)) return quote + text + quote;
  let result = quote;
  let runStart = 0;
  const units = text.length;
  for (let offset = 0; offset < units; offset++) {
    let point = text.charCodeAt(offset);
    let width = 1;
    if (point >= 0xd800 && point <= 0xdbff && offset + 1 < units) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        point = ((point - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let replacement: string | null = null;
    if (point === 0x5c) replacement = '\\\\';
    else if (point === 0x09) replacement = '\\t';
    else if (point === 0x0a) replacement = '\\n';
    else if (point === 0x0d) replacement = '\\r';
    else if (point === quote.charCodeAt(0)) replacement = `\\${quote}`;
    else if (point < 0x20 || point === 0x7f) replacement = escapeCodePoint(point);
    else if (point >= 0x80 && (asciiOnly || !isPrintableCodePoint(point))) {
      replacement = escapeCodePoint(point);
    }
    if (replacement !== null) {
      result += text.slice(runStart, offset) + replacement;
      runStart = offset + width;
    }
    offset += width - 1;
  }
  return result + text.slice(runStart) + quote;
}

/** `ascii(str)`: repr() with every non-ASCII code point escaped. */
export function asciiStr(text: string): string {
  return reprStr(text, true);
}

/**
 * `repr(bytes)`: `b'...'` with the same quote rule as str, `\\`, the quote, `\t \n \r` escaped,
 * and bytes outside 0x20..0x7e as `\xNN`. `bytearray` wraps this as `bytearray(b'...')`.
 */
export function reprBytes(data: Uint8Array): string {
  return bytesLiteral(data, false);
}

/**
 * `repr(bytearray)`: `bytearray(b'...')`. Unlike bytes, CPython escapes a single quote even inside
 * double quotes (`bytearray(b"it\'s")`).
 */
export function reprByteArray(data: Uint8Array): string {
  return `bytearray(${bytesLiteral(data, true)})`;
}

function bytesLiteral(data: Uint8Array, alwaysEscapeSingle: boolean): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x27) hasSingle = true;
    else if (data[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  const parts: number[] = [0x62, quote];
  let result = '';
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (byte === quote || byte === 0x5c || (alwaysEscapeSingle && byte === 0x27)) {
      parts.push(0x5c, byte);
    } else if (byte === 0x09) parts.push(0x5c, 0x74);
    else if (byte === 0x0a) parts.push(0x5c, 0x6e);
    else if (byte === 0x0d) parts.push(0x5c, 0x72);
    else if (byte < 0x20 || byte >= 0x7f) {
      parts.push(0x5c, 0x78, HEX.charCodeAt(byte >> 4), HEX.charCodeAt(byte & 15));
    } else parts.push(byte);
    if (parts.length > 4096) {
      result += String.fromCharCode(...parts);
      parts.length = 0;
    }
  }
  parts.push(quote);
  return result + String.fromCharCode(...parts);
}
