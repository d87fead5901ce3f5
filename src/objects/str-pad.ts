// Padding and stripping for str: center/ljust/rjust/zfill/expandtabs and strip/lstrip/rstrip.
// Widths count code points; argument types (int, str) are checked by the object model.

import {
  checkResultLength,
  codePointLength,
  isAstralFree,
  isAstralFreeCached,
  toCodePoints,
} from './code-points.js';
import { PythonError } from './python-error.js';
import { flatStr } from './str-flat.js';
import { isSpaceCodePoint } from './str-predicates.js';

/** TypeError for a fill character that is not exactly one code point. */
function checkFillChar(fillchar: string): void {
  const ok = fillchar.length === 1 || (fillchar.length === 2 && codePointLength(fillchar) === 1);
  if (!ok) {
    throw new PythonError('TypeError', 'The fill character must be exactly one character long');
  }
}

/** The code-point length, skipping the scan for surrogate-free text. */
function lengthOf(text: string): number {
  return isAstralFreeCached(text) ? text.length : codePointLength(text);
}

/** `str.center(width[, fillchar])`: CPython puts the odd extra fill on the left when width is odd. */
export function strCenter(text: string, width: number, fillchar = ' '): string {
  checkFillChar(fillchar);
  const margin = width - lengthOf(text);
  if (margin <= 0) return text;
  checkResultLength(text.length + margin * fillchar.length);
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return flatStr(fillchar.repeat(left) + text + fillchar.repeat(margin - left));
}

/** `str.ljust(width[, fillchar])` */
export function strLjust(text: string, width: number, fillchar = ' '): string {
  checkFillChar(fillchar);
  const margin = width - lengthOf(text);
  if (margin <= 0) return text;
  checkResultLength(text.length + margin * fillchar.length);
  return flatStr(text + fillchar.repeat(margin));
}

/** `str.rjust(width[, fillchar])` */
export function strRjust(text: string, width: number, fillchar = ' '): string {
  checkFillChar(fillchar);
  const margin = width - lengthOf(text);
  if (margin <= 0) return text;
  checkResultLength(text.length + margin * fillchar.length);
  return flatStr(fillchar.repeat(margin) + text);
}

/** `str.zfill(width)`: zeros on the left, after a leading '+' or '-'. */
export function strZfill(text: string, width: number): string {
  const margin = width - lengthOf(text);
  if (margin <= 0) return text;
  checkResultLength(text.length + margin);
  const first = text.charCodeAt(0);
  if (first === 0x2b || first === 0x2d)
    return flatStr(text[0] + '0'.repeat(margin) + text.slice(1));
  return flatStr('0'.repeat(margin) + text);
}

/**
 * `str.expandtabs(tabsize=8)`: each tab becomes spaces up to the next multiple of `tabsize`
 * (columns in code points, reset by \n and \r); a tabsize <= 0 removes tabs.
 */
export function strExpandTabs(text: string, tabsize = 8): string {
  if (!text.includes('\t')) return text;
  let result = '';
  let column = 0;
  let runStart = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const unit = text.charCodeAt(offset);
    if (unit === 0x09) {
      result += text.slice(runStart, offset);
      runStart = offset + 1;
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        column += spaces;
        checkResultLength(result.length + spaces);
        result += ' '.repeat(spaces);
      }
    } else if (unit === 0x0a || unit === 0x0d) {
      column = 0;
    } else if (unit < 0xdc00 || unit > 0xdfff || !isPairTail(text, offset)) {
      column++;
    }
  }
  return flatStr(result + text.slice(runStart));
}

/** True when the low surrogate at `offset` completes a pair (so it adds no column). */
function isPairTail(text: string, offset: number): boolean {
  if (offset === 0) return false;
  const previous = text.charCodeAt(offset - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

/** Which ends strip() works on. */
export const StripSide = { LEFT: 1, RIGHT: 2, BOTH: 3 } as const;

/** One of the StripSide values. */
export type StripSide = (typeof StripSide)[keyof typeof StripSide];

/**
 * `str.strip/lstrip/rstrip([chars])`: `chars` null strips whitespace (str.isspace), otherwise
 * any code point contained in `chars`.
 */
export function strStrip(
  text: string,
  chars: string | null,
  side: StripSide = StripSide.BOTH,
): string {
  let start = 0;
  let end = text.length;
  if (chars === null) {
    if ((side & StripSide.LEFT) !== 0) {
      while (start < end && isSpaceCodePoint(text.charCodeAt(start))) start++;
    }
    if ((side & StripSide.RIGHT) !== 0) {
      while (end > start && isSpaceCodePoint(text.charCodeAt(end - 1))) end--;
    }
    return start === 0 && end === text.length ? text : text.slice(start, end);
  }
  if (chars.length === 0) return text;
  if (!isAstralFree(chars) || !isAstralFree(text)) return stripCodePoints(text, chars, side);
  if ((side & StripSide.LEFT) !== 0) {
    while (start < end && chars.includes(text[start]!)) start++;
  }
  if ((side & StripSide.RIGHT) !== 0) {
    while (end > start && chars.includes(text[end - 1]!)) end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The strip() slow path for text or chars holding surrogates: compare whole code points. */
function stripCodePoints(text: string, chars: string, side: StripSide): string {
  const strip = new Set(toCodePoints(chars));
  const points = toCodePoints(text);
  let start = 0;
  let end = points.length;
  if ((side & StripSide.LEFT) !== 0) {
    while (start < end && strip.has(points[start]!)) start++;
  }
  if ((side & StripSide.RIGHT) !== 0) {
    while (end > start && strip.has(points[end - 1]!)) end--;
  }
  if (start === 0 && end === points.length) return text;
  let from = 0;
  for (let i = 0; i < start; i++) from += points[i]! > 0xffff ? 2 : 1;
  let to = from;
  for (let i = start; i < end; i++) to += points[i]! > 0xffff ? 2 : 1;
  return text.slice(from, to);
}
