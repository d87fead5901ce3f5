// Source bytes to source text: the UTF-8 BOM and PEP 263 coding declarations, with CPython's
// errors when a file cannot be decoded. Tokenizing the text is tokenizer.ts's job.

import { type PySyntaxError, sourceEncodingError } from './syntax-errors.js';

/** Decoded source text and the encoding name `tokenize` reports for it. */
export interface DecodedSource {
  readonly text: string;
  /** The name the tokenize module puts in its ENCODING token (`utf-8`, `iso-8859-1`, ...). */
  readonly encoding: string;
}

/** A coding declaration: a comment line containing `coding:` or `coding=` and a name. */
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** A line that lets the declaration be on the next line: blank or comment only. */
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;

type Codec = 'utf-8' | 'latin-1' | 'ascii' | { readonly label: string };

/** CPython's get_normal_name: `utf-8` and `iso-8859-1` spellings folded, others kept. */
function normalEncodingName(name: string): string {
  const folded = name.slice(0, 12).toLowerCase().replaceAll('_', '-');
  if (folded === 'utf-8' || folded.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (folded === latin || folded.startsWith(`${latin}-`)) return 'iso-8859-1';
  }
  return name;
}

/** The codec for an encoding name, or null when it is unknown (Python's codec aliases, roughly). */
function findCodec(name: string): Codec | null {
  const key = name.toLowerCase().replace(/[^a-z0-9.]+/g, '_');
  if (['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001'].includes(key)) {
    return 'utf-8';
  }
  if (
    [
      'latin_1',
      'latin1',
      'latin',
      'l1',
      'iso_8859_1',
      'iso8859_1',
      '8859',
      'cp819',
      'iso_ir_100',
    ].includes(key)
  ) {
    return 'latin-1';
  }
  if (['ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'iso646_us'].includes(key)) {
    return 'ascii';
  }
  const label = key.replaceAll('_', '-');
  try {
    new TextDecoder(label);
    return { label };
  } catch {
    return null;
  }
}

function decodeWith(codec: Codec, bytes: Uint8Array): string | null {
  if (codec === 'latin-1' || codec === 'ascii') {
    let text = '';
    for (let start = 0; start < bytes.length; start += 8192) {
      const chunk = bytes.subarray(start, start + 8192);
      if (codec === 'ascii' && chunk.some((byte) => byte >= 128)) return null;
      text += String.fromCharCode(...chunk);
    }
    return text;
  }
  try {
    return new TextDecoder(codec === 'utf-8' ? 'utf-8' : codec.label, {
      fatal: true,
      ignoreBOM: true,
    }).decode(bytes);
  } catch {
    return null;
  }
}

/** The first (up to) two lines of `bytes`, as latin-1 text (enough to find a declaration). */
function firstLines(bytes: Uint8Array, from: number): [string, string | null] {
  const lines: string[] = [];
  let start = from;
  while (lines.length < 2 && start < bytes.length) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 10) end++;
    lines.push(String.fromCharCode(...bytes.subarray(start, Math.min(end + 1, start + 4096))));
    start = end + 1;
  }
  return [lines[0] ?? '', lines[1] ?? null];
}

function encodingError(message: string): PySyntaxError {
  return sourceEncodingError(message, {
    lineno: 0,
    offset: 0,
    endLineno: 0,
    endOffset: 0,
    text: null,
  });
}

/** The line number and byte of the first invalid UTF-8 sequence in `bytes`. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 10) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        for (let at = start; at < index; at++) {
          if (bytes[at]! >= 128) return { line, byte: bytes[at]! };
        }
        return { line, byte: bytes[start] ?? 0 };
      }
      line++;
      start = index + 1;
    }
  }
  return { line: 1, byte: 0 };
}

/**
 * Decodes a Python source file's bytes as CPython does: a UTF-8 BOM is dropped, a coding
 * declaration on line 1 or 2 (line 2 only after a blank or comment line) picks the codec,
 * otherwise UTF-8. Throws a PySyntaxError (line 0: no location) when it cannot.
 * @see https://peps.python.org/pep-0263/
 */
export function decodeSource(bytes: Uint8Array, filename = '<string>'): DecodedSource {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const [first, second] = firstLines(body, 0);
  let declared: string | null = null;
  const firstMatch = CODING_COOKIE.exec(first);
  if (firstMatch !== null) {
    declared = firstMatch[1]!;
  } else if (BLANK_OR_COMMENT.test(first) && second !== null) {
    const secondMatch = CODING_COOKIE.exec(second);
    if (secondMatch !== null) declared = secondMatch[1]!;
  }
  if (declared === null) {
    const text = decodeWith('utf-8', body);
    if (text === null) {
      const bad = firstInvalidUtf8(body);
      const hex = bad.byte.toString(16).padStart(2, '0');
      throw encodingError(
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${bad.line}, ` +
          'but no encoding declared; see https://peps.python.org/pep-0263/ for details',
      );
    }
    return { text, encoding: 'utf-8' };
  }
  const name = normalEncodingName(declared);
  const codec = findCodec(name);
  if (codec === null) throw encodingError(`encoding problem: ${name}`);
  // With a BOM, only the exact spelling utf-8 (after folding) is accepted, as in CPython.
  if (hasBom && name !== 'utf-8') throw encodingError(`encoding problem: ${name} with BOM`);
  const text = decodeWith(codec, body);
  if (text === null) throw encodingError(`encoding problem: ${name}`);
  return { text, encoding: hasBom ? 'utf-8' : name };
}
