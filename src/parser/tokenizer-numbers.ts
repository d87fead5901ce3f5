// Number literals: finds where one ends and raises CPython 3.11's errors for malformed ones
// ("invalid decimal literal", "invalid digit '8' in octal literal", leading zeros, ...).
// Only the scanning; the value is the parser's business.

import {
  invalidDigitInLiteral,
  invalidNumberLiteral,
  leadingZerosInDecimal,
  type PySyntaxError,
  type TokenizerErrorSpan,
} from './syntax-errors.js';
import { isAsciiIdentifierChar, isDigit, isHexDigit } from './tokenizer-chars.js';

/** What number scanning needs from the tokenizer. */
export interface NumberScanHost {
  readonly source: string;
  readonly end: number;
  /** CPython's error location for its read position `index` on the current line. */
  spanAt(index: number): TokenizerErrorSpan;
  /** Sets `byteCol` to the UTF-8 column of `index` on the current line. */
  locate(index: number): void;
  readonly byteCol: number;
  readonly line: number;
  lineText(from: number): string;
  readonly lineStart: number;
  fail(error: PySyntaxError): never;
}

const END = -1;

/**
 * A cursor over the source with CPython's `tok_nextc`/`tok_backup` semantics: `next()` returns
 * the character at `cur` and moves past it (-1 at the end, without moving).
 */
class Cursor {
  readonly host: NumberScanHost;
  cur: number;

  constructor(host: NumberScanHost, start: number) {
    this.host = host;
    this.cur = start;
  }

  next(): number {
    if (this.cur >= this.host.end) return END;
    return this.host.source.charCodeAt(this.cur++);
  }

  backup(code: number): void {
    if (code !== END) this.cur--;
  }

  /** Whether the next characters spell `word` and are not followed by an identifier character. */
  lookahead(word: string): boolean {
    const source = this.host.source;
    const at = this.cur;
    if (source.startsWith(word, at)) {
      const after = at + word.length;
      const code = after < this.host.end ? source.charCodeAt(after) : END;
      return !(code >= 128 || isAsciiIdentifierChar(code));
    }
    return false;
  }

  fail(message: (span: TokenizerErrorSpan) => PySyntaxError): never {
    this.host.fail(message(this.host.spanAt(this.cur)));
  }

  /**
   * CPython's verify_end_of_number: a number may be followed directly by the keywords that can
   * follow one in valid code (`1if x else y`); other ASCII letters and digits are an error.
   */
  verifyEnd(code: number, kind: string): void {
    let keyword = false;
    if (code === 97) keyword = this.lookahead('nd');
    else if (code === 101) keyword = this.lookahead('lse');
    else if (code === 102) keyword = this.lookahead('or');
    else if (code === 105) {
      const next = this.cur < this.host.end ? this.host.source.charCodeAt(this.cur) : END;
      keyword = next === 102 || next === 110 || next === 115;
    } else if (code === 111) keyword = this.lookahead('r');
    else if (code === 110) keyword = this.lookahead('ot');
    if (!keyword && code !== END && code < 128 && isAsciiIdentifierChar(code)) {
      this.backup(code);
      this.fail((span) => invalidNumberLiteral(kind, span));
    }
  }

  /** Digits and single underscores after a first digit; returns the first character after. */
  decimalTail(): number {
    let code: number;
    for (;;) {
      do {
        code = this.next();
      } while (isDigit(code));
      if (code !== 95) break;
      code = this.next();
      if (!isDigit(code)) {
        this.backup(code);
        this.fail((span) => invalidNumberLiteral('decimal', span));
      }
    }
    return code;
  }
}

/**
 * Scans the number literal starting at `start` (a digit, or `.` before a digit) and returns the
 * index just past it. Fails with CPython's message for a malformed literal.
 * @see https://docs.python.org/3/reference/lexical_analysis.html#numeric-literals
 */
export function scanNumber(host: NumberScanHost, start: number): number {
  const cursor = new Cursor(host, start);
  let code = cursor.next();
  if (code === 46) {
    code = cursor.next();
    return finishFraction(cursor, code);
  }
  if (code === 48) {
    code = cursor.next();
    if (code === 120 || code === 88) return scanRadix(cursor, 16);
    if (code === 111 || code === 79) return scanRadix(cursor, 8);
    if (code === 98 || code === 66) return scanRadix(cursor, 2);
    let nonZero = false;
    for (;;) {
      if (code === 95) {
        code = cursor.next();
        if (!isDigit(code)) {
          cursor.backup(code);
          cursor.fail((span) => invalidNumberLiteral('decimal', span));
        }
      }
      if (code !== 48) break;
      code = cursor.next();
    }
    const zerosEnd = cursor.cur;
    if (isDigit(code)) {
      nonZero = true;
      code = cursor.decimalTail();
    }
    if (code === 46) {
      code = cursor.next();
      return finishFraction(cursor, code);
    }
    if (code === 101 || code === 69) return finishExponent(cursor, code);
    if (code === 106 || code === 74) return finishImaginary(cursor);
    if (nonZero) {
      cursor.backup(code);
      // CPython reports this range in bytes from the line start.
      host.locate(start);
      const offset = host.byteCol + 1;
      host.locate(zerosEnd);
      const endOffset = host.byteCol;
      host.fail(
        leadingZerosInDecimal({
          lineno: host.line,
          offset,
          endLineno: host.line,
          endOffset,
          text: host.lineText(host.lineStart),
        }),
      );
    }
    cursor.verifyEnd(code, 'decimal');
    cursor.backup(code);
    return cursor.cur;
  }
  code = cursor.decimalTail();
  if (code === 46) {
    code = cursor.next();
    return finishFraction(cursor, code);
  }
  return finishAfterFraction(cursor, code);
}

/** Hexadecimal, octal or binary digits after the `0x`/`0o`/`0b` prefix. */
function scanRadix(cursor: Cursor, radix: 16 | 8 | 2): number {
  const kind = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
  const isRadixDigit =
    radix === 16
      ? isHexDigit
      : radix === 8
        ? (code: number) => code >= 48 && code <= 55
        : (code: number) => code === 48 || code === 49;
  let code = cursor.next();
  do {
    if (code === 95) code = cursor.next();
    if (!isRadixDigit(code)) {
      if (radix !== 16 && isDigit(code)) {
        const digit = String.fromCharCode(code);
        cursor.fail((span) => invalidDigitInLiteral(digit, kind, span));
      }
      cursor.backup(code);
      cursor.fail((span) => invalidNumberLiteral(kind, span));
    }
    do {
      code = cursor.next();
    } while (isRadixDigit(code));
  } while (code === 95);
  if (radix !== 16 && isDigit(code)) {
    const digit = String.fromCharCode(code);
    cursor.fail((span) => invalidDigitInLiteral(digit, kind, span));
  }
  cursor.verifyEnd(code, kind);
  cursor.backup(code);
  return cursor.cur;
}

/** After the `.`: `code` is the character following it. */
function finishFraction(cursor: Cursor, code: number): number {
  if (isDigit(code)) code = cursor.decimalTail();
  return finishAfterFraction(cursor, code);
}

/** After the integer and fraction parts: an exponent, `j`, or the end. */
function finishAfterFraction(cursor: Cursor, code: number): number {
  if (code === 101 || code === 69) return finishExponent(cursor, code);
  if (code === 106 || code === 74) return finishImaginary(cursor);
  cursor.verifyEnd(code, 'decimal');
  cursor.backup(code);
  return cursor.cur;
}

/** `e` was read (as `exponent`). */
function finishExponent(cursor: Cursor, exponent: number): number {
  let code = cursor.next();
  if (code === 43 || code === 45) {
    code = cursor.next();
    if (!isDigit(code)) {
      cursor.backup(code);
      cursor.fail((span) => invalidNumberLiteral('decimal', span));
    }
  } else if (!isDigit(code)) {
    cursor.backup(code);
    cursor.verifyEnd(exponent, 'decimal');
    cursor.backup(exponent);
    return cursor.cur;
  }
  code = cursor.decimalTail();
  if (code === 106 || code === 74) return finishImaginary(cursor);
  cursor.verifyEnd(code, 'decimal');
  cursor.backup(code);
  return cursor.cur;
}

/** `j` was read. */
function finishImaginary(cursor: Cursor): number {
  const code = cursor.next();
  cursor.verifyEnd(code, 'imaginary');
  cursor.backup(code);
  return cursor.cur;
}
