// The bytes/bytearray algorithms that work on byte sequences: find family, split/rsplit/
// splitlines, strip, replace, partition, padding, expandtabs, translate/maketrans. Results are
// always fresh arrays (never views), so a bytearray result never aliases its source; the object
// model wraps them as bytes or bytearray and parses arguments.

import { checkResultLength } from './code-points.js';
import { PythonError } from './python-error.js';
import { adjustIndices } from './str-search.js';

/** A subsequence argument: bytes-like, or an int naming one byte (range-checked here). */
export type ByteSub = Uint8Array | number;

/** Py_ISSPACE: the ASCII whitespace bytes.split() and bytes.strip() use. */
export function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

function toNeedle(sub: ByteSub): Uint8Array {
  if (typeof sub !== 'number') return sub;
  if (!Number.isInteger(sub) || sub < 0 || sub > 255) {
    throw new PythonError('ValueError', 'byte must be in range(0, 256)');
  }
  return Uint8Array.of(sub);
}

/** Up to this many bytes, a JS copy loop beats Uint8Array.prototype.slice (a species lookup). */
const SHORT_COPY = 64;

/** A fresh copy of `data[start:end]` (offsets already within bounds; empty when end <= start). */
export function copyBytes(data: Uint8Array, start = 0, end = data.length): Uint8Array {
  const length = end - start;
  if (length > SHORT_COPY) return data.slice(start, end);
  const out = new Uint8Array(length > 0 ? length : 0);
  for (let index = 0; index < length; index++) out[index] = data[start + index]!;
  return out;
}

/** Up to this many bytes, a JS scan for one byte beats the native indexOf call. */
const SHORT_SCAN = 128;

/** The first offset of `byte` in `data` at or after `from`, or -1. */
function indexOfByte(data: Uint8Array, byte: number, from: number): number {
  const length = data.length;
  if (length - from > SHORT_SCAN) return data.indexOf(byte, from);
  for (let offset = from; offset < length; offset++) if (data[offset] === byte) return offset;
  return -1;
}

/** The first offset of `needle` (non-empty) wholly inside `[from, to)` of `data`, or -1. */
export function findBytesIn(
  data: Uint8Array,
  needle: Uint8Array,
  from: number,
  to: number,
): number {
  const last = to - needle.length;
  if (last < from) return -1;
  const first = needle[0]!;
  let offset = indexOfByte(data, first, from);
  outer: while (offset !== -1 && offset <= last) {
    for (let i = 1; i < needle.length; i++) {
      if (data[offset + i] !== needle[i]) {
        offset = indexOfByte(data, first, offset + 1);
        continue outer;
      }
    }
    return offset;
  }
  return -1;
}

/** The last offset of `needle` (non-empty) wholly inside `[from, to)` of `data`, or -1. */
export function rfindBytesIn(
  data: Uint8Array,
  needle: Uint8Array,
  from: number,
  to: number,
): number {
  let offset = to - needle.length;
  if (offset < from) return -1;
  const first = needle[0]!;
  offset = data.lastIndexOf(first, offset);
  outer: while (offset >= from) {
    for (let i = 1; i < needle.length; i++) {
      if (data[offset + i] !== needle[i]) {
        offset = offset === 0 ? -1 : data.lastIndexOf(first, offset - 1);
        continue outer;
      }
    }
    return offset;
  }
  return -1;
}

function findIndex(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null,
  end: number | null,
  reverse: boolean,
): number {
  const needle = toNeedle(sub);
  const bounds = adjustIndices(start, end, data.length);
  if (bounds.end - bounds.start < needle.length) return -1;
  if (needle.length === 0) return reverse ? bounds.end : bounds.start;
  return reverse
    ? rfindBytesIn(data, needle, bounds.start, bounds.end)
    : findBytesIn(data, needle, bounds.start, bounds.end);
}

/** `bytes.find(sub[, start[, end]])` */
export function bytesFind(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  return findIndex(data, sub, start, end, false);
}

/** `bytes.rfind(sub[, start[, end]])` */
export function bytesRfind(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  return findIndex(data, sub, start, end, true);
}

/** `bytes.index`: ValueError "subsection not found" when absent. */
export function bytesIndex(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const index = findIndex(data, sub, start, end, false);
  if (index < 0) throw new PythonError('ValueError', 'subsection not found');
  return index;
}

/** `bytes.rindex`: ValueError "subsection not found" when absent. */
export function bytesRindex(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const index = findIndex(data, sub, start, end, true);
  if (index < 0) throw new PythonError('ValueError', 'subsection not found');
  return index;
}

/** `bytes.count(sub[, start[, end]])` */
export function bytesCount(
  data: Uint8Array,
  sub: ByteSub,
  start: number | null = null,
  end: number | null = null,
): number {
  const needle = toNeedle(sub);
  const bounds = adjustIndices(start, end, data.length);
  if (bounds.end - bounds.start < needle.length) return 0;
  if (needle.length === 0) return bounds.end - bounds.start + 1;
  let count = 0;
  let offset = findBytesIn(data, needle, bounds.start, bounds.end);
  while (offset >= 0) {
    count++;
    offset = findBytesIn(data, needle, offset + needle.length, bounds.end);
  }
  return count;
}

function matchesAt(data: Uint8Array, affix: Uint8Array, offset: number): boolean {
  for (let i = 0; i < affix.length; i++) if (data[offset + i] !== affix[i]) return false;
  return true;
}

function tailMatch(
  data: Uint8Array,
  affix: Uint8Array,
  start: number | null,
  end: number | null,
  atEnd: boolean,
): boolean {
  const bounds = adjustIndices(start, end, data.length);
  const lastStart = bounds.end - affix.length;
  if (lastStart < bounds.start) return false;
  if (affix.length === 0) return true;
  return matchesAt(data, affix, atEnd ? lastStart : bounds.start);
}

/** `bytes.startswith(prefix[, start[, end]])` for one prefix (tuples are the object model's). */
export function bytesStartsWith(
  data: Uint8Array,
  prefix: Uint8Array,
  start: number | null = null,
  end: number | null = null,
): boolean {
  return tailMatch(data, prefix, start, end, false);
}

/** `bytes.endswith(suffix[, start[, end]])` for one suffix. */
export function bytesEndsWith(
  data: Uint8Array,
  suffix: Uint8Array,
  start: number | null = null,
  end: number | null = null,
): boolean {
  return tailMatch(data, suffix, start, end, true);
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** `bytes.replace(old, new[, count])`; an empty `old` inserts `new` around every byte. */
export function bytesReplace(
  data: Uint8Array,
  old: Uint8Array,
  replacement: Uint8Array,
  count = -1,
): Uint8Array {
  if (count === 0) return copyBytes(data);
  const parts: Uint8Array[] = [];
  let total = 0;
  if (old.length === 0) {
    const insertions = count < 0 || count > data.length + 1 ? data.length + 1 : count;
    for (let i = 0; i < insertions; i++) {
      parts.push(replacement);
      total += replacement.length;
      if (i < data.length) {
        parts.push(data.subarray(i, i + 1));
        total++;
      }
    }
    const rest = data.subarray(Math.min(insertions, data.length));
    parts.push(rest);
    return concat(parts, total + rest.length);
  }
  // The match offsets first, then one result array filled by copies (no views per piece).
  const matches: number[] = [];
  let remaining = count < 0 ? Number.POSITIVE_INFINITY : count;
  let offset = findBytesIn(data, old, 0, data.length);
  while (offset >= 0 && remaining > 0) {
    matches.push(offset);
    remaining--;
    offset = findBytesIn(data, old, offset + old.length, data.length);
  }
  if (matches.length === 0) return copyBytes(data);
  const out = new Uint8Array(data.length + matches.length * (replacement.length - old.length));
  let previous = 0;
  let position = 0;
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    position = copyInto(out, position, data, previous, match);
    position = copyInto(out, position, replacement, 0, replacement.length);
    previous = match + old.length;
  }
  copyInto(out, position, data, previous, data.length);
  return out;
}

/** Copies `source[start:end)` into `target` at `position`; returns the position after it. */
function copyInto(
  target: Uint8Array,
  position: number,
  source: Uint8Array,
  start: number,
  end: number,
): number {
  const length = end - start;
  if (length > SHORT_COPY) target.set(source.subarray(start, end), position);
  else
    for (let index = 0; index < length; index++) target[position + index] = source[start + index]!;
  return position + length;
}

/** `bytes.split(sep=None, maxsplit=-1)`; `sep` null splits on ASCII whitespace runs. */
export function bytesSplit(data: Uint8Array, sep: Uint8Array | null, maxsplit = -1): Uint8Array[] {
  const result: Uint8Array[] = [];
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  const length = data.length;
  if (sep === null) {
    let offset = 0;
    while (remaining-- > 0) {
      while (offset < length && isAsciiSpace(data[offset]!)) offset++;
      if (offset === length) return result;
      const start = offset;
      while (offset < length && !isAsciiSpace(data[offset]!)) offset++;
      result.push(copyBytes(data, start, offset));
    }
    while (offset < length && isAsciiSpace(data[offset]!)) offset++;
    if (offset < length) result.push(copyBytes(data, offset));
    return result;
  }
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  let start = 0;
  while (remaining-- > 0) {
    const offset = findBytesIn(data, sep, start, length);
    if (offset < 0) break;
    result.push(copyBytes(data, start, offset));
    start = offset + sep.length;
  }
  result.push(copyBytes(data, start));
  return result;
}

/** `bytes.rsplit(sep=None, maxsplit=-1)`: splits counted from the right. */
export function bytesRsplit(data: Uint8Array, sep: Uint8Array | null, maxsplit = -1): Uint8Array[] {
  const result: Uint8Array[] = [];
  let remaining = maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
  if (sep === null) {
    let offset = data.length - 1;
    while (remaining-- > 0) {
      while (offset >= 0 && isAsciiSpace(data[offset]!)) offset--;
      if (offset < 0) return result.reverse();
      const end = offset + 1;
      while (offset >= 0 && !isAsciiSpace(data[offset]!)) offset--;
      result.push(copyBytes(data, offset + 1, end));
    }
    while (offset >= 0 && isAsciiSpace(data[offset]!)) offset--;
    if (offset >= 0) result.push(copyBytes(data, 0, offset + 1));
    return result.reverse();
  }
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  let end = data.length;
  while (remaining-- > 0) {
    const offset = rfindBytesIn(data, sep, 0, end);
    if (offset < 0) break;
    result.push(copyBytes(data, offset + sep.length, end));
    end = offset;
  }
  result.push(copyBytes(data, 0, end));
  return result.reverse();
}

/** `bytes.splitlines(keepends=False)`: only \n, \r and \r\n end lines. */
export function bytesSplitLines(data: Uint8Array, keepends = false): Uint8Array[] {
  const result: Uint8Array[] = [];
  let offset = 0;
  while (offset < data.length) {
    const start = offset;
    while (offset < data.length && data[offset] !== 0x0a && data[offset] !== 0x0d) offset++;
    let lineEnd = offset;
    if (offset < data.length) {
      offset += data[offset] === 0x0d && data[offset + 1] === 0x0a ? 2 : 1;
      if (keepends) lineEnd = offset;
    }
    result.push(copyBytes(data, start, lineEnd));
  }
  return result;
}

/** `bytes.strip/lstrip/rstrip([chars])`; `left`/`right` pick the ends, null chars = whitespace. */
export function bytesStrip(
  data: Uint8Array,
  chars: Uint8Array | null,
  left = true,
  right = true,
): Uint8Array {
  let start = 0;
  let end = data.length;
  const strips = chars === null ? isAsciiSpace : (byte: number): boolean => chars.includes(byte);
  if (left) while (start < end && strips(data[start]!)) start++;
  if (right) while (end > start && strips(data[end - 1]!)) end--;
  return copyBytes(data, start, end);
}

/** `bytes.partition(sep)`: [before, sep, after] or [data, b'', b'']. */
export function bytesPartition(
  data: Uint8Array,
  sep: Uint8Array,
): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  const offset = findBytesIn(data, sep, 0, data.length);
  if (offset < 0) return [copyBytes(data), new Uint8Array(0), new Uint8Array(0)];
  return [copyBytes(data, 0, offset), copyBytes(sep), copyBytes(data, offset + sep.length)];
}

/** `bytes.rpartition(sep)`: [before, sep, after] at the last sep, or [b'', b'', data]. */
export function bytesRpartition(
  data: Uint8Array,
  sep: Uint8Array,
): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) throw new PythonError('ValueError', 'empty separator');
  const offset = rfindBytesIn(data, sep, 0, data.length);
  if (offset < 0) return [new Uint8Array(0), new Uint8Array(0), copyBytes(data)];
  return [copyBytes(data, 0, offset), copyBytes(sep), copyBytes(data, offset + sep.length)];
}

/** `bytes.removeprefix(prefix)` */
export function bytesRemovePrefix(data: Uint8Array, prefix: Uint8Array): Uint8Array {
  if (prefix.length > 0 && prefix.length <= data.length && matchesAt(data, prefix, 0)) {
    return copyBytes(data, prefix.length);
  }
  return copyBytes(data);
}

/** `bytes.removesuffix(suffix)` */
export function bytesRemoveSuffix(data: Uint8Array, suffix: Uint8Array): Uint8Array {
  const offset = data.length - suffix.length;
  if (suffix.length > 0 && offset >= 0 && matchesAt(data, suffix, offset))
    return copyBytes(data, 0, offset);
  return copyBytes(data);
}

/**
 * TypeError for a bad fill argument of bytes.center/ljust/rjust, e.g.
 * "center() argument 2 must be a byte string of length 1, not bytes".
 */
export function fillByteError(method: 'center' | 'ljust' | 'rjust', typeName: string): PythonError {
  return new PythonError(
    'TypeError',
    `${method}() argument 2 must be a byte string of length 1, not ${typeName}`,
  );
}

function pad(data: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  checkResultLength(left + data.length + right);
  const out = new Uint8Array(left + data.length + right);
  out.fill(fill, 0, left);
  out.set(data, left);
  out.fill(fill, left + data.length);
  return out;
}

/** `bytes.center(width[, fillbyte])`: as str.center, the odd extra fill goes left for odd widths. */
export function bytesCenter(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  const margin = width - data.length;
  if (margin <= 0) return copyBytes(data);
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return pad(data, left, margin - left, fill);
}

/** `bytes.ljust(width[, fillbyte])` */
export function bytesLjust(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  return width <= data.length ? copyBytes(data) : pad(data, 0, width - data.length, fill);
}

/** `bytes.rjust(width[, fillbyte])` */
export function bytesRjust(data: Uint8Array, width: number, fill = 0x20): Uint8Array {
  return width <= data.length ? copyBytes(data) : pad(data, width - data.length, 0, fill);
}

/** `bytes.zfill(width)`: zeros after a leading + or -. */
export function bytesZfill(data: Uint8Array, width: number): Uint8Array {
  const margin = width - data.length;
  if (margin <= 0) return copyBytes(data);
  const out = pad(data, margin, 0, 0x30);
  const first = data[0];
  if (first === 0x2b || first === 0x2d) {
    out[0] = first;
    out[margin] = 0x30;
  }
  return out;
}

/** `bytes.expandtabs(tabsize=8)`: columns count bytes and restart after \n and \r. */
export function bytesExpandTabs(data: Uint8Array, tabsize = 8): Uint8Array {
  const out: number[] = [];
  let column = 0;
  for (const byte of data) {
    if (byte === 0x09) {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        column += spaces;
        checkResultLength(out.length + spaces);
        for (let i = 0; i < spaces; i++) out.push(0x20);
      }
    } else {
      out.push(byte);
      column = byte === 0x0a || byte === 0x0d ? 0 : column + 1;
    }
  }
  return Uint8Array.from(out);
}

/**
 * `bytes.translate(table, delete=b'')`: `table` null keeps bytes; otherwise it must hold 256
 * entries (ValueError "translation table must be 256 characters long").
 */
export function bytesTranslate(
  data: Uint8Array,
  table: Uint8Array | null,
  deleteBytes: Uint8Array | null = null,
): Uint8Array {
  if (table !== null && table.length !== 256) {
    throw new PythonError('ValueError', 'translation table must be 256 characters long');
  }
  const deleted = new Uint8Array(256);
  if (deleteBytes !== null) for (const byte of deleteBytes) deleted[byte] = 1;
  const out = new Uint8Array(data.length);
  let length = 0;
  for (const byte of data) {
    if (deleted[byte] === 1) continue;
    out[length++] = table === null ? byte : table[byte]!;
  }
  return out.slice(0, length);
}

/** `bytes.maketrans(from, to)`: a 256-byte table mapping each byte of `from` to `to`'s. */
export function bytesMaketrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) {
    throw new PythonError('ValueError', 'maketrans arguments must have same length');
  }
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i]!] = to[i]!;
  return table;
}
