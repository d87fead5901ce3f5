// Character classes the tokenizer asks about: identifier start/continue (ASCII fast path, then the
// generated Unicode tables) and printability. Scanning itself lives in tokenizer.ts.

import { WORD_RANGES, XID_CONTINUE_RANGES, XID_START_RANGES } from './identifier-chars.js';
import { PRINTABLE_RANGES } from './tokenizer-printable.js';

/** Whether `code` lies in one of the sorted inclusive `[first, last]` pairs of `ranges`. */
function inRanges(ranges: readonly number[], code: number): boolean {
  let low = 0;
  let high = (ranges.length >> 1) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = ranges[middle * 2]!;
    if (code < first) {
      high = middle - 1;
    } else if (code > ranges[middle * 2 + 1]!) {
      low = middle + 1;
    } else {
      return true;
    }
  }
  return false;
}

/** ASCII letters and `_`: the characters that can start an ASCII identifier. */
export function isAsciiIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** ASCII letters, digits and `_`. */
export function isAsciiIdentifierChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/**
 * Whether a code point may start an identifier, as `str.isidentifier()` decides it (XID_Start plus
 * `_`, with CPython's Unicode version).
 */
export function isIdentifierStart(code: number): boolean {
  if (code < 128) return isAsciiIdentifierStart(code);
  return inRanges(XID_START_RANGES, code);
}

/** Whether a code point may continue an identifier (XID_Continue, CPython's Unicode version). */
export function isIdentifierContinue(code: number): boolean {
  if (code < 128) return isAsciiIdentifierChar(code);
  return inRanges(XID_CONTINUE_RANGES, code);
}

/** Whether a non-ASCII code point is alphanumeric (`str.isalnum()`, what `re`'s `\w` matches). */
export function isWordCharacter(code: number): boolean {
  return inRanges(WORD_RANGES, code);
}

/**
 * Whether a code point is printable as `str.isprintable()` decides it: everything but the
 * categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
 */
export function isPrintable(code: number): boolean {
  if (code < 128) return code >= 32 && code < 127;
  return inRanges(PRINTABLE_RANGES, code);
}

/** Whether `code` is an ASCII decimal digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `code` is an ASCII hexadecimal digit. */
export function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

// Character codes the scanners compare against.
export const TAB = 9;
export const LF = 10;
export const FF = 12;
export const CR = 13;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const SINGLE_QUOTE = 39;
export const DOT = 46;
export const BACKSLASH = 92;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
