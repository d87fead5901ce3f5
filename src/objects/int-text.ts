// Python ints to and from text: int(str, base) parsing with CPython's rules and messages, str()/
// bin()/oct()/hex() digits, and the int max-str-digits limit (passed in; sys owns the setting).
// Calling __index__/__int__ on other objects is the object model's job.

import { bitLengthOf, type IntValue, normalizeInt } from './int-math.js';
import { PythonError } from './python-error.js';
import { decimalValueOf, isSpaceCodePoint } from './str-predicates.js';
import { reprStr } from './str-repr.js';

/**
 * The bytes as a str of code points 0-255 (how int() and float() read a bytes argument), built in
 * chunks: spreading a large buffer into String.fromCharCode overflows the JS stack.
 */
export function bytesAsLatin1(data: Uint8Array): string {
  if (data.length <= 4096) return String.fromCharCode(...data);
  let text = '';
  for (let start = 0; start < data.length; start += 4096) {
    text += String.fromCharCode(...data.subarray(start, start + 4096));
  }
  return text;
}

/** CPython's default for sys.get_int_max_str_digits(). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

/** Digit value of an ASCII code unit in bases up to 36 (99 when it is no digit). */
const DIGIT_VALUE = (() => {
  const table = new Uint8Array(128).fill(99);
  for (let code = 48; code <= 57; code++) table[code] = code - 48;
  for (let code = 97; code <= 122; code++) {
    table[code] = code - 87;
    table[code - 32] = code - 87;
  }
  return table;
})();

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: digits and spaces to ASCII, rest '?'. */
function toAsciiDigitsAndSpaces(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let result = '';
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (point < 128) result += char;
    else if (isSpaceCodePoint(point)) result += ' ';
    else {
      const digit = decimalValueOf(point);
      result += digit >= 0 ? String.fromCharCode(48 + digit) : '?';
    }
  }
  return result;
}

function invalidLiteral(text: string, base: number): PythonError {
  return new PythonError(
    'ValueError',
    `invalid literal for int() with base ${base}: ${reprStr(text).slice(0, 200)}`,
  );
}

function parseLimitError(limit: number, digits: number): PythonError {
  return new PythonError(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} ` +
      'digits; use sys.set_int_max_str_digits() to increase the limit',
  );
}

/** Digits per bigint chunk that keep base^chunk below 2^53 (index: base). */
const CHUNK_DIGITS = (() => {
  const table = new Array<number>(37).fill(0);
  for (let base = 2; base <= 36; base++) {
    let count = 0;
    let power = 1;
    while (power * base <= 9007199254740991) {
      power *= base;
      count++;
    }
    table[base] = count;
  }
  return table;
})();

/** The value of ASCII digits (already validated) in `base`. */
function digitsValue(digits: string, base: number): IntValue {
  if (digits.length <= CHUNK_DIGITS[base]!) {
    return base === 10 ? Number(digits) : Number.parseInt(digits, base);
  }
  switch (base) {
    case 2:
      return normalizeInt(BigInt(`0b${digits}`));
    case 8:
      return normalizeInt(BigInt(`0o${digits}`));
    case 10:
      return normalizeInt(BigInt(digits));
    case 16:
      return normalizeInt(BigInt(`0x${digits}`));
  }
  const chunk = CHUNK_DIGITS[base]!;
  const bigBase = BigInt(base) ** BigInt(chunk);
  let first = digits.length % chunk;
  if (first === 0) first = chunk;
  let result = BigInt(Number.parseInt(digits.slice(0, first), base));
  for (let index = first; index < digits.length; index += chunk) {
    result = result * bigBase + BigInt(Number.parseInt(digits.slice(index, index + chunk), base));
  }
  return normalizeInt(result);
}

/**
 * `int(text, base)` for a str: whitespace around, one sign, base 0 autodetecting 0x/0o/0b (and
 * refusing other leading zeros), the matching prefix allowed in its base, single underscores
 * between digits (one allowed right after a prefix), Unicode decimal digits. ValueError
 * "invalid literal for int() with base N: <repr>"; the max-str-digits limit (0 disables it)
 * applies to bases that are not powers of two.
 * @see https://docs.python.org/3/library/functions.html#int
 */
export function parseIntLiteral(
  text: string,
  base: number,
  maxStrDigits: number = DEFAULT_MAX_STR_DIGITS,
): IntValue {
  if (base === 10 && text.length > 0 && text.length <= 15) {
    // Fast path: only ASCII digits (at most 15, so the value is exact).
    let value = 0;
    let index = 0;
    for (; index < text.length; index++) {
      const digit = text.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (index === text.length) return value;
  }
  if ((base !== 0 && base < 2) || base > 36) {
    throw new PythonError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const ascii = toAsciiDigitsAndSpaces(text);
  const end = ascii.length;
  let pos = 0;
  while (pos < end && isAsciiSpace(ascii.charCodeAt(pos))) pos++;
  let negative = false;
  if (ascii[pos] === '+' || ascii[pos] === '-') {
    negative = ascii[pos] === '-';
    pos++;
  }
  let effectiveBase = base;
  let mustBeZero = false;
  if (ascii[pos] === '0') {
    const marker = ascii.charCodeAt(pos + 1) | 32;
    const prefixBase = marker === 120 ? 16 : marker === 111 ? 8 : marker === 98 ? 2 : 0;
    if (base === 0) {
      effectiveBase = prefixBase === 0 ? 10 : prefixBase;
      mustBeZero = prefixBase === 0;
    }
    if (prefixBase !== 0 && prefixBase === effectiveBase) {
      pos += 2;
      if (ascii[pos] === '_') pos++;
    }
  } else if (base === 0) {
    effectiveBase = 10;
  }
  if (ascii[pos] === '_') throw invalidLiteral(text, base);
  // Scan the digits; single underscores may separate them.
  const start = pos;
  let digitCount = 0;
  let previousUnderscore = false;
  let hasUnderscore = false;
  let nonZero = false;
  for (; pos < end; pos++) {
    const code = ascii.charCodeAt(pos);
    if (code === 95) {
      if (previousUnderscore) throw invalidLiteral(text, base);
      previousUnderscore = true;
      hasUnderscore = true;
      continue;
    }
    if (code >= 128 || DIGIT_VALUE[code]! >= effectiveBase) break;
    if (code !== 48) nonZero = true;
    previousUnderscore = false;
    digitCount++;
  }
  if (previousUnderscore) throw invalidLiteral(text, base);
  const powerOfTwo = (effectiveBase & (effectiveBase - 1)) === 0;
  if (!powerOfTwo && maxStrDigits > 0 && digitCount > maxStrDigits) {
    throw parseLimitError(maxStrDigits, digitCount);
  }
  if (digitCount === 0 || (mustBeZero && nonZero)) throw invalidLiteral(text, base);
  const digitsEnd = pos;
  while (pos < end && isAsciiSpace(ascii.charCodeAt(pos))) pos++;
  if (pos !== end) throw invalidLiteral(text, base);
  let digits = ascii.slice(start, digitsEnd);
  if (hasUnderscore) digits = digits.replaceAll('_', '');
  const value = digitsValue(digits, effectiveBase);
  if (!negative) return value;
  return typeof value === 'number' ? (value === 0 ? 0 : -value) : normalizeInt(-value);
}

/** log10(2), to bound decimal digit counts from bit lengths. */
const LOG10_2 = 0.3010299956639812;

/**
 * The digits of `value` in base 2, 8, 10, 16 (or any 2..36) with a leading '-' and no prefix:
 * `str(int)` and the core of bin/oct/hex/format. Base 10 enforces the max-str-digits limit
 * (ValueError "Exceeds the limit (4300 digits) for integer string conversion; use
 * sys.set_int_max_str_digits() to increase the limit"; 0 disables it).
 */
export function intToString(
  value: IntValue,
  base = 10,
  maxStrDigits: number = DEFAULT_MAX_STR_DIGITS,
): string {
  if (typeof value === 'number') return value.toString(base);
  if (base === 10 && maxStrDigits > 0) {
    // A quick lower bound on the digit count avoids converting values far over the limit.
    const bits = bitLengthOf(value);
    if (Math.floor((bits - 1) * LOG10_2) + 1 > maxStrDigits) throw strLimitError(maxStrDigits);
    const text = value.toString(10);
    const digits = value < 0n ? text.length - 1 : text.length;
    if (digits > maxStrDigits) throw strLimitError(maxStrDigits);
    return text;
  }
  return value.toString(base);
}

function strLimitError(limit: number): PythonError {
  return new PythonError(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit',
  );
}

/** bin(), oct(), hex(): '0b101', '-0o17', '0xff'. */
export function intToPrefixedString(value: IntValue, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  const digits = intToString(value, base, 0);
  return digits.charCodeAt(0) === 45 ? `-${prefix}${digits.slice(1)}` : prefix + digits;
}
