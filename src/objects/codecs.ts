// str.encode / bytes.decode: encoding-name normalisation and lookup as CPython's codec registry
// does it, dispatch to the codec implementations, and the error details the runtime turns into
// UnicodeDecodeError/UnicodeEncodeError objects (see codec-errors.ts).

import { lookupUnicodeName, unicodeNameOf } from '../parser/unicode-names.js';
import { type CodecOptions, UnicodeCodecError } from './codec-errors.js';
import {
  decodeRawUnicodeEscape,
  decodeUnicodeEscape,
  encodeUnicodeEscape,
} from './codec-escape.js';
import { decodeSingleByte, encodeSingleByte } from './codec-single-byte.js';
import { decodeUtf8, encodeUtf8 } from './codec-utf8.js';
import { decodeWide, encodeWide } from './codec-utf16.js';
import { PythonError } from './python-error.js';
import { strIsAlnum } from './str-predicates.js';

export {
  type CodecOptions,
  type ErrorHandlerResult,
  formatUnicodeErrorMessage,
  UnicodeCodecError,
  type UnicodeErrorDetails,
} from './codec-errors.js';

/** The text codecs Pyex implements, by CPython module name (encodings.<module>). */
export const TEXT_CODECS = {
  utf_8: 'utf-8',
  utf_8_sig: 'utf-8-sig',
  ascii: 'ascii',
  latin_1: 'iso8859-1',
  utf_16: 'utf-16',
  utf_16_le: 'utf-16-le',
  utf_16_be: 'utf-16-be',
  utf_32: 'utf-32',
  utf_32_le: 'utf-32-le',
  utf_32_be: 'utf-32-be',
  cp1252: 'cp1252',
  unicode_escape: 'unicode-escape',
  raw_unicode_escape: 'raw-unicode-escape',
} as const;

/** A codec module name, e.g. `'utf_8'`; its `CodecInfo.name` is `TEXT_CODECS[id]`. */
export type CodecId = keyof typeof TEXT_CODECS;

/** Codecs that exist in CPython but convert bytes to bytes (or str to str), with their names. */
const NON_TEXT_CODECS = new Map([
  ['base64_codec', 'base64'],
  ['hex_codec', 'hex'],
  ['bz2_codec', 'bz2'],
  ['zlib_codec', 'zlib'],
  ['quopri_codec', 'quopri'],
  ['uu_codec', 'uu'],
  ['rot_13', 'rot-13'],
]);

/** encodings.aliases entries for the codecs above (keys already normalised). */
const ALIASES = new Map<string, string>([
  ['cp65001', 'utf_8'],
  ['u8', 'utf_8'],
  ['utf', 'utf_8'],
  ['utf8', 'utf_8'],
  ['utf8_ucs2', 'utf_8'],
  ['utf8_ucs4', 'utf_8'],
  ['646', 'ascii'],
  ['ansi_x3.4_1968', 'ascii'],
  ['ansi_x3.4_1986', 'ascii'],
  ['ansi_x3_4_1968', 'ascii'],
  ['cp367', 'ascii'],
  ['csascii', 'ascii'],
  ['ibm367', 'ascii'],
  ['iso646_us', 'ascii'],
  ['iso_646.irv_1991', 'ascii'],
  ['iso_ir_6', 'ascii'],
  ['us', 'ascii'],
  ['us_ascii', 'ascii'],
  ['8859', 'latin_1'],
  ['cp819', 'latin_1'],
  ['csisolatin1', 'latin_1'],
  ['ibm819', 'latin_1'],
  ['iso8859', 'latin_1'],
  ['iso8859_1', 'latin_1'],
  ['iso_8859_1', 'latin_1'],
  ['iso_8859_1_1987', 'latin_1'],
  ['iso_ir_100', 'latin_1'],
  ['l1', 'latin_1'],
  ['latin', 'latin_1'],
  ['latin1', 'latin_1'],
  ['u16', 'utf_16'],
  ['utf16', 'utf_16'],
  ['unicodelittleunmarked', 'utf_16_le'],
  ['utf_16le', 'utf_16_le'],
  ['unicodebigunmarked', 'utf_16_be'],
  ['utf_16be', 'utf_16_be'],
  ['u32', 'utf_32'],
  ['utf32', 'utf_32'],
  ['utf_32le', 'utf_32_le'],
  ['utf_32be', 'utf_32_be'],
  ['1252', 'cp1252'],
  ['windows_1252', 'cp1252'],
  ['base64', 'base64_codec'],
  ['base_64', 'base64_codec'],
  ['hex', 'hex_codec'],
  ['bz2', 'bz2_codec'],
  ['zip', 'zlib_codec'],
  ['zlib', 'zlib_codec'],
  ['quopri', 'quopri_codec'],
  ['quoted_printable', 'quopri_codec'],
  ['quotedprintable', 'quopri_codec'],
  ['uu', 'uu_codec'],
  ['rot13', 'rot_13'],
]);

/**
 * `encodings.normalize_encoding` plus lower-casing (what `codecs.lookup` applies): runs of
 * characters other than alphanumerics and '.' become one '_' (none at the start or end), and
 * non-ASCII alphanumerics are dropped.
 */
export function normalizeEncodingName(name: string): string {
  let result = '';
  let punctuation = false;
  for (const char of name) {
    if (char === '.' || strIsAlnum(char)) {
      if (punctuation && result.length > 0) result += '_';
      if (char.charCodeAt(0) < 0x80) result += char.toLowerCase();
      punctuation = false;
    } else {
      punctuation = true;
    }
  }
  return result;
}

/** moduleFor's answers for the last few encoding names asked about (programs repeat a handful). */
const moduleCache = new Map<string, string | null>();
const MODULE_CACHE_LIMIT = 64;

function moduleFor(encoding: string): string | null {
  const cached = moduleCache.get(encoding);
  if (cached !== undefined) return cached;
  const found = findModule(encoding);
  if (moduleCache.size >= MODULE_CACHE_LIMIT) moduleCache.clear();
  moduleCache.set(encoding, found);
  return found;
}

function findModule(encoding: string): string | null {
  const normalised = normalizeEncodingName(encoding);
  const aliased = ALIASES.get(normalised) ?? ALIASES.get(normalised.replaceAll('.', '_'));
  if (aliased !== undefined) return aliased;
  if (normalised.length === 0 || normalised.includes('.')) return null;
  return Object.hasOwn(TEXT_CODECS, normalised) || NON_TEXT_CODECS.has(normalised)
    ? normalised
    : null;
}

/**
 * Find the text codec for an encoding name (any spelling CPython accepts: 'UTF8', 'utf_8',
 * 'Latin-1', 'l1' ...). LookupError "unknown encoding: X" when there is none, and for bytes
 * codecs "'hex' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
 * (`forEncoding` false says codecs.decode()).
 */
export function lookupTextCodec(encoding: string, forEncoding = true): CodecId {
  const module = moduleFor(encoding);
  if (module === null) throw new PythonError('LookupError', `unknown encoding: ${encoding}`);
  if (NON_TEXT_CODECS.has(module)) {
    const command = forEncoding ? 'codecs.encode()' : 'codecs.decode()';
    throw new PythonError(
      'LookupError',
      `'${encoding}' is not a text encoding; use ${command} to handle arbitrary codecs`,
    );
  }
  return module as CodecId;
}

/** `CodecInfo.name` of a codec, e.g. `'iso8859-1'` for latin_1. */
export function codecName(codec: CodecId): string {
  return TEXT_CODECS[codec];
}

/**
 * `codecs.lookup(encoding).name`, for the text codecs and the bytes-to-bytes codecs CPython
 * registers (whose implementations live with the codecs module); LookupError
 * "unknown encoding: X" otherwise.
 */
export function lookupCodecName(encoding: string): string {
  const module = moduleFor(encoding);
  if (module === null) throw new PythonError('LookupError', `unknown encoding: ${encoding}`);
  return NON_TEXT_CODECS.get(module) ?? TEXT_CODECS[module as CodecId];
}

/**
 * What every codec call gets unless its caller passes more: the Unicode name tables for
 * 'namereplace' and unicode_escape's `\N{...}` (plain data, shared with the parser).
 */
const DEFAULT_OPTIONS: CodecOptions = {
  characterName: (point) => unicodeNameOf(point) ?? null,
  characterByName: (name) => lookupUnicodeName(name) ?? null,
};

/**
 * `str.encode(encoding, errors)`: the bytes of `text`. Errors raise UnicodeCodecError (a
 * PythonError whose `details` carry the UnicodeEncodeError attributes); an unknown error handler
 * name is LookupError "unknown error handler name 'x'", raised only when an error occurs.
 */
export function encodeText(
  text: string,
  encoding = 'utf-8',
  errors = 'strict',
  options: CodecOptions = DEFAULT_OPTIONS,
): Uint8Array {
  const codec = lookupTextCodec(encoding, true);
  if (isBuiltinFastPath(encoding)) return encodeWith(codec, text, errors, options);
  try {
    return encodeWith(codec, text, errors, options);
  } catch (error) {
    throw wrapRegistryError(error, 'encoding', encoding);
  }
}

/** The names PyUnicode_Decode/AsEncodedString serve without the codec registry. */
const FAST_PATH_NAMES = new Set([
  'utf_8',
  'utf8',
  'utf_16',
  'utf16',
  'utf_32',
  'utf32',
  'ascii',
  'us_ascii',
  'latin1',
  'latin_1',
  'iso_8859_1',
  'iso8859_1',
]);

/**
 * True when CPython's str.encode/bytes.decode handle `encoding` in C directly: its
 * `_Py_normalize_encoding` form (ASCII-only, at most 10 characters) is one of FAST_PATH_NAMES.
 * Other names go through the codec registry, which rewords plain errors (see wrapRegistryError).
 */
function isBuiltinFastPath(encoding: string): boolean {
  let known = fastPathCache.get(encoding);
  if (known === undefined) {
    known = normalisesToFastPath(encoding);
    if (fastPathCache.size >= MODULE_CACHE_LIMIT) fastPathCache.clear();
    fastPathCache.set(encoding, known);
  }
  return known;
}

/** isBuiltinFastPath's answers for the last few names asked about. */
const fastPathCache = new Map<string, boolean>();

function normalisesToFastPath(encoding: string): boolean {
  let normalised = '';
  let punctuation = false;
  for (let i = 0; i < encoding.length; i++) {
    const unit = encoding.charCodeAt(i);
    const alnum =
      (unit >= 0x30 && unit <= 0x39) ||
      (unit >= 0x41 && unit <= 0x5a) ||
      (unit >= 0x61 && unit <= 0x7a);
    if (alnum || unit === 0x2e) {
      if (punctuation && normalised.length > 0) normalised += '_';
      punctuation = false;
      normalised += encoding[i]!.toLowerCase();
      if (normalised.length > 10) return false;
    } else {
      punctuation = true;
    }
  }
  return FAST_PATH_NAMES.has(normalised);
}

/**
 * The codec registry's rewording of an error raised inside a codec: plain exceptions (not
 * UnicodeError) become "decoding with 'NAME' codec failed (TypeError: ...)" of the same type.
 */
function wrapRegistryError(error: unknown, operation: string, encoding: string): unknown {
  if (!(error instanceof PythonError) || error instanceof UnicodeCodecError) return error;
  if (error.exception !== null) return error;
  return new PythonError(
    error.typeName,
    `${operation} with '${encoding}' codec failed (${error.typeName}: ${error.message})`,
  );
}

/** Encode with an already looked-up codec. */
export function encodeWith(
  codec: CodecId,
  text: string,
  errors = 'strict',
  options: CodecOptions = DEFAULT_OPTIONS,
): Uint8Array {
  switch (codec) {
    case 'utf_8':
      return encodeUtf8(text, errors, options);
    case 'utf_8_sig':
      return encodeUtf8(text, errors, options, true);
    case 'ascii':
      return encodeSingleByte('ascii', text, errors, options);
    case 'latin_1':
      return encodeSingleByte('latin-1', text, errors, options);
    case 'cp1252':
      return encodeSingleByte('cp1252', text, errors, options);
    case 'utf_16':
      return encodeWide({ unit: 2, order: 'native' }, text, errors, options);
    case 'utf_16_le':
      return encodeWide({ unit: 2, order: 'little' }, text, errors, options);
    case 'utf_16_be':
      return encodeWide({ unit: 2, order: 'big' }, text, errors, options);
    case 'utf_32':
      return encodeWide({ unit: 4, order: 'native' }, text, errors, options);
    case 'utf_32_le':
      return encodeWide({ unit: 4, order: 'little' }, text, errors, options);
    case 'utf_32_be':
      return encodeWide({ unit: 4, order: 'big' }, text, errors, options);
    case 'unicode_escape':
      return encodeUnicodeEscape(text, false);
    case 'raw_unicode_escape':
      return encodeUnicodeEscape(text, true);
    default:
      return assertNever(codec);
  }
}

/**
 * `bytes.decode(encoding, errors)`: the text of `data`. Errors raise UnicodeCodecError with the
 * UnicodeDecodeError attributes in `details`.
 */
export function decodeBytes(
  data: Uint8Array,
  encoding = 'utf-8',
  errors = 'strict',
  options: CodecOptions = DEFAULT_OPTIONS,
): string {
  const codec = lookupTextCodec(encoding, false);
  if (isBuiltinFastPath(encoding)) return decodeWith(codec, data, errors, options);
  try {
    return decodeWith(codec, data, errors, options);
  } catch (error) {
    throw wrapRegistryError(error, 'decoding', encoding);
  }
}

/** Decode with an already looked-up codec. */
export function decodeWith(
  codec: CodecId,
  data: Uint8Array,
  errors = 'strict',
  options: CodecOptions = DEFAULT_OPTIONS,
): string {
  switch (codec) {
    case 'utf_8':
      return decodeUtf8(data, errors, options);
    case 'utf_8_sig':
      return decodeUtf8(data, errors, options, true);
    case 'ascii':
      return decodeSingleByte('ascii', data, errors, options);
    case 'latin_1':
      return decodeSingleByte('latin-1', data, errors, options);
    case 'cp1252':
      return decodeSingleByte('cp1252', data, errors, options);
    case 'utf_16':
      return decodeWide({ unit: 2, order: 'native' }, data, errors, options);
    case 'utf_16_le':
      return decodeWide({ unit: 2, order: 'little' }, data, errors, options);
    case 'utf_16_be':
      return decodeWide({ unit: 2, order: 'big' }, data, errors, options);
    case 'utf_32':
      return decodeWide({ unit: 4, order: 'native' }, data, errors, options);
    case 'utf_32_le':
      return decodeWide({ unit: 4, order: 'little' }, data, errors, options);
    case 'utf_32_be':
      return decodeWide({ unit: 4, order: 'big' }, data, errors, options);
    case 'unicode_escape':
      return decodeUnicodeEscape(data, errors, options);
    case 'raw_unicode_escape':
      return decodeRawUnicodeEscape(data, errors, options);
    default:
      return assertNever(codec);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled codec ${String(value)}`);
}
