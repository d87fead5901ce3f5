// Float formatting and conversion algorithms of CPython's float type: PyOS_double_to_string for
// every precision, round(x, n), float.hex/fromhex, as_integer_ratio and float(str). Boxing, type
// dispatch and format-spec parsing are the object model's and format-spec's jobs.

import {
  binaryParts,
  fixedDigits,
  fractionalBitCount,
  integerIsHalfway,
  shortestDigits,
  signBit,
  significantDigits,
} from './float-digits.js';
import { type FloatLayoutFlags, layoutFloat, nonFiniteText } from './float-repr.js';
import { PythonError } from './python-error.js';
import { decimalValueOf, isSpaceCodePoint } from './str-predicates.js';
import { reprStr } from './str-repr.js';

/** Format codes of PyOS_double_to_string ('r' is repr: shortest digits). */
export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/** A Python int as the runtime holds it: a safe-integer number, or a bigint beyond. */
type IntValue = number | bigint;

const NO_FLAGS: FloatLayoutFlags = {};

/**
 * CPython's PyOS_double_to_string: `value` in presentation `code` with `precision` (digits after
 * the point for e/f, significant digits for g; ignored for r). Exact for every precision: ties
 * round half-even on the binary value ('%.2f' % 0.125 == '0.12').
 * @see https://github.com/python/cpython/blob/3.11/Python/pystrtod.c
 */
export function doubleToString(
  value: number,
  code: DoubleFormatCode,
  precision: number,
  flags: FloatLayoutFlags = NO_FLAGS,
): string {
  if (flags.alternate !== true && flags.sign !== true && flags.noNegativeZero !== true) {
    let fast: string | null = null;
    if (code === 'f') fast = fixedFast(value, precision);
    else if (code === 'e' && flags.upper !== true) fast = exponentFast(value, precision);
    else if (code === 'g' && flags.upper !== true && flags.addDotZero !== true) {
      fast = generalFast(value, precision === 0 ? 1 : precision);
    }
    if (fast !== null) return fast;
  }
  let lower: 'e' | 'f' | 'g' | 'r';
  let layoutFlags = flags;
  switch (code) {
    case 'E':
    case 'F':
    case 'G':
      lower = code === 'E' ? 'e' : code === 'F' ? 'f' : 'g';
      layoutFlags = { ...flags, upper: true };
      break;
    default:
      lower = code;
  }
  if (Number.isNaN(value) || value === Infinity || value === -Infinity) {
    return nonFiniteText(value, layoutFlags);
  }
  const negative = signBit(value);
  const abs = negative ? -value : value;
  switch (lower) {
    case 'e':
      return layoutFloat(
        significantDigits(abs, precision + 1),
        negative,
        'e',
        precision + 1,
        layoutFlags,
      );
    case 'f':
      return layoutFloat(fixedDigits(abs, precision), negative, 'f', precision, layoutFlags);
    case 'g': {
      const count = precision === 0 ? 1 : precision;
      return layoutFloat(significantDigits(abs, count), negative, 'g', count, layoutFlags);
    }
    case 'r':
      return layoutFloat(shortestDigits(abs), negative, 'r', 0, layoutFlags);
  }
}

/**
 * '%.<p>f' straight from toFixed when it is exact: a finite nonzero |x| < 1e21, p <= 100, and
 * no exact tie at the last digit (toFixed rounds ties up, CPython to even). Null otherwise.
 */
function fixedFast(value: number, precision: number): string | null {
  if (!(value !== 0 && value < 1e21 && value > -1e21) || precision > 100) return null;
  const text = value.toFixed(precision);
  if ((text.charCodeAt(text.length - 1) & 1) === 1) {
    const fractionBits = fractionalBitCount(value < 0 ? -value : value);
    if (fractionBits > 0 && fractionBits === precision + 1) return null;
  }
  return text;
}

/**
 * Whether the digits JS produced by rounding |x| to `kept` places after the point (negative:
 * to tens, hundreds, ...) came from an exact tie, which JS rounds up and CPython to even. Only
 * asked when the last digit is odd (a tie rounded up to even needs no repair).
 */
function roundedUpFromTie(abs: number, kept: number): boolean {
  const fractionBits = fractionalBitCount(abs);
  return fractionBits > 0 ? fractionBits === kept + 1 : kept < 0 && integerIsHalfway(abs, -kept);
}

/** The digit text with its last digit (odd, so no borrow) lowered by one. */
function lowerLastDigit(text: string, end: number): string {
  return (
    text.slice(0, end - 1) + String.fromCharCode(text.charCodeAt(end - 1) - 1) + text.slice(end)
  );
}

/** JS's exponent text ('e+5', 'e-12') as CPython writes it ('e+05', 'e-12'). */
function exponentSuffix(text: string, ePos: number): string {
  return text.length - ePos === 3 ? `e${text[ePos + 1]}0${text[ePos + 2]}` : text.slice(ePos);
}

/**
 * '%.<p>e' from toExponential (finite nonzero x, p <= 100), the last digit repaired on an exact
 * tie; null when the general path must decide.
 */
function exponentFast(value: number, precision: number): string | null {
  if (!(value !== 0 && Number.isFinite(value)) || precision > 100) return null;
  const abs = value < 0 ? -value : value;
  let text = abs.toExponential(precision);
  const ePos = text.indexOf('e');
  // A lone '1' came from a carry (9.5 -> 1e+01), which CPython's half-even rounding keeps.
  if ((text.charCodeAt(ePos - 1) & 1) === 1 && !(ePos === 1 && text.charCodeAt(0) === 49)) {
    const exponent = Number(text.slice(ePos + 1));
    if (roundedUpFromTie(abs, precision - exponent)) text = lowerLastDigit(text, ePos);
  }
  const body = text.slice(0, ePos) + exponentSuffix(text, ePos);
  return value < 0 ? `-${body}` : body;
}

/**
 * '%.<p>g' (p >= 1 significant digits, trailing zeros dropped) from toPrecision for 1e-4 <= |x|
 * (where JS and CPython agree on fixed or exponent notation once rounded); null otherwise.
 */
function generalFast(value: number, count: number): string | null {
  const abs = value < 0 ? -value : value;
  if (!(abs >= 1e-4 && abs < Infinity) || count > 100) return null;
  let text = abs.toPrecision(count);
  let ePos = text.indexOf('e');
  const end = ePos < 0 ? text.length : ePos;
  if ((text.charCodeAt(end - 1) & 1) === 1 && !(count === 1 && text.charCodeAt(0) === 49)) {
    // The decimal exponent of the first digit, from the text.
    let exponent: number;
    if (ePos >= 0) exponent = Number(text.slice(ePos + 1));
    else {
      const point = text.indexOf('.');
      exponent = (point < 0 ? text.length : point) - 1;
      if (text.charCodeAt(0) === 48) {
        let first = point + 1;
        while (text.charCodeAt(first) === 48) first++;
        exponent = point - first;
      }
    }
    if (roundedUpFromTie(abs, count - 1 - exponent)) text = lowerLastDigit(text, end);
  }
  // Drop trailing zeros of the fraction, and the point when nothing follows it.
  let cut = end;
  if (text.indexOf('.') >= 0 && text.indexOf('.') < end) {
    while (text.charCodeAt(cut - 1) === 48) cut--;
    if (text.charCodeAt(cut - 1) === 46) cut--;
  }
  let body = text.slice(0, cut);
  if (ePos >= 0) {
    ePos = text.indexOf('e');
    body += exponentSuffix(text, ePos);
  }
  return value < 0 ? `-${body}` : body;
}

// round() ----------------------------------------------------------------------------------------

/** Beyond these, round(x, n) returns x itself or a signed zero (CPython's NDIGITS_MAX/MIN). */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * `round(x, ndigits)` for a float: the decimal string correctly rounded half-even to `ndigits`
 * places (negative rounds to tens, ...), read back as a double (`round(2.675, 2) == 2.67`).
 * Raises OverflowError "rounded value too large to represent".
 */
export function floatRound(value: number, ndigits: IntValue): number {
  if (Number.isNaN(value) || value === Infinity || value === -Infinity) return value;
  if (ndigits > NDIGITS_MAX) return value;
  if (ndigits < NDIGITS_MIN) return 0 * value;
  if (value === 0) return value;
  const places = Number(ndigits);
  const negative = value < 0;
  if (places >= 0 && places <= 100 && (negative ? -value : value) < 1e21) {
    // The correctly rounded decimal string (toFixed, ties repaired to even) read back.
    const abs = negative ? -value : value;
    let text = abs.toFixed(places);
    if ((text.charCodeAt(text.length - 1) & 1) === 1 && roundedUpFromTie(abs, places)) {
      text = lowerLastDigit(text, text.length);
    }
    const rounded = Number(text);
    return negative ? -rounded : rounded;
  }
  const result = fixedDigits(negative ? -value : value, places);
  const digits = result.digits === '' ? '0' : result.digits;
  const rounded = Number(`${negative ? '-' : ''}0.${digits}e${result.decpt}`);
  if (rounded === Infinity || rounded === -Infinity) {
    throw new PythonError('OverflowError', 'rounded value too large to represent');
  }
  return rounded;
}

/** Converts an integer-valued double to a Python int (number when safe, else bigint). */
function integralToInt(value: number): IntValue {
  if (value === 0) return 0;
  return Number.isSafeInteger(value) ? value : BigInt(value);
}

function checkConvertibleToInt(value: number): void {
  if (Number.isNaN(value))
    throw new PythonError('ValueError', 'cannot convert float NaN to integer');
  if (value === Infinity || value === -Infinity) {
    throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
  }
}

/** `round(x)` for a float: the nearest int, ties to even (`round(0.5) == 0`, `round(1.5) == 2`). */
export function floatRoundToInt(value: number): IntValue {
  checkConvertibleToInt(value);
  const floor = Math.floor(value);
  const diff = value - floor;
  let rounded = floor;
  if (diff > 0.5 || (diff === 0.5 && floor % 2 !== 0)) rounded = floor + 1;
  return integralToInt(rounded);
}

/** `int(x)`, `math.trunc(x)` for a float: truncation toward zero, with CPython's errors. */
export function floatToInt(value: number): IntValue {
  checkConvertibleToInt(value);
  return integralToInt(Math.trunc(value));
}

// as_integer_ratio -------------------------------------------------------------------------------

/** `float.as_integer_ratio()`: the exact value as [numerator, positive denominator] in lowest terms. */
export function floatAsIntegerRatio(value: number): [IntValue, IntValue] {
  if (Number.isNaN(value))
    throw new PythonError('ValueError', 'cannot convert NaN to integer ratio');
  if (value === Infinity || value === -Infinity) {
    throw new PythonError('OverflowError', 'cannot convert Infinity to integer ratio');
  }
  if (Number.isInteger(value)) return [integralToInt(value), 1];
  const parts = binaryParts(value);
  let mantissa = parts.mantissa;
  let exponent = parts.exponent;
  while (mantissa % 2 === 0) {
    mantissa /= 2;
    exponent++;
  }
  const numerator = value < 0 ? -mantissa : mantissa;
  const denominator = exponent >= -53 ? 2 ** -exponent : 1n << BigInt(-exponent);
  return [numerator, denominator];
}

// float.hex / float.fromhex ----------------------------------------------------------------------

/** `float.hex()`: '0x1.8000000000000p+1', '-0x0.0p+0', subnormals as '0x0.…p-1022', 'inf', 'nan'. */
export function floatHex(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  const sign = signBit(value) ? '-' : '';
  if (value === 0) return `${sign}0x0.0p+0`;
  const parts = binaryParts(value);
  // 52 fraction bits as 13 hex digits; the leading bit is 1 for normals, 0 for subnormals.
  const normal = parts.mantissa >= 4503599627370496;
  const fraction = normal ? parts.mantissa - 4503599627370496 : parts.mantissa;
  const high = Math.floor(fraction / 4294967296);
  const low = fraction % 4294967296;
  const hex = high.toString(16).padStart(5, '0') + low.toString(16).padStart(8, '0');
  const exponent = normal ? parts.exponent + 52 : -1022;
  return `${sign}0x${normal ? '1' : '0'}.${hex}p${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}

const INVALID_HEX = 'invalid hexadecimal floating-point string';

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function hexDigitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/** Matches 'inf', 'infinity', 'nan' (any case) at `start`; returns the end offset or -1. */
function matchInfOrNan(text: string, start: number): { end: number; value: number } | null {
  const rest = text.slice(start, start + 8).toLowerCase();
  if (rest.startsWith('infinity')) return { end: start + 8, value: Infinity };
  if (rest.startsWith('inf')) return { end: start + 3, value: Infinity };
  if (rest.startsWith('nan')) return { end: start + 3, value: Number.NaN };
  return null;
}

/**
 * `float.fromhex(s)`: optional whitespace and sign, 'inf'/'infinity'/'nan', or
 * `[0x]hex[.hex][p[±]dec]`, rounded half-even. ValueError "invalid hexadecimal floating-point
 * string"; OverflowError "hexadecimal value too large to represent as a float".
 */
export function floatFromHex(text: string): number {
  let pos = 0;
  let end = text.length;
  while (pos < end && isAsciiSpace(text.charCodeAt(pos))) pos++;
  while (end > pos && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  if (text[pos] === '-') {
    negative = true;
    pos++;
  } else if (text[pos] === '+') {
    pos++;
  }
  const special = matchInfOrNan(text, pos);
  if (special !== null && special.end === end) {
    return negative ? -special.value : special.value;
  }
  if (text[pos] === '0' && (text[pos + 1] === 'x' || text[pos + 1] === 'X')) pos += 2;
  let mantissa = 0n;
  let digitCount = 0;
  let fractionDigits = 0;
  let sawPoint = false;
  let chunk = 0;
  let chunkDigits = 0;
  for (; pos < end; pos++) {
    const code = text.charCodeAt(pos);
    if (code === 46 && !sawPoint) {
      sawPoint = true;
      continue;
    }
    const digit = hexDigitValue(code);
    if (digit < 0) break;
    digitCount++;
    if (sawPoint) fractionDigits++;
    chunk = chunk * 16 + digit;
    if (++chunkDigits === 12) {
      mantissa = (mantissa << 48n) | BigInt(chunk);
      chunk = 0;
      chunkDigits = 0;
    }
  }
  if (chunkDigits > 0) mantissa = (mantissa << BigInt(chunkDigits * 4)) | BigInt(chunk);
  if (digitCount === 0) throw new PythonError('ValueError', INVALID_HEX);
  let exponent = 0;
  if (pos < end && (text[pos] === 'p' || text[pos] === 'P')) {
    pos++;
    let exponentNegative = false;
    if (text[pos] === '-') {
      exponentNegative = true;
      pos++;
    } else if (text[pos] === '+') {
      pos++;
    }
    const digitsStart = pos;
    while (pos < end && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57) {
      // Saturate: anything past 2^31 is already far out of range.
      if (exponent < 2147483648) exponent = exponent * 10 + (text.charCodeAt(pos) - 48);
      pos++;
    }
    if (pos === digitsStart) throw new PythonError('ValueError', INVALID_HEX);
    if (exponentNegative) exponent = -exponent;
  }
  if (pos !== end) throw new PythonError('ValueError', INVALID_HEX);
  if (mantissa === 0n) return negative ? -0 : 0;
  const result = scaledToFloat(mantissa, exponent - 4 * fractionDigits);
  if (result === Infinity) {
    throw new PythonError('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return negative ? -result : result;
}

/** Bit length of a positive bigint. */
function bitLength(value: bigint): number {
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/**
 * A positive integer times a power of two, correctly rounded half-even to a double (Infinity when
 * it overflows, subnormals and zero handled).
 */
export function scaledToFloat(mantissa: bigint, exponent: number): number {
  const bits = bitLength(mantissa);
  // Exponent of the lowest bit the result can keep: 53 significant bits, but never below 2^-1074.
  const top = bits + exponent;
  if (top > 1025) return Infinity;
  if (top < -1076) return 0;
  let lowest = top - 53;
  if (lowest < -1074) lowest = -1074;
  let kept: bigint;
  const drop = lowest - exponent;
  if (drop <= 0) {
    kept = mantissa;
    lowest = exponent;
  } else {
    const dropBig = BigInt(drop);
    kept = mantissa >> dropBig;
    const remainder = mantissa - (kept << dropBig);
    const half = 1n << (dropBig - 1n);
    if (remainder > half || (remainder === half && (kept & 1n) === 1n)) kept += 1n;
  }
  return ldexp(Number(kept), lowest);
}

/** value × 2^exponent without intermediate overflow or double rounding (value exact, ≤ 2^54). */
export function ldexp(value: number, exponent: number): number {
  if (exponent > 1023) {
    value *= 2 ** 1023;
    exponent -= 1023;
    if (exponent > 1023) return value * Infinity;
  } else if (exponent < -1022) {
    // Scale in two steps so the first product stays normal; the second is exact or rounds once.
    value *= 2 ** -1022;
    exponent += 1022;
    if (exponent < -1022) {
      value *= 2 ** -1022;
      exponent += 1022;
    }
  }
  return value * 2 ** exponent;
}

// float(str) -------------------------------------------------------------------------------------

const DECIMAL_FLOAT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/**
 * `float(s)` for a str: surrounding whitespace, one underscore between digits, Unicode decimal
 * digits, 'inf'/'infinity'/'nan' with sign, correctly rounded. ValueError "could not convert
 * string to float: <repr>" (`reprText` overrides the repr, e.g. for bytes input).
 */
export function parseFloatText(text: string, reprText?: string): number {
  let ascii = text;
  // CPython first maps Unicode digits to ASCII and Unicode spaces to ' ' (others become '?').
  if (!/^[\x00-\x7f]*$/.test(text)) {
    ascii = '';
    for (const char of text) {
      const point = char.codePointAt(0)!;
      if (point < 128) ascii += char;
      else if (isSpaceCodePoint(point)) ascii += ' ';
      else {
        const digit = decimalValueOf(point);
        ascii += digit >= 0 ? String.fromCharCode(48 + digit) : '?';
      }
    }
  }
  let start = 0;
  let end = ascii.length;
  while (start < end && isAsciiSpace(ascii.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(ascii.charCodeAt(end - 1))) end--;
  let body = ascii.slice(start, end);
  if (body.includes('_')) body = removeDigitUnderscores(body, text, reprText);
  if (DECIMAL_FLOAT.test(body)) return Number(body);
  let pos = 0;
  let negative = false;
  if (body[0] === '-' || body[0] === '+') {
    negative = body[0] === '-';
    pos = 1;
  }
  const special = matchInfOrNan(body, pos);
  if (special !== null && special.end === body.length) {
    return negative ? -special.value : special.value;
  }
  throw cannotConvert(text, reprText);
}

function cannotConvert(text: string, reprText: string | undefined): PythonError {
  return new PythonError(
    'ValueError',
    `could not convert string to float: ${reprText ?? reprStr(text)}`,
  );
}

/** Drops underscores that sit between two digits; any other underscore is an error. */
function removeDigitUnderscores(body: string, text: string, reprText: string | undefined): string {
  let result = '';
  let previous = 0;
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index);
    const previousIsDigit = previous >= 48 && previous <= 57;
    if (code === 95) {
      if (!previousIsDigit) throw cannotConvert(text, reprText);
    } else {
      if (previous === 95 && !(code >= 48 && code <= 57)) throw cannotConvert(text, reprText);
      result += body[index];
    }
    previous = code;
  }
  if (previous === 95) throw cannotConvert(text, reprText);
  return result;
}
