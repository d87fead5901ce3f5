// str.translate (through a lookup callback the object model supplies) and str.maketrans's argument
// rules. Iterating a dict argument and calling __getitem__ are the object model's job.

import { codePointLength, codePointToString, toCodePoints } from './code-points.js';
import { PythonError } from './python-error.js';
import { flatStr } from './str-flat.js';

/**
 * What a translate table answers for one code point: `undefined` when the lookup raised
 * LookupError (keep the character), `null` for None (delete it), a number for an int (a code point,
 * range-checked here), or a string for a str. The object model raises
 * TypeError "character mapping must return integer, None or str" for anything else.
 */
export type TranslateEntry = number | string | null | undefined;

/** `str.translate(table)`: map each code point through `lookup`. */
export function strTranslate(text: string, lookup: (point: number) => TranslateEntry): string {
  let result = '';
  // Units before this offset are in result already; kept characters are copied as one run.
  let copied = 0;
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
    const entry = lookup(point);
    if (entry !== undefined) {
      if (typeof entry === 'number') {
        if (!Number.isInteger(entry) || entry < 0 || entry > 0x10ffff) {
          throw new PythonError('ValueError', 'character mapping must be in range(0x110000)');
        }
        result += text.slice(copied, offset) + codePointToString(entry);
      } else {
        result += entry === null ? text.slice(copied, offset) : text.slice(copied, offset) + entry;
      }
      copied = offset + width;
    }
    offset += width - 1;
  }
  return copied === 0 ? text : flatStr(result + text.slice(copied));
}

/**
 * `str.maketrans(x, y[, z])` with strings: map each code point of `from` to the one at the same
 * position of `to`, and each code point of `deleteChars` to None (null).
 */
export function strMaketrans(
  from: string,
  to: string,
  deleteChars: string | null = null,
): Map<number, number | null> {
  if (codePointLength(from) !== codePointLength(to)) {
    throw new PythonError('ValueError', 'the first two maketrans arguments must have equal length');
  }
  const table = new Map<number, number | null>();
  const fromPoints = toCodePoints(from);
  const toPoints = toCodePoints(to);
  for (let i = 0; i < fromPoints.length; i++) table.set(fromPoints[i]!, toPoints[i]!);
  if (deleteChars !== null) for (const point of toCodePoints(deleteChars)) table.set(point, null);
  return table;
}

/** TypeError message when a one-argument maketrans gets something other than a dict. */
export const MAKETRANS_NEEDS_DICT = 'if you give only one argument to maketrans it must be a dict';

/** TypeError message for a dict key that is neither str nor int. */
export const MAKETRANS_BAD_KEY = 'keys in translate table must be strings or integers';

/**
 * The table key for a key of maketrans's dict argument: a one-character str becomes its code
 * point, an int stays. ValueError "string keys in translate table must be of length 1" otherwise.
 */
export function maketransKey(key: string | number): number {
  if (typeof key === 'number') return key;
  if (codePointLength(key) !== 1) {
    throw new PythonError('ValueError', 'string keys in translate table must be of length 1');
  }
  return key.codePointAt(0)!;
}
