// Decoding of str and bytes literal bodies: prefixes, every backslash escape, \N{NAME} through the
// generated name table, and CPython's exact error texts. Concatenation and f-strings: parse-fstrings.ts.

import { lookupUnicodeName } from './unicode-names.js';

/** What a string token's prefix says. */
export interface StringPrefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly fstring: boolean;
  /** A `u` prefix: Constant.kind becomes 'u'. */
  readonly unicode: boolean;
  /** Number of prefix characters. */
  readonly length: number;
}

/**
 * A literal that cannot be decoded. `message` is CPython's full SyntaxError text; `atToken` says
 * CPython reports it at the string token itself rather than after the string group.
 */
export class StringLiteralError extends Error {
  readonly atToken: boolean;
  constructor(message: string, atToken = false) {
    super(message);
    this.atToken = atToken;
  }
}

/** Reads the prefix letters (any case, any order CPython accepts) of a string token's text. */
export function readPrefix(text: string): StringPrefix {
  let raw = false;
  let bytes = false;
  let fstring = false;
  let unicode = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 0x72) raw = true;
    else if (c === 0x62) bytes = true;
    else if (c === 0x66) fstring = true;
    else if (c === 0x75) unicode = true;
    else break;
  }
  return { raw, bytes, fstring, unicode, length: i };
}

/**
 * The body of a plain (non-f) string token: the text between the quotes.
 * `prefixLength` is from {@link readPrefix}.
 */
export function stringBody(text: string, prefixLength: number): string {
  const quote = text.charCodeAt(prefixLength);
  const triple =
    text.length - prefixLength >= 6 &&
    text.charCodeAt(prefixLength + 1) === quote &&
    text.charCodeAt(prefixLength + 2) === quote;
  const q = triple ? 3 : 1;
  return text.slice(prefixLength + q, text.length - q);
}

/** Universal newlines: CPython reads source with \r\n and \r turned into \n. */
function normalizeNewlines(body: string): string {
  return body.indexOf('\r') < 0 ? body : body.replace(/\r\n?/g, '\n');
}

/**
 * Decodes a str literal body (escapes unless `raw`).
 * @throws StringLiteralError with CPython's "(unicode error) 'unicodeescape' codec ..." text.
 */
export function decodeStr(body: string, raw: boolean): string {
  body = normalizeNewlines(body);
  if (raw || body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  let chunkStart = 0;
  const n = body.length;
  while (i < n) {
    if (body.charCodeAt(i) !== 0x5c) {
      i++;
      continue;
    }
    out += body.slice(chunkStart, i);
    const escStart = i;
    i++;
    if (i >= n) {
      // A lone trailing backslash cannot be tokenized; keep it literally.
      out += '\\';
      chunkStart = i;
      break;
    }
    const c = body[i]!;
    i++;
    switch (c) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        let value = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i) - 48;
          if (d < 0 || d > 7) break;
          value = value * 8 + d;
          i++;
        }
        out += String.fromCodePoint(value);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        const digits = c === 'x' ? 2 : c === 'u' ? 4 : 8;
        let value = 0;
        let count = 0;
        for (; count < digits && i < n; count++) {
          const h = hexValue(body.charCodeAt(i));
          if (h < 0) break;
          value = value * 16 + h;
          i++;
        }
        if (count < digits) {
          const what =
            c === 'x'
              ? 'truncated \\xXX escape'
              : c === 'u'
                ? 'truncated \\uXXXX escape'
                : 'truncated \\UXXXXXXXX escape';
          throw unicodeEscapeError(body, escStart, i, what);
        }
        if (value > 0x10ffff)
          throw unicodeEscapeError(body, escStart, i, 'illegal Unicode character');
        out += String.fromCodePoint(value);
        break;
      }
      case 'N': {
        if (body[i] !== '{')
          throw unicodeEscapeError(body, escStart, i, 'malformed \\N character escape');
        const close = body.indexOf('}', i + 1);
        if (close < 0 || close === i + 1) {
          // CPython scans the longest run of name characters before giving up.
          let stop = i + 1;
          while (
            stop < n &&
            body[stop] !== '}' &&
            body[stop] !== '\\' &&
            body[stop] !== '"' &&
            body[stop] !== "'"
          )
            stop++;
          throw unicodeEscapeError(
            body,
            escStart,
            close === i + 1 ? close + 1 : stop,
            'malformed \\N character escape',
          );
        }
        const name = body.slice(i + 1, close);
        const cp = lookupUnicodeName(name);
        if (cp === undefined)
          throw unicodeEscapeError(body, escStart, close + 1, 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // Unknown escapes stay as written (CPython only warns).
        out += `\\${c}`;
        if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && i < n) out += body[i++];
        break;
    }
    chunkStart = i;
  }
  out += body.slice(chunkStart);
  return out;
}

/**
 * Decodes a bytes literal body (escapes unless `raw`).
 * @throws StringLiteralError for non-ASCII characters or a bad \x escape, with CPython's text.
 */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  body = normalizeNewlines(body);
  const n = body.length;
  for (let k = 0; k < n; k++) {
    if (body.charCodeAt(k) > 0x7f) {
      throw new StringLiteralError('bytes can only contain ASCII literal characters', true);
    }
  }
  const out = new Uint8Array(n);
  let len = 0;
  if (raw || body.indexOf('\\') < 0) {
    for (let k = 0; k < n; k++) out[k] = body.charCodeAt(k);
    return out;
  }
  let i = 0;
  while (i < n) {
    const ch = body.charCodeAt(i);
    if (ch !== 0x5c) {
      out[len++] = ch;
      i++;
      continue;
    }
    const escStart = i;
    i++;
    if (i >= n) {
      out[len++] = 0x5c;
      break;
    }
    const c = body[i]!;
    i++;
    switch (c) {
      case '\n':
        break;
      case '\\':
        out[len++] = 0x5c;
        break;
      case "'":
        out[len++] = 0x27;
        break;
      case '"':
        out[len++] = 0x22;
        break;
      case 'a':
        out[len++] = 7;
        break;
      case 'b':
        out[len++] = 8;
        break;
      case 'f':
        out[len++] = 12;
        break;
      case 'n':
        out[len++] = 10;
        break;
      case 'r':
        out[len++] = 13;
        break;
      case 't':
        out[len++] = 9;
        break;
      case 'v':
        out[len++] = 11;
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        let value = c.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n; k++) {
          const d = body.charCodeAt(i) - 48;
          if (d < 0 || d > 7) break;
          value = value * 8 + d;
          i++;
        }
        out[len++] = value & 0xff;
        break;
      }
      case 'x': {
        const h1 = i < n ? hexValue(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) {
          throw new StringLiteralError(`(value error) invalid \\x escape at position ${escStart}`);
        }
        out[len++] = h1 * 16 + h2;
        i += 2;
        break;
      }
      default:
        out[len++] = 0x5c;
        out[len++] = c.charCodeAt(0);
        break;
    }
  }
  return out.slice(0, len);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/**
 * CPython decodes a non-raw str by first rewriting each non-ASCII character as a 10-byte
 * `\UXXXXXXXX` escape, so error positions count those bytes.
 */
function escapedBytePosition(body: string, index: number): number {
  let pos = 0;
  for (let k = 0; k < index; k++) {
    const unit = body.charCodeAt(k);
    if (unit < 0x80) pos++;
    else if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    else pos += 10;
  }
  return pos;
}

function unicodeEscapeError(
  body: string,
  start: number,
  end: number,
  reason: string,
): StringLiteralError {
  const from = escapedBytePosition(body, start);
  const to = escapedBytePosition(body, end);
  const where =
    to - from === 1
      ? `byte 0x${body.charCodeAt(start).toString(16).padStart(2, '0')} in position ${from}`
      : `bytes in position ${from}-${to - 1}`;
  return new StringLiteralError(
    `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`,
  );
}
