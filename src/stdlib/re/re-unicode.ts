// Character predicates and case mappings for the regex engine, in sre's terms (\d \w \s, simple
// lower/upper, "cased"), for ASCII and Unicode modes. The data comes from re-unicode-tables.ts.

import {
  ALNUM_RANGES,
  CASED_RANGES,
  DECIMAL_RANGES,
  EXTRA_CASES,
  LOWER_RUNS,
  SPACE_RANGES,
  UPPER_RUNS,
} from './re-unicode-tables.js';

const BMP = 0x10000;
const DIGIT_BIT = 1;
const WORD_BIT = 2;
const SPACE_BIT = 4;
const CASED_BIT = 8;

let bmpFlags: Uint8Array | null = null;
let bmpLower: Uint16Array | null = null;
let bmpUpper: Uint16Array | null = null;
let extraCases: Map<number, readonly number[]> | null = null;

function markRanges(flags: Uint8Array, ranges: readonly number[], bit: number): void {
  for (let i = 0; i < ranges.length; i += 2) {
    const lo = ranges[i]!;
    const hi = Math.min(ranges[i + 1]!, BMP - 1);
    for (let c = lo; c <= hi; c++) flags[c]! |= bit;
  }
}

function flagsTable(): Uint8Array {
  if (bmpFlags !== null) return bmpFlags;
  const flags = new Uint8Array(BMP);
  markRanges(flags, DECIMAL_RANGES, DIGIT_BIT);
  markRanges(flags, ALNUM_RANGES, WORD_BIT);
  flags[0x5f]! |= WORD_BIT;
  markRanges(flags, SPACE_RANGES, SPACE_BIT);
  markRanges(flags, CASED_RANGES, CASED_BIT);
  bmpFlags = flags;
  return flags;
}

function inRanges(ranges: readonly number[], c: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[mid * 2]!) hi = mid - 1;
    else if (c > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function buildMapping(runs: readonly number[]): Uint16Array {
  const table = new Uint16Array(BMP);
  for (let c = 0; c < BMP; c++) table[c] = c;
  for (let i = 0; i < runs.length; i += 4) {
    const start = runs[i]!;
    const count = runs[i + 1]!;
    const stride = runs[i + 2]!;
    const delta = runs[i + 3]!;
    for (let k = 0; k < count; k++) {
      const c = start + k * stride;
      if (c < BMP) table[c] = c + delta;
    }
  }
  return table;
}

function mapAstral(runs: readonly number[], c: number): number {
  for (let i = 0; i < runs.length; i += 4) {
    const start = runs[i]!;
    if (c < start) break;
    const count = runs[i + 1]!;
    const stride = runs[i + 2]!;
    const offset = c - start;
    if (offset < count * stride && offset % stride === 0) return c + runs[i + 3]!;
  }
  return c;
}

/** `\d` for str patterns: `str.isdecimal()` of the code point. */
export function isUnicodeDigit(c: number): boolean {
  if (c < 128) return c >= 0x30 && c <= 0x39;
  if (c < BMP) return (flagsTable()[c]! & DIGIT_BIT) !== 0;
  return inRanges(DECIMAL_RANGES, c);
}

/** `\w` for str patterns: `str.isalnum()` of the code point, or `_`. */
export function isUnicodeWord(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  if (c < BMP) return (flagsTable()[c]! & WORD_BIT) !== 0;
  return inRanges(ALNUM_RANGES, c);
}

/** `\s` for str patterns: `str.isspace()` of the code point. */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  if (c < BMP) return (flagsTable()[c]! & SPACE_BIT) !== 0;
  return inRanges(SPACE_RANGES, c);
}

/** `_sre.unicode_iscased`: the code point has a different simple lower or upper case. */
export function isUnicodeCased(c: number): boolean {
  if (c < BMP) return (flagsTable()[c]! & CASED_BIT) !== 0;
  return inRanges(CASED_RANGES, c);
}

/** `_sre.unicode_tolower`: the simple lower-case mapping sre applies under IGNORECASE. */
export function lowerUnicode(c: number): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c < BMP) {
    if (bmpLower === null) bmpLower = buildMapping(LOWER_RUNS);
    return bmpLower[c]!;
  }
  return mapAstral(LOWER_RUNS, c);
}

/** The simple upper-case mapping sre uses for RANGE_UNI_IGNORE. */
export function upperUnicode(c: number): number {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  if (c < BMP) {
    if (bmpUpper === null) bmpUpper = buildMapping(UPPER_RUNS);
    return bmpUpper[c]!;
  }
  return mapAstral(UPPER_RUNS, c);
}

/** `re._casefix._EXTRA_CASES`: other lower-case code points sharing an upper case with `lower`. */
export function extraCasesOf(lower: number): readonly number[] | undefined {
  if (extraCases === null) {
    const map = new Map<number, readonly number[]>();
    let i = 0;
    while (i < EXTRA_CASES.length) {
      const key = EXTRA_CASES[i]!;
      const count = EXTRA_CASES[i + 1]!;
      map.set(key, EXTRA_CASES.slice(i + 2, i + 2 + count));
      i += 2 + count;
    }
    extraCases = map;
  }
  return extraCases.get(lower);
}

/** `\d` in ASCII mode and for bytes patterns. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `\s` in ASCII mode and for bytes patterns: space, \t \n \v \f \r. */
export function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** `\w` in ASCII mode and for bytes patterns: [a-zA-Z0-9_]. */
export function isAsciiWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  );
}

/** `_sre.ascii_tolower`. */
export function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** `_sre.ascii_iscased`: an ASCII letter. */
export function isAsciiCased(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
