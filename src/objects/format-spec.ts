// The format-spec mini-language of format()/str.format/f-strings: parsing with CPython's errors,
// and formatting of int, float, complex and str values (Python/formatter_unicode.c). Calling a
// user __format__, and str() for an empty spec on subclasses, are the object model's job.

import { type DoubleFormatCode, doubleToString } from './float-format.js';
import type { FloatLayoutFlags } from './float-repr.js';
import { floatRepr } from './float-repr.js';
import { type IntValue, intToFloat } from './int-math.js';
import { DEFAULT_MAX_STR_DIGITS, intToString } from './int-text.js';
import { PythonError } from './python-error.js';
import { decimalValueOf } from './str-predicates.js';

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
  /** The fill character (one code point; ' ' by default, '0' after the 0 flag). */
  readonly fill: string;
  /** Alignment, with the type's default applied. */
  readonly align: '<' | '>' | '^' | '=';
  /** '+', '-', ' ' or '' when absent. */
  readonly sign: '+' | '-' | ' ' | '';
  /** 'z': negative zero shows as zero. */
  readonly noNegativeZero: boolean;
  /** '#'. */
  readonly alternate: boolean;
  /** Minimum width in code points, or -1. */
  readonly width: number;
  /** Thousands separator: ',' or '_' (every 3 digits; '_' every 4 for b/o/x/X), or ''. */
  readonly grouping: ',' | '_' | '';
  /** Precision, or -1. */
  readonly precision: number;
  /** The presentation type (one code point), or '' when absent. */
  readonly type: string;
}

/** Strings longer than this cannot be built; CPython would run out of memory first. */
const MAX_RESULT_LENGTH = 1 << 28;

function valueError(message: string): PythonError {
  return new PythonError('ValueError', message);
}

/** A presentation type as CPython quotes it in messages: 'x', or '\x..' outside 33..127. */
function quoteType(type: string): string {
  const point = type.codePointAt(0)!;
  return point > 32 && point < 128 ? type : `\\x${point.toString(16)}`;
}

function unknownFormatCode(type: string, typeName: string): PythonError {
  return valueError(`Unknown format code '${quoteType(type)}' for object of type '${typeName}'`);
}

/** Reads decimal digits (any Unicode Nd) from `points` at `start`: [value, next index]. */
function readInteger(points: number[], start: number): [number, number] {
  let index = start;
  let value = 0n;
  while (index < points.length) {
    const digit = decimalValueOf(points[index]!);
    if (digit < 0) break;
    value = value * 10n + BigInt(digit);
    if (value > 9223372036854775807n) {
      throw valueError('Too many decimal digits in format string');
    }
    index++;
  }
  return [index === start ? -1 : Number(value), index];
}

function invalidSeparator(grouping: string, type: string): PythonError {
  return valueError(`Cannot specify '${grouping}' with '${quoteType(type)}'.`);
}

function isAlign(point: number | undefined): boolean {
  return point === 60 || point === 62 || point === 61 || point === 94;
}

/**
 * Parses a format spec the way CPython's parse_internal_render_format_spec does, including the
 * checks that need no value: "Invalid format specifier '…' for object of type 'T'", "Format
 * specifier missing precision", "Too many decimal digits in format string", "Cannot specify ','
 * with 's'.", "Cannot specify both ',' and '_'.".
 */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: '<' | '>',
): FormatSpec {
  // Programs reuse a handful of specs; a parse does not depend on the type name (only its errors
  // do, and errors are not cached). One cache per (defaultType, defaultAlign) pair.
  const cache = specCache(defaultType, defaultAlign);
  const cached = cache.get(spec);
  if (cached !== undefined) return cached;
  const parsed = parseUncached(spec, typeName, defaultType, defaultAlign);
  if (cache.size >= 512) cache.clear();
  cache.set(spec, parsed);
  return parsed;
}

/** Parsed specs of int, float and str (by spec text), and of other defaults (by both). */
const intSpecs = new Map<string, FormatSpec>();
const floatSpecs = new Map<string, FormatSpec>();
const strSpecs = new Map<string, FormatSpec>();
const otherSpecs = new Map<string, Map<string, FormatSpec>>();

function specCache(defaultType: string, defaultAlign: '<' | '>'): Map<string, FormatSpec> {
  if (defaultAlign === '>') {
    if (defaultType === 'd') return intSpecs;
    if (defaultType === '') return floatSpecs;
  } else if (defaultType === 's') {
    return strSpecs;
  }
  const key = defaultType + defaultAlign;
  let cache = otherSpecs.get(key);
  if (cache === undefined) {
    cache = new Map();
    otherSpecs.set(key, cache);
  }
  return cache;
}

function parseUncached(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: '<' | '>',
): FormatSpec {
  const points: number[] = [];
  for (const char of spec) points.push(char.codePointAt(0)!);
  const end = points.length;
  let pos = 0;
  let fill = ' ';
  let align: '<' | '>' | '^' | '=' = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(points[pos + 1])) {
    align = String.fromCharCode(points[pos + 1]!) as typeof align;
    fill = String.fromCodePoint(points[pos]!);
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(points[pos])) {
    align = String.fromCharCode(points[pos]!) as typeof align;
    alignSpecified = true;
    pos++;
  }
  let sign: FormatSpec['sign'] = '';
  if (pos < end && (points[pos] === 43 || points[pos] === 45 || points[pos] === 32)) {
    sign = String.fromCharCode(points[pos]!) as FormatSpec['sign'];
    pos++;
  }
  let noNegativeZero = false;
  if (pos < end && points[pos] === 122) {
    noNegativeZero = true;
    pos++;
  }
  let alternate = false;
  if (pos < end && points[pos] === 35) {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && points[pos] === 48) {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  const widthRead = readInteger(points, pos);
  const width = widthRead[0];
  pos = widthRead[1];
  let grouping: FormatSpec['grouping'] = '';
  if (pos < end && points[pos] === 44) {
    grouping = ',';
    pos++;
  }
  if (pos < end && points[pos] === 95) {
    if (grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (pos < end && points[pos] === 44 && grouping === '_') {
    throw valueError("Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (pos < end && points[pos] === 46) {
    pos++;
    [precision, pos] = readInteger(points, pos);
    if (precision < 0) throw valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = end - pos === 1 ? String.fromCodePoint(points[pos]!) : defaultType;
  if (grouping !== '') {
    switch (type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (grouping !== '_') throw invalidSeparator(grouping, type);
        break;
      default:
        throw invalidSeparator(grouping, type);
    }
  }
  return { fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type };
}

// Number layout (calc_number_widths + fill_number) -----------------------------------------------

/**
 * CPython's _PyUnicode_InsertThousandsGrouping: separators every `groupSize` digits from the
 * right, padding with '0' digits (grouped too) up to `minWidth` characters.
 */
function groupDigits(
  digits: string,
  groupSize: number,
  separator: string,
  minWidth: number,
): string {
  if (minWidth < 0) minWidth = 0;
  let remaining = digits.length;
  if (groupSize === 0) {
    const length = Math.max(remaining, minWidth, 1);
    return '0'.repeat(Math.max(0, length - remaining)) + digits;
  }
  let result = '';
  let first = true;
  for (;;) {
    const length = Math.min(groupSize, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, length - remaining);
    const chars = Math.max(0, Math.min(remaining, length));
    const piece = '0'.repeat(zeros) + digits.slice(remaining - chars, remaining);
    result = first ? piece : piece + separator + result;
    first = false;
    remaining -= chars;
    minWidth -= length;
    if (remaining <= 0 && minWidth <= 0) return result;
    minWidth -= separator.length;
  }
}

/** The parts of a formatted number before padding. */
interface NumberParts {
  /** '-' when the value is negative, else ''. */
  signChar: string;
  /** '0x' and friends (alternate form of int types). */
  prefix: string;
  /** The digits to group (ASCII). */
  digits: string;
  /** True when a decimal point follows the digits. */
  hasDecimal: boolean;
  /** What follows the digits and decimal point (fraction, exponent, '%', or a 'c' character). */
  remainder: string;
  /** Length of `remainder` in code points. */
  remainderLength: number;
}

function padding(fill: string, count: number): string {
  if (count <= 0) return '';
  if (count > MAX_RESULT_LENGTH) throw new PythonError('MemoryError', '');
  return fill.repeat(count);
}

/** Lays a number out with sign, prefix, grouping, padding and alignment (fill_number). */
function layoutNumber(
  parts: NumberParts,
  spec: FormatSpec,
  groupSize: number,
  upper: boolean,
): string {
  let sign = '';
  if (spec.sign === '+') sign = parts.signChar === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = parts.signChar === '-' ? '-' : ' ';
  else if (parts.signChar === '-') sign = '-';
  const separator = spec.grouping;
  const nonDigits =
    sign.length + parts.prefix.length + (parts.hasDecimal ? 1 : 0) + parts.remainderLength;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  let grouped =
    parts.digits.length === 0
      ? ''
      : groupDigits(parts.digits, separator === '' ? 0 : groupSize, separator, minWidth);
  if (upper) grouped = grouped.toUpperCase();
  const totalPadding = spec.width - (nonDigits + grouped.length);
  let left = 0;
  let inner = 0;
  let right = 0;
  if (totalPadding > 0) {
    switch (spec.align) {
      case '<':
        right = totalPadding;
        break;
      case '^':
        left = totalPadding >> 1;
        right = totalPadding - left;
        break;
      case '=':
        inner = totalPadding;
        break;
      case '>':
        left = totalPadding;
        break;
    }
  }
  const prefix = upper ? parts.prefix.toUpperCase() : parts.prefix;
  return (
    padding(spec.fill, left) +
    sign +
    prefix +
    padding(spec.fill, inner) +
    grouped +
    (parts.hasDecimal ? '.' : '') +
    parts.remainder +
    padding(spec.fill, right)
  );
}

/** Splits a formatted float (after its sign) into digits, decimal point and remainder. */
function splitFloatText(text: string, parts: NumberParts): void {
  let index = 0;
  if (text.charCodeAt(0) === 45) {
    parts.signChar = '-';
    index = 1;
  }
  const digitsStart = index;
  while (index < text.length && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57)
    index++;
  parts.digits = text.slice(digitsStart, index);
  parts.hasDecimal = text.charCodeAt(index) === 46;
  parts.remainder = text.slice(parts.hasDecimal ? index + 1 : index);
  parts.remainderLength = parts.remainder.length;
}

function emptyParts(): NumberParts {
  return {
    signChar: '',
    prefix: '',
    digits: '',
    hasDecimal: false,
    remainder: '',
    remainderLength: 0,
  };
}

// int ------------------------------------------------------------------------------------------

/**
 * format(int, spec): types b c d o x X n (and e E f F g G % through float), CPython's errors
 * ("Precision not allowed in integer format specifier", "Sign not allowed with integer format
 * specifier 'c'", …). `typeName` names the value's type in messages (e.g. 'bool'). An empty spec
 * gives str(value).
 */
export function formatInt(
  value: IntValue,
  spec: string,
  typeName = 'int',
  maxStrDigits: number = DEFAULT_MAX_STR_DIGITS,
): string {
  if (spec === '') return intToString(value, 10, maxStrDigits);
  const parsed = parseFormatSpec(spec, typeName, 'd', '>');
  switch (parsed.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntParsed(value, parsed, maxStrDigits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatParsed(intToFloat(value), parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

function formatIntParsed(value: IntValue, spec: FormatSpec, maxStrDigits: number): string {
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (
    spec.type === 'd' &&
    spec.width === -1 &&
    spec.sign !== '+' &&
    spec.sign !== ' ' &&
    spec.grouping === ''
  ) {
    return intToString(value, 10, maxStrDigits);
  }
  if (
    spec.type === 'd' &&
    spec.align !== '=' &&
    spec.sign !== '+' &&
    spec.sign !== ' ' &&
    spec.grouping === ''
  ) {
    // Padding goes outside the sign: the digits, aligned.
    const text = intToString(value, 10, maxStrDigits);
    return alignText(text, text.length, spec.width, spec.align, spec.fill);
  }
  const parts = emptyParts();
  if (spec.type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (
      typeof value === 'bigint' &&
      (value > 9223372036854775807n || value < -9223372036854775808n)
    ) {
      throw new PythonError('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0 || value > 0x10ffff) {
      throw new PythonError('OverflowError', '%c arg not in range(0x110000)');
    }
    parts.remainder = String.fromCodePoint(Number(value));
    parts.remainderLength = 1;
    return layoutNumber(parts, spec, 0, false);
  }
  let base = 10;
  let prefix = '';
  switch (spec.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = '0x';
      break;
  }
  let digits = intToString(value, base, base === 10 ? maxStrDigits : 0);
  if (digits.charCodeAt(0) === 45) {
    parts.signChar = '-';
    digits = digits.slice(1);
  }
  parts.digits = digits;
  if (spec.alternate) parts.prefix = prefix;
  const groupSize = base === 10 ? 3 : 4;
  // 'n' uses the C locale: no grouping.
  const effective = spec.type === 'n' ? { ...spec, grouping: '' as const } : spec;
  return layoutNumber(parts, effective, groupSize, spec.type === 'X');
}

// float ------------------------------------------------------------------------------------------

/**
 * format(float, spec): types e E f F g G n % and none (repr-like: no precision gives repr,
 * a precision gives 'g' keeping at least one digit after the point). An empty spec gives repr.
 */
export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(value);
  const parsed = parseFormatSpec(spec, typeName, '', '>');
  switch (parsed.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatParsed(value, parsed);
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
}

/** The PyOS_double_to_string call of format_float_internal / format_complex_internal. */
function floatBody(
  value: number,
  spec: FormatSpec,
  noTypeFlags: FloatLayoutFlags,
  noTypeCode: DoubleFormatCode,
): string {
  if (spec.precision > 2147483647) throw valueError('precision too big');
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let flags: FloatLayoutFlags =
    spec.alternate || spec.noNegativeZero
      ? { alternate: spec.alternate, noNegativeZero: spec.noNegativeZero }
      : NO_EXTRA_FLAGS;
  if (type === '') {
    flags = flags === NO_EXTRA_FLAGS ? noTypeFlags : { ...flags, ...noTypeFlags };
    type = noTypeCode;
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let percent = false;
  if (type === '%') {
    type = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > MAX_RESULT_LENGTH) throw new PythonError('MemoryError', '');
  const text = doubleToString(value, type as DoubleFormatCode, precision, flags);
  return percent ? `${text}%` : text;
}

const ADD_DOT_ZERO: FloatLayoutFlags = { addDotZero: true };
const NO_EXTRA_FLAGS: FloatLayoutFlags = {};

function formatFloatParsed(value: number, spec: FormatSpec): string {
  if (
    spec.sign !== '+' &&
    spec.sign !== ' ' &&
    spec.grouping === '' &&
    spec.type !== 'n' &&
    (spec.width === -1 || spec.align !== '=')
  ) {
    // No sign to add, no grouping, no padding between sign and digits: the body, aligned.
    const text = floatBody(value, spec, ADD_DOT_ZERO, 'r');
    return spec.width === -1
      ? text
      : alignText(text, text.length, spec.width, spec.align, spec.fill);
  }
  const parts = emptyParts();
  splitFloatText(floatBody(value, spec, ADD_DOT_ZERO, 'r'), parts);
  const effective = spec.type === 'n' ? { ...spec, grouping: '' as const } : spec;
  return layoutNumber(parts, effective, 3, false);
}

// complex ----------------------------------------------------------------------------------------

/**
 * format(complex, spec) from its parts: types e E f F g G n and none (like str(): parentheses
 * unless the real part is +0.0 and is then left out). "Zero padding is not allowed in complex
 * format specifier", "'=' alignment flag is not allowed in complex format specifier".
 */
export function formatComplex(
  real: number,
  imag: number,
  spec: string,
  typeName = 'complex',
): string {
  const parsed = parseFormatSpec(spec, typeName, '', '>');
  switch (parsed.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      throw unknownFormatCode(parsed.type, typeName);
  }
  if (parsed.precision > 2147483647) throw valueError('precision too big');
  if (parsed.fill === '0')
    throw valueError('Zero padding is not allowed in complex format specifier');
  if (parsed.align === '=') {
    throw valueError("'=' alignment flag is not allowed in complex format specifier");
  }
  let skipReal = false;
  let parentheses = false;
  if (parsed.type === '') {
    if (real === 0 && 1 / real > 0) skipReal = true;
    else parentheses = true;
  }
  const realParts = emptyParts();
  const imagParts = emptyParts();
  splitFloatText(floatBody(real, parsed, NO_EXTRA_FLAGS, 'r'), realParts);
  splitFloatText(floatBody(imag, parsed, NO_EXTRA_FLAGS, 'r'), imagParts);
  const grouping = parsed.type === 'n' ? ('' as const) : parsed.grouping;
  const unpadded: FormatSpec = { ...parsed, fill: ' ', align: '<', width: -1, grouping };
  const realText = skipReal ? '' : layoutNumber(realParts, unpadded, 3, false);
  const imagSpec: FormatSpec = skipReal ? unpadded : { ...unpadded, sign: '+' };
  const imagText = layoutNumber(imagParts, imagSpec, 3, false);
  const body = `${parentheses ? '(' : ''}${realText}${imagText}j${parentheses ? ')' : ''}`;
  return alignText(body, body.length, parsed.width, parsed.align, parsed.fill);
}

/** calc_padding: pads `text` (of `length` code points) to `width` by `align`. */
function alignText(
  text: string,
  length: number,
  width: number,
  align: string,
  fill: string,
): string {
  if (width <= length) return text;
  const total = width - length;
  let left = 0;
  if (align === '>') left = total;
  else if (align === '^') left = total >> 1;
  return padding(fill, left) + text + padding(fill, total - left);
}

// str --------------------------------------------------------------------------------------------

function codePointCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

function truncateCodePoints(text: string, count: number): string {
  let index = 0;
  for (let taken = 0; taken < count && index < text.length; taken++) {
    const unit = text.charCodeAt(index);
    index += unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, index);
}

/**
 * format(str, spec): type s (or none), precision truncates, default alignment left. "Sign not
 * allowed in string format specifier", "Alternate form (#) not allowed in string format
 * specifier", "'=' alignment not allowed in string format specifier", ….
 */
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const parsed = parseFormatSpec(spec, typeName, 's', '<');
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, typeName);
  if (parsed.sign !== '') {
    throw valueError(
      parsed.sign === ' '
        ? 'Space not allowed in string format specifier'
        : 'Sign not allowed in string format specifier',
    );
  }
  if (parsed.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  }
  if (parsed.alternate)
    throw valueError('Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=')
    throw valueError("'=' alignment not allowed in string format specifier");
  let length = codePointCount(value);
  let text = value;
  if (parsed.precision >= 0 && length > parsed.precision) {
    text = truncateCodePoints(value, parsed.precision);
    length = parsed.precision;
  }
  return alignText(text, length, parsed.width, parsed.align, parsed.fill);
}
