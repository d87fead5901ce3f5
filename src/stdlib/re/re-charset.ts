// Character-set compilation and membership (sre's _optimize_charset / _compile_charset and
// SRE(charset)): case folding into a bitmap, literal/range runs, and the category tests.

import type { SetCategory, SetItem } from './re-ast.js';
import { CATEGORY, type CategoryCode, OP, RE_FLAG } from './re-constants.js';
import {
  isAsciiDigit,
  isAsciiSpace,
  isAsciiWord,
  isUnicodeDigit,
  isUnicodeSpace,
  isUnicodeWord,
  upperUnicode,
} from './re-unicode.js';

/** How IGNORECASE folds characters while compiling (null fields when case-sensitive). */
export interface CaseModel {
  readonly isCased: (c: number) => boolean;
  readonly toLower: (c: number) => number;
  readonly fixes: ((lower: number) => readonly number[] | undefined) | null;
}

/** The category code for `\d`-style items under `flags` (ASCII unless UNICODE). */
export function categoryCode(category: SetCategory, flags: number): CategoryCode {
  if ((flags & RE_FLAG.LOCALE) !== 0) {
    if (category === 'WORD') return CATEGORY.LOC_WORD;
    if (category === 'NOT_WORD') return CATEGORY.LOC_NOT_WORD;
  }
  const unicode = (flags & RE_FLAG.UNICODE) !== 0;
  switch (category) {
    case 'DIGIT':
      return unicode ? CATEGORY.UNI_DIGIT : CATEGORY.DIGIT;
    case 'NOT_DIGIT':
      return unicode ? CATEGORY.UNI_NOT_DIGIT : CATEGORY.NOT_DIGIT;
    case 'SPACE':
      return unicode ? CATEGORY.UNI_SPACE : CATEGORY.SPACE;
    case 'NOT_SPACE':
      return unicode ? CATEGORY.UNI_NOT_SPACE : CATEGORY.NOT_SPACE;
    case 'WORD':
      return unicode ? CATEGORY.UNI_WORD : CATEGORY.WORD;
    case 'NOT_WORD':
      return unicode ? CATEGORY.UNI_NOT_WORD : CATEGORY.NOT_WORD;
  }
}

/** sre_category: does `ch` belong to the category? */
export function inCategory(category: number, ch: number): boolean {
  switch (category) {
    case 0 satisfies typeof CATEGORY.DIGIT:
      return isAsciiDigit(ch);
    case 1 satisfies typeof CATEGORY.NOT_DIGIT:
      return !isAsciiDigit(ch);
    case 2 satisfies typeof CATEGORY.SPACE:
      return isAsciiSpace(ch);
    case 3 satisfies typeof CATEGORY.NOT_SPACE:
      return !isAsciiSpace(ch);
    case 4 satisfies typeof CATEGORY.WORD:
      return isAsciiWord(ch);
    case 5 satisfies typeof CATEGORY.NOT_WORD:
      return !isAsciiWord(ch);
    case 12 satisfies typeof CATEGORY.LOC_WORD:
      return isLocaleWord(ch);
    case 13 satisfies typeof CATEGORY.LOC_NOT_WORD:
      return !isLocaleWord(ch);
    case 6 satisfies typeof CATEGORY.UNI_DIGIT:
      return isUnicodeDigit(ch);
    case 7 satisfies typeof CATEGORY.UNI_NOT_DIGIT:
      return !isUnicodeDigit(ch);
    case 8 satisfies typeof CATEGORY.UNI_SPACE:
      return isUnicodeSpace(ch);
    case 9 satisfies typeof CATEGORY.UNI_NOT_SPACE:
      return !isUnicodeSpace(ch);
    case 10 satisfies typeof CATEGORY.UNI_WORD:
      return isUnicodeWord(ch);
    case 11 satisfies typeof CATEGORY.UNI_NOT_WORD:
      return !isUnicodeWord(ch);
    default:
      return false;
  }
}

/** Where compilation work is charged while compileRegex runs (set and cleared by it). */
export const compileBudget: { charge: ((steps: number) => void) | null } = { charge: null };

/** `\w` under LOCALE: alphanumerics of the C locale (ASCII) and `_`. */
export function isLocaleWord(ch: number): boolean {
  return isAsciiWord(ch);
}

/** C-locale tolower/toupper for LOCALE matching (ASCII letters only). */
export function lowerLocale(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

/** See lowerLocale. */
export function upperLocale(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

/** SRE(charset_loc_ignore): the set tested with the lower- and upper-cased character. */
export function inCharsetLocaleIgnore(code: Int32Array, pc: number, ch: number): boolean {
  const lower = lowerLocale(ch);
  if (inCharset(code, pc, lower)) return true;
  const upper = upperLocale(ch);
  return upper !== lower && inCharset(code, pc, upper);
}

/** A compiled set is at most this many literal/range ops before it becomes a range table. */
const MAX_INLINE_RUNS = 4;

/**
 * Compiles set items to set ops ending in FAILURE (appended to `out`), folding case as sre's
 * `_optimize_charset` does: BMP members (lower-cased, plus their extra cases) go to a map; astral
 * members and categories are kept as written. Returns whether any member is cased.
 */
export function compileCharset(
  items: readonly SetItem[],
  flags: number,
  caseModel: CaseModel | null,
  out: number[],
): boolean {
  let bmp: Uint8Array = new Uint8Array(256);
  const tail: number[] = [];
  let hasCased = false;
  let negate = false;
  const grow = (c: number): boolean => {
    if (c < bmp.length) return true;
    if (bmp.length === 256 && c < 0x10000) {
      const bigger = new Uint8Array(0x10000);
      bigger.set(bmp);
      bmp = bigger;
      return true;
    }
    return false;
  };
  for (const item of items) {
    switch (item.kind) {
      case 'NEGATE':
        negate = true;
        break;
      case 'LITERAL': {
        if (caseModel !== null) {
          const lower = caseModel.toLower(item.code);
          if (!grow(lower)) {
            hasCased = true;
            tail.push(OP.LITERAL, item.code);
            break;
          }
          bmp[lower] = 1;
          const fixes = caseModel.fixes?.(lower);
          if (fixes !== undefined) {
            for (const k of fixes) if (grow(k)) bmp[k] = 1;
          }
          if (!hasCased && caseModel.isCased(item.code)) hasCased = true;
        } else if (grow(item.code)) {
          bmp[item.code] = 1;
        } else {
          tail.push(OP.LITERAL, item.code);
        }
        break;
      }
      case 'RANGE': {
        const { lo, hi } = item;
        if (caseModel !== null) {
          let overflow = false;
          for (let c = lo; c <= hi; c++) {
            const lower = caseModel.toLower(c);
            if (!grow(lower)) {
              overflow = true;
              break;
            }
            bmp[lower] = 1;
            const fixes = caseModel.fixes?.(lower);
            if (fixes !== undefined) {
              for (const k of fixes) if (grow(k)) bmp[k] = 1;
            }
          }
          if (overflow) {
            hasCased = true;
            tail.push(OP.RANGE_UNI_IGNORE, lo, hi);
          } else if (!hasCased) {
            for (let c = lo; c <= hi && !hasCased; c++) hasCased = caseModel.isCased(c);
          }
        } else {
          const top = Math.min(hi, 0xffff);
          if (lo <= top) {
            grow(top);
            bmp.fill(1, lo, top + 1);
          }
          if (hi > 0xffff) tail.push(OP.RANGE, lo, hi);
        }
        break;
      }
      case 'CATEGORY':
        tail.push(OP.CATEGORY, categoryCode(item.category, flags));
        break;
    }
  }
  if (negate) out.push(OP.NEGATE);
  // Folding a range visits every code point in it; charge that work like matching steps.
  compileBudget.charge?.(bmp.length + items.length);
  const runs: number[] = [];
  let p = 0;
  for (;;) {
    while (p < bmp.length && bmp[p] === 0) p++;
    if (p >= bmp.length) break;
    let q = p;
    while (q < bmp.length && bmp[q] === 1) q++;
    runs.push(p, q - 1);
    p = q;
  }
  const runCount = runs.length / 2;
  if (runCount <= MAX_INLINE_RUNS) {
    for (let i = 0; i < runs.length; i += 2) {
      if (runs[i] === runs[i + 1]) out.push(OP.LITERAL, runs[i]!);
      else out.push(OP.RANGE, runs[i]!, runs[i + 1]!);
    }
  } else if (bmp.length === 256 || runs[runs.length - 1]! < 256) {
    const words = new Int32Array(8);
    for (let c = 0; c < 256; c++) if (bmp[c] === 1) words[c >> 5]! |= 1 << (c & 31);
    out.push(OP.CHARSET, ...words);
  } else {
    out.push(OP.BIGCHARSET, runCount, ...runs);
  }
  out.push(...tail);
  out.push(OP.FAILURE);
  return hasCased;
}

/**
 * Prepends a LATIN1_MAP to set ops: the set's answer for every value below 256, so the common case
 * is one bit test. Sets that are already a single literal or range are left alone.
 */
export function withLatin1Map(setOps: readonly number[]): number[] {
  const simple =
    setOps.length <= 4 &&
    (setOps[0] === OP.LITERAL || setOps[0] === OP.RANGE) &&
    setOps[setOps.length - 1] === OP.FAILURE;
  if (simple) return [...setOps];
  const ops = Int32Array.from(setOps);
  const words = new Int32Array(8);
  for (let c = 0; c < 256; c++) if (inCharset(ops, 0, c)) words[c >> 5]! |= 1 << (c & 31);
  return [OP.LATIN1_MAP, ...words, ...setOps];
}

/**
 * SRE(charset): is `ch` in the set whose ops start at `pc`? `code` is the program (or an info
 * charset). BIGCHARSET here is a sorted table of inclusive ranges searched by bisection.
 */
export function inCharset(code: Int32Array, pc: number, ch: number): boolean {
  if (code[pc] === OP.LATIN1_MAP) {
    if (ch < 256) return ((code[pc + 1 + (ch >> 5)]! >>> (ch & 31)) & 1) === 1;
    pc += 9;
  }
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case 0 satisfies typeof OP.FAILURE:
        return !ok;
      case 15 satisfies typeof OP.LITERAL:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case 8 satisfies typeof OP.CATEGORY:
        if (inCategory(code[pc]!, ch)) return ok;
        pc++;
        break;
      case 9 satisfies typeof OP.CHARSET:
        if (ch < 256 && (code[pc + (ch >> 5)]! & (1 << (ch & 31))) !== 0) return ok;
        pc += 8;
        break;
      case 21 satisfies typeof OP.RANGE:
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      case 36 satisfies typeof OP.RANGE_UNI_IGNORE: {
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        const upper = upperUnicode(ch);
        if (code[pc]! <= upper && upper <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      }
      case 20 satisfies typeof OP.NEGATE:
        ok = !ok;
        break;
      case 10 satisfies typeof OP.BIGCHARSET: {
        const count = code[pc]!;
        const base = pc + 1;
        let lo = 0;
        let hi = count - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const at = base + mid * 2;
          if (ch < code[at]!) hi = mid - 1;
          else if (ch > code[at + 1]!) lo = mid + 1;
          else return ok;
        }
        pc = base + count * 2;
        break;
      }
      default:
        return false;
    }
  }
}
