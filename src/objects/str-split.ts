// str.split/rsplit (whitespace and separator modes, maxsplit) and str.splitlines, as CPython's
// stringlib does them. Results are JS arrays; the object model wraps them in a list.

import { PythonError } from './python-error.js';
import { isLineBreakCodePoint, isSpaceCodePoint } from './str-predicates.js';
import { findUnits, needsPairCheck, rfindUnits } from './str-search.js';

/** Whitespace test on one UTF-16 unit: no astral code point is whitespace, so units suffice. */
function isSpaceUnit(unit: number): boolean {
  // Printable ASCII other than the space is the common case: decided without a call.
  if (unit > 0x20 && unit < 0x7f) return false;
  return unit === 0x20 || isSpaceCodePoint(unit);
}

/** Runs of Py_UNICODE_ISSPACE whitespace (JS `\s` differs: it has U+FEFF, lacks \x1c-\x1f, \x85). */
const WHITESPACE_RUN = /[\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** From this many units, the engine's native regex split beats a JS scan (also before tier-up). */
const NATIVE_SPLIT_UNITS = 256;

/**
 * `str.split()` with no separator: runs of whitespace separate, leading/trailing whitespace is
 * dropped; after `maxsplit` splits (negative: no limit) the rest is kept minus leading whitespace.
 */
export function splitWhitespace(text: string, maxsplit: number): string[] {
  if (maxsplit < 0 && text.length >= NATIVE_SPLIT_UNITS) {
    // A run at either end yields one empty piece there; runs inside never do.
    const pieces = text.split(WHITESPACE_RUN);
    if (pieces[pieces.length - 1] === '') pieces.pop();
    if (pieces.length > 0 && pieces[0] === '') pieces.shift();
    return pieces;
  }
  const result: string[] = [];
  const length = text.length;
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  let offset = 0;
  while (remaining-- > 0) {
    while (offset < length && isSpaceUnit(text.charCodeAt(offset))) offset++;
    if (offset === length) return result;
    const start = offset;
    offset++;
    while (offset < length && !isSpaceUnit(text.charCodeAt(offset))) offset++;
    result.push(text.slice(start, offset));
  }
  while (offset < length && isSpaceUnit(text.charCodeAt(offset))) offset++;
  if (offset < length) result.push(text.slice(offset));
  return result;
}

/** `str.rsplit()` with no separator: as splitWhitespace, counting splits from the right. */
export function rsplitWhitespace(text: string, maxsplit: number): string[] {
  const result: string[] = [];
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  let offset = text.length - 1;
  while (remaining-- > 0) {
    while (offset >= 0 && isSpaceUnit(text.charCodeAt(offset))) offset--;
    if (offset < 0) return result.reverse();
    const end = offset + 1;
    offset--;
    while (offset >= 0 && !isSpaceUnit(text.charCodeAt(offset))) offset--;
    result.push(text.slice(offset + 1, end));
  }
  while (offset >= 0 && isSpaceUnit(text.charCodeAt(offset))) offset--;
  if (offset >= 0) result.push(text.slice(0, offset + 1));
  return result.reverse();
}

/**
 * `str.split(sep, maxsplit)`: `sep` null splits on whitespace; an empty `sep` is
 * ValueError "empty separator"; a negative `maxsplit` means no limit.
 */
export function strSplit(text: string, sep: string | null, maxsplit = -1): string[] {
  if (sep === null) return splitWhitespace(text, maxsplit);
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  if (maxsplit < 0 && !needsPairCheck(sep)) {
    // A loop of native searches beats String.prototype.split on the short strings programs split.
    let offset = text.indexOf(sep);
    if (offset < 0) return [text];
    const parts: string[] = [];
    const width = sep.length;
    let from = 0;
    while (offset >= 0) {
      parts.push(text.slice(from, offset));
      from = offset + width;
      offset = text.indexOf(sep, from);
    }
    parts.push(text.slice(from));
    return parts;
  }
  const result: string[] = [];
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  let start = 0;
  while (remaining-- > 0) {
    const offset = findUnits(text, sep, start, text.length);
    if (offset < 0) break;
    result.push(text.slice(start, offset));
    start = offset + sep.length;
  }
  result.push(text.slice(start));
  return result;
}

/** `str.rsplit(sep, maxsplit)`: as strSplit, counting splits from the right. */
export function strRsplit(text: string, sep: string | null, maxsplit = -1): string[] {
  if (sep === null) return rsplitWhitespace(text, maxsplit);
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  // Splitting from the left is the same only when the separator cannot overlap itself.
  if (maxsplit < 0 && sep.length === 1 && !needsPairCheck(sep)) return strSplit(text, sep);
  const result: string[] = [];
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  let end = text.length;
  while (remaining-- > 0) {
    const offset = rfindUnits(text, sep, 0, end);
    if (offset < 0) break;
    result.push(text.slice(offset + sep.length, end));
    end = offset;
  }
  result.push(text.slice(0, end));
  return result.reverse();
}

/**
 * `str.splitlines(keepends)`: splits at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028 and
 * \u2029; no empty line after a final line break.
 */
export function splitLines(text: string, keepends = false): string[] {
  const result: string[] = [];
  const length = text.length;
  let offset = 0;
  while (offset < length) {
    const start = offset;
    while (offset < length && !isLineBreakUnit(text.charCodeAt(offset))) offset++;
    let lineEnd = offset;
    if (offset < length) {
      if (text.charCodeAt(offset) === 0x0d && text.charCodeAt(offset + 1) === 0x0a) offset += 2;
      else offset++;
      if (keepends) lineEnd = offset;
    }
    result.push(text.slice(start, lineEnd));
  }
  return result;
}

function isLineBreakUnit(unit: number): boolean {
  return unit <= 0x0d ? unit >= 0x0a : isLineBreakCodePoint(unit);
}
