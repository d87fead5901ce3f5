// printf-style formatting: `str % args` and `bytes % args` (CPython's PyUnicode_Format and
// _PyBytes_FormatEx) with their errors. Values are opaque: str(), repr(), ascii(), number
// conversions and mapping access go through the PercentFormatHost the object model implements.

import { latin1Text } from './codec-single-byte.js';
import { type DoubleFormatCode, doubleToString } from './float-format.js';
import type { FloatLayoutFlags } from './float-repr.js';
import { type IntValue, intToFloat } from './int-math.js';
import { DEFAULT_MAX_STR_DIGITS, intToString } from './int-text.js';
import { PythonError } from './python-error.js';
import { flatStr } from './str-flat.js';

/**
 * What % formatting needs from the runtime for values that are not JS primitives. JS strings
 * are Python str, numbers and bigints Python int, booleans Python bool; everything else
 * (floats, tuples, dicts, instances, bytes objects) goes through the host.
 */
export interface PercentFormatHost {
  /** str(value). */
  str(value: unknown): string;
  /** repr(value). */
  repr(value: unknown): string;
  /** ascii(value). */
  ascii(value: unknown): string;
  /** The type name CPython puts in messages (`type(value).__name__`). */
  typeName(value: unknown): string;
  /** The items when `value` is a tuple (or tuple subclass), else null. */
  tupleItems(value: unknown): readonly unknown[] | null;
  /**
   * PyMapping_Check: the value has __getitem__ (dicts, lists, bytes, …). Called for non-tuple
   * objects; for bytes formatting (`forBytes`) bytes and bytearray must answer false.
   */
  isMapping(value: unknown, forBytes: boolean): boolean;
  /** mapping[key] (raises KeyError etc. itself). For bytes formatting the key is a Uint8Array. */
  getItem(mapping: unknown, key: string | Uint8Array): unknown;
  /**
   * The int a %d/%i/%u ('int': int(value), for floats too) or %o/%x/%X/%c ('index': __index__)
   * conversion gives, or null when the value is not a number (CPython then raises the format's
   * own TypeError). Other errors propagate.
   */
  toInteger(value: unknown, mode: 'int' | 'index'): IntValue | null;
  /** float(value) as PyFloat_AsDouble does (TypeError "must be real number, not T" itself). */
  toFloat(value: unknown): number;
  /**
   * For bytes formatting: the bytes of a bytes or bytearray object (`exact`, for %c), or of any
   * bytes-like object or `__bytes__()` result (%s, %b); null when the value offers none.
   */
  toBytes?(value: unknown, exact: boolean): Uint8Array | null;
  /** sys.get_int_max_str_digits() (4300 by default; 0 means no limit). */
  readonly maxStrDigits?: number;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function typeError(message: string): PythonError {
  return new PythonError('TypeError', message);
}

function valueError(message: string): PythonError {
  return new PythonError('ValueError', message);
}

/** The state of one formatting run (CPython's unicode_formatter_t). */
interface Formatter {
  readonly host: PercentFormatHost;
  readonly bytesMode: boolean;
  /** The format, as a JS string (Latin-1 characters for bytes). */
  readonly format: string;
  pos: number;
  /** Characters left, with CPython's off-by-one conventions. */
  count: number;
  args: unknown;
  /** Tuple items when args is a tuple. */
  items: readonly unknown[] | null;
  argIndex: number;
  argLength: number;
  mapping: unknown;
  hasMapping: boolean;
}

/** One conversion's flags, width, precision and character. */
interface Conversion {
  char: string;
  flags: number;
  width: number;
  precision: number;
  /** True for numeric conversions: the sign and '0' fill logic apply. */
  numeric: boolean;
}

function nextArg(state: Formatter): unknown {
  const index = state.argIndex;
  if (index < state.argLength) {
    state.argIndex++;
    return state.argLength < 0 ? state.args : state.items![index];
  }
  throw typeError('not enough arguments for format string');
}

function isPythonInt(value: unknown): value is number | bigint | boolean {
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
}

function asInt(value: number | bigint | boolean): IntValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** '*' width or precision: the next argument, which must be an int. */
function starArg(state: Formatter, what: 'width' | 'precision'): number {
  const value = nextArg(state);
  if (!isPythonInt(value)) throw typeError('* wants int');
  const number = asInt(value);
  const limit = what === 'width' ? 9223372036854775807n : 2147483647n;
  const big = typeof number === 'bigint' ? number : BigInt(number);
  if (big > limit || big < -limit - 1n) {
    throw new PythonError(
      'OverflowError',
      `Python int too large to convert to C ${what === 'width' ? 'ssize_t' : 'int'}`,
    );
  }
  return Number(number);
}

function readChar(state: Formatter): string {
  const code = state.format.charCodeAt(state.pos);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = state.format.charCodeAt(state.pos + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const char = state.format.slice(state.pos, state.pos + 2);
      state.pos += 2;
      return char;
    }
  }
  state.pos++;
  return state.format[state.pos - 1] ?? '\0';
}

function isDigit(char: string): boolean {
  return char.length === 1 && char >= '0' && char <= '9';
}

/** unicode_format_arg_parse: mapping key, flags, width, precision and length modifier. */
function parseConversion(state: Formatter, conversion: Conversion): void {
  let char = state.format[state.pos] ?? '\0';
  if (char === '(') {
    if (!state.hasMapping) throw typeError('format requires a mapping');
    state.pos++;
    state.count--;
    const keyStart = state.pos;
    let depth = 1;
    while (depth > 0 && --state.count >= 0) {
      char = state.format[state.pos]!;
      if (char === ')') depth--;
      else if (char === '(') depth++;
      state.pos++;
    }
    if (state.count < 0 || depth > 0) throw valueError('incomplete format key');
    const keyText = state.format.slice(keyStart, state.pos - 1);
    const key = state.bytesMode ? latin1ToBytes(keyText) : keyText;
    state.args = state.host.getItem(state.mapping, key);
    state.items = null;
    state.argLength = -1;
    state.argIndex = -2;
  }
  while (--state.count >= 0) {
    char = readChar(state);
    if (char === '-') conversion.flags |= F_LJUST;
    else if (char === '+') conversion.flags |= F_SIGN;
    else if (char === ' ') conversion.flags |= F_BLANK;
    else if (char === '#') conversion.flags |= F_ALT;
    else if (char === '0') conversion.flags |= F_ZERO;
    else break;
  }
  if (char === '*') {
    conversion.width = starArg(state, 'width');
    if (conversion.width < 0) {
      conversion.flags |= F_LJUST;
      conversion.width = -conversion.width;
    }
    if (--state.count >= 0) char = readChar(state);
  } else if (isDigit(char)) {
    let width = char.charCodeAt(0) - 48;
    while (--state.count >= 0) {
      char = readChar(state);
      if (!isDigit(char)) break;
      width = width * 10 + (char.charCodeAt(0) - 48);
      if (width > Number.MAX_SAFE_INTEGER / 16) throw valueError('width too big');
    }
    conversion.width = width;
  }
  if (char === '.') {
    conversion.precision = 0;
    if (--state.count >= 0) char = readChar(state);
    if (char === '*') {
      conversion.precision = starArg(state, 'precision');
      if (conversion.precision < 0) conversion.precision = 0;
      if (--state.count >= 0) char = readChar(state);
    } else if (isDigit(char)) {
      let precision = char.charCodeAt(0) - 48;
      while (--state.count >= 0) {
        char = readChar(state);
        if (!isDigit(char)) break;
        precision = precision * 10 + (char.charCodeAt(0) - 48);
        if (precision > 2147483647) throw valueError('precision too big');
      }
      conversion.precision = precision;
    }
  }
  if (state.count >= 0 && (char === 'h' || char === 'l' || char === 'L')) {
    if (--state.count >= 0) char = readChar(state);
  }
  if (state.count < 0) throw valueError('incomplete format');
  conversion.char = char;
}

/** _PyUnicode_FormatLong: digits in the conversion's base, prefix kept only with '#', precision zeros. */
function formatLong(
  value: IntValue,
  flags: number,
  precision: number,
  char: string,
  maxDigits: number,
): string {
  const base = char === 'o' ? 8 : char === 'x' || char === 'X' ? 16 : 10;
  let digits = intToString(value, base, base === 10 ? maxDigits : 0);
  let sign = '';
  if (digits.charCodeAt(0) === 45) {
    sign = '-';
    digits = digits.slice(1);
  }
  const prefix = base === 10 || (flags & F_ALT) === 0 ? '' : base === 8 ? '0o' : '0x';
  if (precision > 2147483644) throw new PythonError('OverflowError', 'precision too large');
  if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
  const text = sign + prefix + digits;
  return char === 'X' ? text.toUpperCase() : text;
}

function wrongNumberType(char: string, value: unknown, host: PercentFormatHost): PythonError {
  const name = typeNameOf(value, host);
  if (char === 'o' || char === 'x' || char === 'X') {
    return typeError(`%${char} format: an integer is required, not ${name}`);
  }
  return typeError(`%${char} format: a real number is required, not ${name}`);
}

function typeNameOf(value: unknown, host: PercentFormatHost): string {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return 'int';
  return host.typeName(value);
}

function toFloatValue(value: unknown, state: Formatter): number {
  if (typeof value === 'number' || typeof value === 'bigint') return intToFloat(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    throw typeError(
      state.bytesMode ? 'float argument required, not str' : 'must be real number, not str',
    );
  }
  return state.host.toFloat(value);
}

/** The int-to-str digit limit for `value`: a safe-integer number never reaches it (no host read). */
function digitLimit(value: IntValue, host: PercentFormatHost): number {
  return typeof value === 'number' ? 0 : (host.maxStrDigits ?? DEFAULT_MAX_STR_DIGITS);
}

/** Code-point length of a JS string. */
function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        index++;
      }
    }
  }
  return length;
}

function sliceCodePoints(text: string, start: number, count: number): string {
  let offset = 0;
  for (let taken = 0; taken < start; taken++) offset += isPairAt(text, offset) ? 2 : 1;
  let end = offset;
  for (let taken = 0; taken < count && end < text.length; taken++)
    end += isPairAt(text, end) ? 2 : 1;
  return text.slice(offset, end);
}

function isPairAt(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(offset + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

const ALTERNATE: FloatLayoutFlags = { alternate: true };
const NOT_ALTERNATE: FloatLayoutFlags = { alternate: false };

/** The text one conversion produces, before padding (unicode_format_arg_format). */
function convert(state: Formatter, conversion: Conversion): string {
  const value = nextArg(state);
  const host = state.host;
  const char = conversion.char;
  switch (char) {
    case 's':
    case 'r':
    case 'a':
    case 'b':
      if (state.bytesMode) return bytesConversion(value, char, state);
      if (char === 'b') break;
      if (isPythonInt(value)) {
        if (typeof value === 'boolean') return value ? 'True' : 'False';
        return intToString(value, 10, digitLimit(value, host));
      }
      if (typeof value === 'string') {
        if (char === 's') return value;
        return char === 'r' ? host.repr(value) : host.ascii(value);
      }
      return char === 's' ? host.str(value) : char === 'r' ? host.repr(value) : host.ascii(value);
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let integer: IntValue | null;
      if (isPythonInt(value)) integer = asInt(value);
      else if (typeof value === 'string') integer = null;
      else
        integer = host.toInteger(
          value,
          char === 'o' || char === 'x' || char === 'X' ? 'index' : 'int',
        );
      if (integer === null) throw wrongNumberType(char, value, host);
      conversion.numeric = true;
      return formatLong(
        integer,
        conversion.flags,
        conversion.precision,
        char,
        digitLimit(integer, host),
      );
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const number = toFloatValue(value, state);
      conversion.numeric = true;
      const precision = conversion.precision < 0 ? 6 : conversion.precision;
      return doubleToString(
        number,
        char as DoubleFormatCode,
        precision,
        (conversion.flags & F_ALT) !== 0 ? ALTERNATE : NOT_ALTERNATE,
      );
    }
    case 'c':
      return state.bytesMode ? bytesChar(value, state) : strChar(value, host);
  }
  const point = char.codePointAt(0) ?? 0;
  const shown = point >= 31 && point <= 126 ? char : '?';
  const index = codePointLength(state.format.slice(0, state.pos)) - 1;
  throw valueError(
    `unsupported format character '${shown}' (0x${point.toString(16)}) at index ${index}`,
  );
}

function strChar(value: unknown, host: PercentFormatHost): string {
  if (typeof value === 'string') {
    if (codePointLength(value) === 1) return value;
    throw typeError('%c requires int or char');
  }
  const integer = isPythonInt(value) ? asInt(value) : host.toInteger(value, 'index');
  if (integer === null) throw typeError('%c requires int or char');
  if (integer < 0 || integer > 0x10ffff) {
    throw new PythonError('OverflowError', '%c arg not in range(0x110000)');
  }
  return String.fromCodePoint(Number(integer));
}

function bytesChar(value: unknown, state: Formatter): string {
  const bytes =
    typeof value === 'object' && value !== null
      ? (state.host.toBytes?.(value, true) ?? null)
      : null;
  if (bytes !== null) {
    if (bytes.length === 1) return String.fromCharCode(bytes[0]!);
    throw typeError('%c requires an integer in range(256) or a single byte');
  }
  const integer = isPythonInt(value)
    ? asInt(value)
    : typeof value === 'string'
      ? null
      : state.host.toInteger(value, 'index');
  if (integer === null) throw typeError('%c requires an integer in range(256) or a single byte');
  if (integer < 0 || integer > 255)
    throw new PythonError('OverflowError', '%c arg not in range(256)');
  return String.fromCharCode(Number(integer));
}

/** %s/%b (bytes-like or __bytes__) and %r/%a (ascii()) of bytes formatting. */
function bytesConversion(value: unknown, char: string, state: Formatter): string {
  if (char === 'r' || char === 'a') {
    if (isPythonInt(value)) {
      if (typeof value === 'boolean') return value ? 'True' : 'False';
      return intToString(value, 10, state.host.maxStrDigits ?? DEFAULT_MAX_STR_DIGITS);
    }
    return state.host.ascii(value);
  }
  const bytes =
    typeof value === 'object' && value !== null
      ? (state.host.toBytes?.(value, false) ?? null)
      : null;
  if (bytes === null) {
    throw typeError(
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(value, state.host)}'`,
    );
  }
  return latin1Text(bytes);
}

/** Widths past this cannot be built; CPython would run out of memory first. */
const MAX_WIDTH = 1 << 28;

/** unicode_format_arg_output: truncation, sign, '0x' prefix, fill and justification. */
function pad(text: string, conversion: Conversion): string {
  const flags = conversion.flags;
  const char = conversion.char;
  let width = conversion.width;
  const precision = conversion.precision;
  const fill = conversion.numeric && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let length = conversion.numeric ? text.length : codePointLength(text);
  if ((width === -1 || width <= length) && (flags & (F_SIGN | F_BLANK)) === 0) {
    // Only %s, %r and %a truncate to the precision.
    if (conversion.numeric || char === 'c' || precision === -1 || precision >= length) return text;
  }
  if (width > MAX_WIDTH) throw new PythonError('MemoryError', '');
  let body = text;
  const truncates = char === 's' || char === 'r' || char === 'a' || char === 'b';
  if (truncates && precision >= 0 && length > precision) {
    body = sliceCodePoints(text, 0, precision);
    length = precision;
  }
  let result = '';
  let signChar = '';
  let useSign = conversion.numeric;
  if (useSign) {
    const first = body[0];
    if (first === '-' || first === '+') {
      signChar = first;
      body = body.slice(1);
      length--;
    } else if ((flags & F_SIGN) !== 0) signChar = '+';
    else if ((flags & F_BLANK) !== 0) signChar = ' ';
    else useSign = false;
  }
  if (width < length) width = length;
  if (useSign) {
    if (fill !== ' ') result += signChar;
    if (width > length) width--;
  }
  const alternatePrefix = (flags & F_ALT) !== 0 && (char === 'x' || char === 'X' || char === 'o');
  let prefix = '';
  if (alternatePrefix) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') result += prefix;
    width -= 2;
    if (width < 0) width = 0;
    length -= 2;
  }
  if (width > length && (flags & F_LJUST) === 0) {
    result += fill.repeat(width - length);
    width = length;
  }
  if (fill === ' ') {
    if (useSign) result += signChar;
    if (alternatePrefix) result += prefix;
  }
  result += body;
  if (width > length) result += ' '.repeat(width - length);
  return result;
}

function run(state: Formatter): string {
  const format = state.format;
  const length = format.length;
  let result = '';
  while (state.pos < length) {
    const percent = format.indexOf('%', state.pos);
    if (percent < 0) {
      result += format.slice(state.pos);
      break;
    }
    result += format.slice(state.pos, percent);
    state.pos = percent + 1;
    state.count = length - state.pos;
    const next = format.charCodeAt(state.pos);
    if (next === 0x25) {
      result += '%';
      state.pos++;
      continue;
    }
    if ((next === 0x64 || next === 0x73) && !state.bytesMode && state.argIndex < state.argLength) {
      // A bare %d or %s of an int (or %s of a str) needs no flags, width or padding.
      const value = state.argLength < 0 ? state.args : state.items![state.argIndex];
      if (typeof value === 'number' || (next === 0x73 && typeof value === 'string')) {
        state.argIndex++;
        state.pos++;
        result += typeof value === 'number' ? String(value) : value;
        if (state.hasMapping && state.argIndex < state.argLength) {
          throw typeError('not all arguments converted during string formatting');
        }
        continue;
      }
    }
    const conversion: Conversion = { char: '', flags: 0, width: -1, precision: -1, numeric: false };
    parseConversion(state, conversion);
    const text = convert(state, conversion);
    result += pad(text, conversion);
    if (state.hasMapping && state.argIndex < state.argLength) {
      throw typeError(
        `not all arguments converted during ${state.bytesMode ? 'bytes' : 'string'} formatting`,
      );
    }
  }
  if (state.argIndex < state.argLength && !state.hasMapping) {
    throw typeError(
      `not all arguments converted during ${state.bytesMode ? 'bytes' : 'string'} formatting`,
    );
  }
  return flatStr(result);
}

function makeFormatter(
  format: string,
  args: unknown,
  host: PercentFormatHost,
  bytesMode: boolean,
): Formatter {
  const items = typeof args === 'object' && args !== null ? host.tupleItems(args) : null;
  const hasMapping =
    items === null && typeof args === 'object' && args !== null
      ? host.isMapping(args, bytesMode)
      : false;
  return {
    host,
    bytesMode,
    format,
    pos: 0,
    count: 0,
    args,
    items,
    argIndex: items === null ? -2 : 0,
    argLength: items === null ? -1 : items.length,
    mapping: hasMapping ? args : null,
    hasMapping,
  };
}

/**
 * `format % args` for str: %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%, flags `#0- +`,
 * width and precision (also `*`), `%(key)s` with a mapping, and CPython's errors ("not enough
 * arguments for format string", "not all arguments converted during string formatting",
 * "unsupported format character 'y' (0x79) at index 1", "format requires a mapping", …).
 * @see https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting
 */
export function percentFormat(format: string, args: unknown, host: PercentFormatHost): string {
  const kind = typeof args;
  if (kind === 'number' || kind === 'string') {
    const percent = format.indexOf('%');
    if (percent >= 0) {
      const code = format.charCodeAt(percent + 1);
      if (
        (code === 0x73 || (kind === 'number' && (code === 0x64 || code === 0x69))) &&
        format.indexOf('%', percent + 2) < 0
      ) {
        // A lone %d/%i/%s of one int, or %s of one str: nothing is missing or left unconverted.
        return flatStr(
          format.slice(0, percent) + String(args as number | string) + format.slice(percent + 2),
        );
      }
    }
  }
  const state = makeFormatter(format, args, host, false);
  if (!state.hasMapping) {
    const compiled = compiledPercentTemplate(format);
    if (compiled !== null) return runCompiled(state, compiled);
  }
  return run(state);
}

/** One conversion of a compiled template, with the literal text before it. */
interface CompiledConversion extends Conversion {
  readonly literal: string;
}

/** A str format reduced once to literals and parsed conversions (see `compiledPercentTemplate`). */
interface CompiledPercentTemplate {
  readonly conversions: readonly CompiledConversion[];
  /** The text after the last conversion. */
  readonly tail: string;
}

/** Formats longer than this are parsed on every call (the cache keeps short, repeated ones). */
const MAX_COMPILED_FORMAT = 256;
/** Entries kept before the cache starts over. */
const MAX_COMPILED_ENTRIES = 256;
/** Widths and precisions from this size on take the general path (its limits and errors). */
const MAX_COMPILED_NUMBER = 100_000;
const compiledTemplates = new Map<string, CompiledPercentTemplate | null>();

/** The conversion characters of str formatting, each flagged when numeric (sign and '0' apply). */
const STR_CONVERSIONS = new Map<string, boolean>([
  ['s', false],
  ['r', false],
  ['a', false],
  ['c', false],
  ['d', true],
  ['i', true],
  ['u', true],
  ['o', true],
  ['x', true],
  ['X', true],
  ['e', true],
  ['E', true],
  ['f', true],
  ['F', true],
  ['g', true],
  ['G', true],
]);

/**
 * The compiled form of a str format, cached per format text, or null when it must take the
 * general path: a mapping key, a '*' width or precision, a parse error (incomplete format,
 * unsupported character), a huge width or precision, or a long format. Running a compiled
 * format consumes arguments and raises exactly as parsing it each time would: with no parse
 * error possible, only the conversions' own errors and the argument-count errors remain.
 */
function compiledPercentTemplate(format: string): CompiledPercentTemplate | null {
  const cached = compiledTemplates.get(format);
  if (cached !== undefined) return cached;
  if (format.length > MAX_COMPILED_FORMAT) return null;
  const compiled = compilePercentTemplate(format);
  if (compiledTemplates.size >= MAX_COMPILED_ENTRIES) compiledTemplates.clear();
  compiledTemplates.set(format, compiled);
  return compiled;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function compilePercentTemplate(format: string): CompiledPercentTemplate | null {
  const conversions: CompiledConversion[] = [];
  const length = format.length;
  let literal = '';
  let pos = 0;
  for (;;) {
    const percent = format.indexOf('%', pos);
    if (percent < 0) break;
    literal += format.slice(pos, percent);
    pos = percent + 1;
    if (pos >= length) return null;
    let code = format.charCodeAt(pos);
    if (code === 0x25) {
      literal += '%';
      pos++;
      continue;
    }
    let flags = 0;
    for (;;) {
      const flag =
        code === 0x2d
          ? F_LJUST
          : code === 0x2b
            ? F_SIGN
            : code === 0x20
              ? F_BLANK
              : code === 0x23
                ? F_ALT
                : code === 0x30
                  ? F_ZERO
                  : 0;
      if (flag === 0) break;
      flags |= flag;
      if (++pos >= length) return null;
      code = format.charCodeAt(pos);
    }
    let width = -1;
    if (isDigitCode(code)) {
      width = 0;
      while (isDigitCode(code)) {
        width = width * 10 + (code - 0x30);
        if (width >= MAX_COMPILED_NUMBER || ++pos >= length) return null;
        code = format.charCodeAt(pos);
      }
    }
    let precision = -1;
    if (code === 0x2e) {
      precision = 0;
      if (++pos >= length) return null;
      code = format.charCodeAt(pos);
      while (isDigitCode(code)) {
        precision = precision * 10 + (code - 0x30);
        if (precision >= MAX_COMPILED_NUMBER || ++pos >= length) return null;
        code = format.charCodeAt(pos);
      }
    }
    if (code === 0x68 || code === 0x6c || code === 0x4c) {
      // A length modifier (h, l, L) is read and ignored.
      if (++pos >= length) return null;
    }
    const char = format[pos]!;
    const numeric = STR_CONVERSIONS.get(char);
    if (numeric === undefined) return null;
    pos++;
    // `numeric` is what convert() sets for this character, so the shared object never changes.
    conversions.push({ literal, char, flags, width, precision, numeric });
    literal = '';
  }
  return { conversions, tail: literal + format.slice(pos) };
}

/** `run` over a compiled format (never for a mapping argument). */
function runCompiled(state: Formatter, compiled: CompiledPercentTemplate): string {
  const conversions = compiled.conversions;
  let result = '';
  for (let index = 0; index < conversions.length; index++) {
    const conversion = conversions[index]!;
    result += conversion.literal;
    if (
      conversion.flags === 0 &&
      conversion.width === -1 &&
      conversion.precision === -1 &&
      state.argIndex < state.argLength
    ) {
      // A bare conversion of an int (%d %i %u %s) or of a str (%s) is the value's own text.
      const value = state.argLength < 0 ? state.args : state.items![state.argIndex];
      const char = conversion.char;
      if (
        typeof value === 'number'
          ? char === 'd' || char === 's' || char === 'i' || char === 'u'
          : typeof value === 'string' && char === 's'
      ) {
        state.argIndex++;
        result += typeof value === 'number' ? String(value) : value;
        continue;
      }
    }
    result += pad(convert(state, conversion), conversion);
  }
  if (state.argIndex < state.argLength) {
    throw typeError('not all arguments converted during string formatting');
  }
  return flatStr(result + compiled.tail);
}

function latin1ToBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * `format % args` for bytes: as for str, with %s/%b taking bytes-like objects or __bytes__,
 * %r/%a giving ascii(), %c an int in range(256) or one byte, and "bytes formatting" in messages.
 * A bytes `args` is a single value, not a mapping.
 */
export function percentFormatBytes(
  format: Uint8Array,
  args: unknown,
  host: PercentFormatHost,
): Uint8Array {
  return latin1ToBytes(run(makeFormatter(latin1Text(format), args, host, true)));
}
