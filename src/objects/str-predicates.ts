// The str predicates (isalpha ... isidentifier) and the per-code-point tests other str algorithms
// share (whitespace, line breaks, decimal digits). Argument checking is the object model's job.

import { codePointDecimal, codePointFlags, UnicodeFlag } from './unicode-data.js';

const F = UnicodeFlag;

/** Flags of the ASCII range, computed from simple rules so ASCII work never loads the tables. */
const ASCII_FLAGS: Uint16Array = (() => {
  const flags = new Uint16Array(128);
  for (let point = 0; point < 128; point++) {
    let bits = 0;
    const upper = point >= 0x41 && point <= 0x5a;
    const lower = point >= 0x61 && point <= 0x7a;
    const digit = point >= 0x30 && point <= 0x39;
    if (upper) bits |= F.UPPER | F.CASED | F.ALPHA | F.XID_START | F.XID_CONTINUE;
    if (lower) bits |= F.LOWER | F.CASED | F.ALPHA | F.XID_START | F.XID_CONTINUE;
    if (digit) bits |= F.DECIMAL | F.DIGIT | F.NUMERIC | F.XID_CONTINUE;
    if (point === 0x5f) bits |= F.XID_CONTINUE;
    // Case-ignorable ASCII: apostrophe, full stop, colon, circumflex, grave accent.
    if (point === 0x27 || point === 0x2e || point === 0x3a || point === 0x5e || point === 0x60) {
      bits |= F.CASE_IGNORABLE;
    }
    if ((point >= 0x09 && point <= 0x0d) || (point >= 0x1c && point <= 0x20)) bits |= F.SPACE;
    if ((point >= 0x0a && point <= 0x0d) || (point >= 0x1c && point <= 0x1e)) bits |= F.LINEBREAK;
    if (point >= 0x20 && point < 0x7f) bits |= F.PRINTABLE;
    flags[point] = bits;
  }
  return flags;
})();

/** The UnicodeFlag bits of a code point, without touching the tables for ASCII. */
export function flagsOf(point: number): number {
  return point < 128 ? ASCII_FLAGS[point]! : codePointFlags(point);
}

/** `Py_UNICODE_ISSPACE`: the whitespace str.split() and str.strip() recognise. */
export function isSpaceCodePoint(point: number): boolean {
  if (point < 128) return (ASCII_FLAGS[point]! & F.SPACE) !== 0;
  // The non-ASCII whitespace of Unicode 14 (Zs plus bidi classes B, S, WS); the full-range test
  // pins this list against CPython.
  if (point < 0x1680) return point === 0x85 || point === 0xa0;
  if (point < 0x2000) return point === 0x1680;
  if (point <= 0x200a) return true;
  return (
    point === 0x2028 || point === 0x2029 || point === 0x202f || point === 0x205f || point === 0x3000
  );
}

/** `Py_UNICODE_ISLINEBREAK`: the boundaries str.splitlines() recognises. */
export function isLineBreakCodePoint(point: number): boolean {
  switch (point) {
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x1c:
    case 0x1d:
    case 0x1e:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return true;
    default:
      return false;
  }
}

/** `Py_UNICODE_ISPRINTABLE`: what repr() leaves unescaped. */
export function isPrintableCodePoint(point: number): boolean {
  return (flagsOf(point) & F.PRINTABLE) !== 0;
}

/** The decimal value (0-9) of a code point, or -1; what int() and float() accept as digits. */
export function decimalValueOf(point: number): number {
  if (point < 128) return point >= 0x30 && point <= 0x39 ? point - 0x30 : -1;
  return codePointDecimal(point);
}

/** True when every code point of a non-empty string has one of `mask`'s bits. */
function everyHas(text: string, mask: number): boolean {
  const units = text.length;
  if (units === 0) return false;
  for (let offset = 0; offset < units; offset++) {
    let point = text.charCodeAt(offset);
    if (point < 128) {
      if ((ASCII_FLAGS[point]! & mask) === 0) return false;
      continue;
    }
    if (point >= 0xd800 && point <= 0xdbff && offset + 1 < units) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        point = ((point - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        offset++;
      }
    }
    if ((codePointFlags(point) & mask) === 0) return false;
  }
  return true;
}

/** `str.isalpha()` */
export function strIsAlpha(text: string): boolean {
  return everyHas(text, F.ALPHA);
}

/** `str.isdecimal()` */
export function strIsDecimal(text: string): boolean {
  return everyHas(text, F.DECIMAL);
}

/** `str.isdigit()` */
export function strIsDigit(text: string): boolean {
  return everyHas(text, F.DIGIT);
}

/** `str.isnumeric()` */
export function strIsNumeric(text: string): boolean {
  return everyHas(text, F.NUMERIC);
}

/** `str.isalnum()`: every character is alphabetic, decimal, digit or numeric. */
export function strIsAlnum(text: string): boolean {
  return everyHas(text, F.ALPHA | F.DECIMAL | F.DIGIT | F.NUMERIC);
}

/** `str.isspace()` */
export function strIsSpace(text: string): boolean {
  return everyHas(text, F.SPACE);
}

/** `str.isprintable()`: true for the empty string. */
export function strIsPrintable(text: string): boolean {
  return text.length === 0 || everyHas(text, F.PRINTABLE);
}

/** `str.isascii()`: true for the empty string. */
export function strIsAscii(text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    if (text.charCodeAt(offset) > 0x7f) return false;
  }
  return true;
}

/** The case class of a code point for the case predicates: 1 upper, 2 lower, 3 title, 0 none. */
function caseClass(point: number): number {
  const flags = flagsOf(point);
  if ((flags & F.TITLE) !== 0) return 3;
  if ((flags & F.UPPER) !== 0) return 1;
  if ((flags & F.LOWER) !== 0) return 2;
  return 0;
}

/** The code point at `offset` (a surrogate pair combined). */
function pointAt(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff)
      return ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
  }
  return unit;
}

/** `str.isupper()`: some uppercase character, and no lowercase or titlecase one. */
export function strIsUpper(text: string): boolean {
  let cased = false;
  for (let offset = 0; offset < text.length; offset++) {
    const point = pointAt(text, offset);
    if (point > 0xffff) offset++;
    const kind = caseClass(point);
    if (kind === 2 || kind === 3) return false;
    if (kind === 1) cased = true;
  }
  return cased;
}

/** `str.islower()`: some lowercase character, and no uppercase or titlecase one. */
export function strIsLower(text: string): boolean {
  let cased = false;
  for (let offset = 0; offset < text.length; offset++) {
    const point = pointAt(text, offset);
    if (point > 0xffff) offset++;
    const kind = caseClass(point);
    if (kind === 1 || kind === 3) return false;
    if (kind === 2) cased = true;
  }
  return cased;
}

/**
 * `str.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase only after
 * cased ones, and at least one cased character.
 */
export function strIsTitle(text: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (let offset = 0; offset < text.length; offset++) {
    const point = pointAt(text, offset);
    if (point > 0xffff) offset++;
    const kind = caseClass(point);
    if (kind === 1 || kind === 3) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (kind === 2) {
      if (!previousIsCased) return false;
      cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

/** `str.isidentifier()`: XID_Start or '_' first, then XID_Continue. */
export function strIsIdentifier(text: string): boolean {
  if (text.length === 0) return false;
  const first = pointAt(text, 0);
  // '_' is XID_Continue but not XID_Start; CPython admits it as a first character too.
  if ((flagsOf(first) & F.XID_START) === 0 && first !== 0x5f) return false;
  for (let offset = first > 0xffff ? 2 : 1; offset < text.length; offset++) {
    const point = pointAt(text, offset);
    if (point > 0xffff) offset++;
    if ((flagsOf(point) & F.XID_CONTINUE) === 0) return false;
  }
  return true;
}
