// repr() of float and complex exactly as CPython writes them, and the digit layout shared by every
// float formatter (CPython's format_float_short). Choosing the digits is float-digits' job;
// format specs and % formatting build on `layoutFloat` through float-format.

import { type DecimalDigits, shortestDigits, signBit } from './float-digits.js';

/** The presentation CPython's format_float_short implements. */
export type FloatLayoutCode = 'e' | 'f' | 'g' | 'r';

/** Options of PyOS_double_to_string (its Py_DTSF_* flags). */
export interface FloatLayoutFlags {
  /** Py_DTSF_SIGN: write '+' for non-negative values. */
  readonly sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integers keep a '.0' (repr, str, format without type). */
  readonly addDotZero?: boolean;
  /** Py_DTSF_ALT: '#' — keep the decimal point and, for 'g', trailing zeros. */
  readonly alternate?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' — a result that rounds to zero loses its minus sign. */
  readonly noNegativeZero?: boolean;
  /** Upper-case 'E', 'INF', 'NAN'. */
  readonly upper?: boolean;
}

const NO_FLAGS: FloatLayoutFlags = {};

/** '+05', '-310': the exponent as CPython prints it (sign, at least two digits). */
function exponentText(exponent: number): string {
  const sign = exponent < 0 ? '-' : '+';
  const magnitude = exponent < 0 ? -exponent : exponent;
  return magnitude < 10 ? `${sign}0${magnitude}` : sign + magnitude;
}

/**
 * Lays out dtoa digits the way CPython's format_float_short does: chooses exponent or fixed
 * notation, pads with zeros to the precision, handles the sign and '#'. `negative` is the sign of
 * the original double; `precision` is the one PyOS_double_to_string passes on (for 'e' already
 * incremented by one).
 * @see https://github.com/python/cpython/blob/3.11/Python/pystrtod.c
 */
export function layoutFloat(
  result: DecimalDigits,
  negative: boolean,
  code: FloatLayoutCode,
  precision: number,
  flags: FloatLayoutFlags = NO_FLAGS,
): string {
  const digits = result.digits;
  const digitCount = digits.length;
  let decpt = result.decpt;
  if (
    negative &&
    flags.noNegativeZero === true &&
    (digitCount === 0 || (digitCount === 1 && digits === '0'))
  ) {
    negative = false;
  }
  const addDotZero = flags.addDotZero === true;
  const alternate = flags.alternate === true;
  let useExponent = false;
  let exponent = 0;
  let visibleEnd = digitCount;
  switch (code) {
    case 'e':
      useExponent = true;
      visibleEnd = precision;
      break;
    case 'f':
      visibleEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision)) useExponent = true;
      if (alternate) visibleEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExponent = true;
      break;
  }
  if (useExponent) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const visibleStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExponent && addDotZero) visibleEnd = visibleEnd > decpt ? visibleEnd : decpt + 1;
  else visibleEnd = visibleEnd > decpt ? visibleEnd : decpt;

  let text = negative ? '-' : flags.sign === true ? '+' : '';
  if (decpt <= 0) {
    text += `${'0'.repeat(decpt - visibleStart)}.${'0'.repeat(-decpt)}`;
  } else if (visibleStart < 0) {
    text += '0'.repeat(-visibleStart);
  }
  if (decpt > 0 && decpt <= digitCount) {
    text += `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  } else {
    text += digits;
  }
  if (digitCount < decpt) {
    text += `${'0'.repeat(decpt - digitCount)}.${'0'.repeat(visibleEnd - decpt)}`;
  } else if (visibleEnd > digitCount) {
    text += '0'.repeat(visibleEnd - digitCount);
  }
  if (!alternate && text.charCodeAt(text.length - 1) === 46) text = text.slice(0, -1);
  if (useExponent) text += (flags.upper === true ? 'E' : 'e') + exponentText(exponent);
  return text;
}

/** 'inf', '-inf', 'nan' (NaN never shows its sign), upper-cased on request. */
export function nonFiniteText(value: number, flags: FloatLayoutFlags = NO_FLAGS): string {
  let text: string;
  if (Number.isNaN(value)) text = flags.sign === true ? '+nan' : 'nan';
  else if (value > 0) text = flags.sign === true ? '+inf' : 'inf';
  else text = '-inf';
  return flags.upper === true ? text.toUpperCase() : text;
}

/**
 * `repr(float)` and `str(float)`: the shortest digits that round-trip, in fixed notation for
 * 1e-4 <= |x| < 1e16 (with '.0' for integers) and exponent notation otherwise ('1e+16', '1e-05').
 * @see https://docs.python.org/3/tutorial/floatingpoint.html
 */
export function floatRepr(value: number): string {
  const abs = value < 0 ? -value : value;
  if (abs >= 1e-4 && abs < 1e16) {
    // JS writes this range in fixed notation with the same shortest digits.
    const text = String(value);
    return Number.isInteger(value) ? `${text}.0` : text;
  }
  if (value === 0) return signBit(value) ? '-0.0' : '0.0';
  if (Number.isNaN(abs) || abs === Infinity) return nonFiniteText(value);
  return layoutFloat(shortestDigits(abs), value < 0, 'r', 0, ADD_DOT_ZERO);
}

const ADD_DOT_ZERO: FloatLayoutFlags = { addDotZero: true };
const WITH_SIGN: FloatLayoutFlags = { sign: true };

/** repr of one complex component: shortest digits, no '.0' for integers ('1', '1e+16', 'nan'). */
function complexPartRepr(value: number, flags: FloatLayoutFlags): string {
  if (Number.isNaN(value) || value === Infinity || value === -Infinity) {
    return nonFiniteText(value, flags);
  }
  return layoutFloat(shortestDigits(value), signBit(value), 'r', 0, flags);
}

/**
 * `repr(complex)`: `'2j'` when the real part is +0.0, else `'(1+2j)'`; components use repr
 * digits without a trailing '.0' (`(1.5-0j)`, `(nan+infj)`).
 */
export function complexRepr(real: number, imag: number): string {
  const imagText = `${complexPartRepr(imag, NO_FLAGS)}j`;
  if (real === 0 && !signBit(real)) return imagText;
  return `(${complexPartRepr(real, NO_FLAGS)}${complexPartRepr(imag, WITH_SIGN)}j)`;
}
