// Code-point arithmetic over JS strings: Python counts code points where JS counts UTF-16 units.
// Helpers for length, index <-> offset, slicing and iteration; long strings holding surrogates get
// a small cached index so `s[i]`, `len(s)` and slices stay O(1)-ish in loops, as in CPython.

import { PythonError } from './python-error.js';

const SURROGATE = /[\uD800-\uDFFF]/;

/** From this many UTF-16 units a string's code-point facts are cached (below, a scan is cheap). */
const INDEXED_MIN_UNITS = 256;
/** The cache holds this many strings (loops that index two or three strings alternately). */
const INDEX_SLOTS = 4;
/** A checkpoint every 2**STRIDE_BITS code points. */
const STRIDE_BITS = 6;
const STRIDE_MASK = (1 << STRIDE_BITS) - 1;
const indexedTexts: string[] = ['', '', '', ''];
const indexedFree: boolean[] = [true, true, true, true];
const indexedLengths: number[] = [0, 0, 0, 0];
/** The UTF-16 offset of every STRIDE-th code point (null for surrogate-free text). */
const indexedCheckpoints: (Int32Array | null)[] = [null, null, null, null];
let nextIndexSlot = 0;

/**
 * The cache slot describing a long string (`text.length >= INDEXED_MIN_UNITS`), filled on a miss
 * with one regex test and, when the text holds surrogates, one pass recording its code-point
 * length and checkpoints.
 */
function indexSlot(text: string): number {
  for (let slot = 0; slot < INDEX_SLOTS; slot++) {
    if (indexedTexts[slot] === text) return slot;
  }
  const slot = nextIndexSlot;
  nextIndexSlot = (slot + 1) % INDEX_SLOTS;
  indexedTexts[slot] = text;
  if (!SURROGATE.test(text)) {
    indexedFree[slot] = true;
    indexedLengths[slot] = text.length;
    indexedCheckpoints[slot] = null;
    return slot;
  }
  const units = text.length;
  const checkpoints = new Int32Array((units >> STRIDE_BITS) + 2);
  let offset = 0;
  let count = 0;
  while (offset < units) {
    if ((count & STRIDE_MASK) === 0) checkpoints[count >> STRIDE_BITS] = offset;
    const unit = text.charCodeAt(offset++);
    if (unit >= 0xd800 && unit <= 0xdbff && offset < units) {
      const next = text.charCodeAt(offset);
      if (next >= 0xdc00 && next <= 0xdfff) offset++;
    }
    count++;
  }
  if ((count & STRIDE_MASK) === 0) checkpoints[count >> STRIDE_BITS] = units;
  indexedFree[slot] = false;
  indexedLengths[slot] = count;
  indexedCheckpoints[slot] = checkpoints;
  return slot;
}

/**
 * True when `text` is known to hold no surrogates without scanning a long string: a short one is
 * tested, a long one only answers from the cache.
 */
function knownAstralFree(text: string): boolean {
  if (text.length < INDEXED_MIN_UNITS) return !SURROGATE.test(text);
  for (let slot = 0; slot < INDEX_SLOTS; slot++) {
    if (indexedTexts[slot] === text) return indexedFree[slot]!;
  }
  return false;
}

/**
 * Records that `result` (`left + right`) has no surrogates when neither part has any, so `len()`
 * of a string grown by `+=` needs no scan (a scan would also flatten the engine's rope on every
 * step, making such loops quadratic). For the VM's str concatenation, which calls it for every
 * result (a short one returns at once); a part whose answer is not known (long and not cached)
 * records nothing.
 */
export function noteConcatenation(left: string, right: string, result: string): void {
  if (result.length < INDEXED_MIN_UNITS) return;
  if (!knownAstralFree(left) || !knownAstralFree(right)) return;
  const slot = nextIndexSlot;
  nextIndexSlot = (slot + 1) % INDEX_SLOTS;
  indexedTexts[slot] = result;
  indexedFree[slot] = true;
  indexedLengths[slot] = result.length;
  indexedCheckpoints[slot] = null;
}

/**
 * `isAstralFree` for strings that are indexed repeatedly: a long string's answer is cached with
 * its code-point index (the last few long strings asked about).
 */
export function isAstralFreeCached(text: string): boolean {
  return text.length < INDEXED_MIN_UNITS ? !SURROGATE.test(text) : indexedFree[indexSlot(text)]!;
}

/** The longest string V8 can hold (2**29 - 24 UTF-16 units); longer results are MemoryError. */
export const MAX_STRING_UNITS = 0x1fffffe8;

/**
 * Throw MemoryError (empty message, as CPython's allocation failure) when a result of `units`
 * UTF-16 units (or bytes) cannot be built, instead of letting the JS engine throw RangeError.
 */
export function checkResultLength(units: number): void {
  if (units > MAX_STRING_UNITS) throw new PythonError('MemoryError', '');
}

/**
 * True when the string holds no surrogate code unit, so UTF-16 offsets equal code-point indices.
 * This is the fast-path test every code-point operation starts with.
 */
export function isAstralFree(text: string): boolean {
  return !SURROGATE.test(text);
}

/** True for a UTF-16 high (leading) surrogate unit. */
export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** True for a UTF-16 low (trailing) surrogate unit. */
export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The number of code points (Python's `len`). A lone surrogate counts as one code point, as it is
 * one in a Python str; a high surrogate followed by a low one is one (astral) code point.
 */
export function codePointLength(text: string): number {
  if (text.length >= INDEXED_MIN_UNITS) return indexedLengths[indexSlot(text)]!;
  // The regex scan is several times faster than a charCodeAt loop in V8.
  if (!SURROGATE.test(text)) return text.length;
  const units = text.length;
  let pairs = 0;
  for (let offset = 0; offset < units - 1; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        offset++;
      }
    }
  }
  return units - pairs;
}

/** The number of UTF-16 units of the code point starting at `offset` (1 or 2). */
export function unitsAt(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** The code point starting at UTF-16 `offset` (a lone surrogate is returned as itself). */
export function codePointAtOffset(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff)
      return ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
  }
  return unit;
}

/** The code point that ends just before UTF-16 `offset` (offset > 0). */
export function codePointBeforeOffset(text: string, offset: number): number {
  const unit = text.charCodeAt(offset - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && offset >= 2) {
    const previous = text.charCodeAt(offset - 2);
    if (previous >= 0xd800 && previous <= 0xdbff) {
      return ((previous - 0xd800) << 10) + (unit - 0xdc00) + 0x10000;
    }
  }
  return unit;
}

/**
 * The UTF-16 offset of code point number `index` (0 <= index <= length; `length` maps to
 * `text.length`). Indices past the end map to `text.length`.
 */
export function offsetOfIndex(text: string, index: number): number {
  if (index <= 0) return 0;
  const units = text.length;
  let offset = 0;
  let count = 0;
  if (units >= INDEXED_MIN_UNITS) {
    const slot = indexSlot(text);
    const checkpoints = indexedCheckpoints[slot]!;
    if (checkpoints === null) return Math.min(index, units);
    if (index >= indexedLengths[slot]!) return units;
    // Start from the checkpoint at or before the index: at most STRIDE - 1 steps remain.
    offset = checkpoints[index >> STRIDE_BITS]!;
    count = index & ~STRIDE_MASK;
  } else if (!SURROGATE.test(text)) {
    return Math.min(index, units);
  }
  while (count < index && offset < units) {
    const unit = text.charCodeAt(offset);
    offset++;
    if (unit >= 0xd800 && unit <= 0xdbff && offset < units) {
      const next = text.charCodeAt(offset);
      if (next >= 0xdc00 && next <= 0xdfff) offset++;
    }
    count++;
  }
  return offset;
}

/** The code-point index of UTF-16 `offset`, which must lie on a code-point boundary. */
export function indexOfOffset(text: string, offset: number): number {
  let pairs = 0;
  let position = 0;
  if (text.length >= INDEXED_MIN_UNITS && offset > 32) {
    const slot = indexSlot(text);
    const checkpoints = indexedCheckpoints[slot]!;
    if (checkpoints === null) return offset;
    // The last checkpoint at or before `offset` (binary search), then a short scan from there.
    let low = 0;
    let high = (indexedLengths[slot]! - 1) >> STRIDE_BITS;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (checkpoints[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    position = checkpoints[low]!;
    // Units minus code points before the checkpoint: the pairs already passed.
    pairs = position - (low << STRIDE_BITS);
  } else if (offset > 32 && !SURROGATE.test(text)) {
    // A short prefix is scanned directly (cheaper than a regex call); a long one only when needed.
    return offset;
  }
  for (; position < offset - 1; position++) {
    const unit = text.charCodeAt(position);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(position + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        position++;
      }
    }
  }
  return offset - pairs;
}

/**
 * The one-code-point string at code-point `index` (0 <= index < length, already normalised by the
 * caller); Python's `s[i]`.
 */
export function charAtIndex(text: string, index: number): string {
  if (isAstralFreeCached(text)) return text.charAt(index);
  const offset = offsetOfIndex(text, index);
  return text.slice(offset, offset + unitsAt(text, offset));
}

/** `s[start:stop]` for normalised code-point indices (0 <= start, stop <= length). */
export function sliceByIndex(text: string, start: number, stop: number): string {
  if (stop <= start) return '';
  if (isAstralFreeCached(text)) return text.slice(start, stop);
  const from = offsetOfIndex(text, start);
  let offset = from;
  for (let count = start; count < stop && offset < text.length; count++) {
    offset += unitsAt(text, offset);
  }
  return text.slice(from, offset);
}

/** The result of `slice.indices(length)` plus the number of items selected. */
export interface SliceBounds {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly count: number;
}

/**
 * CPython's `PySlice_AdjustIndices`: clamp `start`/`stop` (null for None) against `length` for
 * `step` (non-zero; the caller raises "slice step cannot be zero") and count the selected items.
 * Callers clamp big ints to +-2**53 first; the clamping here makes any such value safe.
 */
export function adjustSlice(
  length: number,
  start: number | null,
  stop: number | null,
  step: number,
): SliceBounds {
  let from: number;
  let to: number;
  if (step > 0) {
    from = start === null ? 0 : start < 0 ? Math.max(start + length, 0) : Math.min(start, length);
    to = stop === null ? length : stop < 0 ? Math.max(stop + length, 0) : Math.min(stop, length);
    const count = to > from ? Math.floor((to - from - 1) / step) + 1 : 0;
    return { start: from, stop: to, step, count };
  }
  from =
    start === null
      ? length - 1
      : start < 0
        ? Math.max(start + length, -1)
        : Math.min(start, length - 1);
  to = stop === null ? -1 : stop < 0 ? Math.max(stop + length, -1) : Math.min(stop, length - 1);
  const count = from > to ? Math.floor((from - to - 1) / -step) + 1 : 0;
  return { start: from, stop: to, step, count };
}

/**
 * `s[start:stop:step]` for bounds from `adjustSlice` (so `count` items starting at `start`).
 */
export function sliceWithStep(text: string, bounds: SliceBounds): string {
  const { start, step, count } = bounds;
  if (count <= 0) return '';
  if (step === 1) return sliceByIndex(text, start, start + count);
  if (isAstralFreeCached(text)) {
    if (count === 1) return text.charAt(start);
    let result = '';
    for (let i = 0, index = start; i < count; i++, index += step) result += text[index];
    return result;
  }
  const points = toCodePoints(text);
  let result = '';
  for (let i = 0, index = start; i < count; i++, index += step) {
    result += String.fromCodePoint(points[index]!);
  }
  return result;
}

/** The code points of a string, in order (lone surrogates included as themselves). */
export function toCodePoints(text: string): number[] {
  const points: number[] = [];
  const units = text.length;
  for (let offset = 0; offset < units; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < units) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        points.push(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        offset++;
        continue;
      }
    }
    points.push(unit);
  }
  return points;
}

/**
 * Build a string from code points. Unlike `String.fromCodePoint` this accepts surrogate code
 * points (Python strs may hold them) and never overflows the argument stack.
 */
export function fromCodePoints(points: ArrayLike<number>, start = 0, end = points.length): string {
  let result = '';
  const chunk: number[] = [];
  for (let i = start; i < end; i++) {
    const point = points[i]!;
    if (point > 0xffff) {
      const shifted = point - 0x10000;
      chunk.push(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
    } else {
      chunk.push(point);
    }
    if (chunk.length >= 4096) {
      result += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) result += String.fromCharCode(...chunk);
  return result;
}

/** The string of one code point (surrogate code points allowed). */
export function codePointToString(point: number): string {
  if (point > 0xffff) {
    const shifted = point - 0x10000;
    return String.fromCharCode(0xd800 + (shifted >> 10), 0xdc00 + (shifted & 0x3ff));
  }
  return String.fromCharCode(point);
}

/**
 * Call `visit` with each code point and its UTF-16 offset; stops early when `visit` returns false.
 * Allocation-free, so hot loops can use it instead of `for...of`.
 */
export function forEachCodePoint(
  text: string,
  visit: (point: number, offset: number) => boolean | undefined,
): void {
  const units = text.length;
  let offset = 0;
  while (offset < units) {
    const point = codePointAtOffset(text, offset);
    if (visit(point, offset) === false) return;
    offset += point > 0xffff ? 2 : 1;
  }
}

/**
 * Compare two strings by code points, as Python's `<` on str does (-1, 0 or 1). JS's `<` compares
 * UTF-16 units, which orders U+E000..U+FFFF after astral characters; this corrects that.
 */
export function compareCodePoints(left: string, right: string): number {
  if (left === right) return 0;
  if (!SURROGATE.test(left) && !SURROGATE.test(right)) return left < right ? -1 : 1;
  const length = Math.min(left.length, right.length);
  let offset = 0;
  while (offset < length && left.charCodeAt(offset) === right.charCodeAt(offset)) offset++;
  if (offset === length) return left.length < right.length ? -1 : 1;
  // Compare whole code points: step back if the first difference is inside a surrogate pair.
  let start = offset;
  const previous = start > 0 ? left.charCodeAt(start - 1) : 0;
  if (previous >= 0xd800 && previous <= 0xdbff) start--;
  let a = codePointAtOffset(left, start);
  let b = codePointAtOffset(right, start);
  if (a === b) {
    // Both were the same lone high surrogate; the difference is in the next code point.
    a = codePointAtOffset(left, offset);
    b = codePointAtOffset(right, offset);
  }
  return a < b ? -1 : 1;
}
