// Python 3.11's view of an f-string error: 3.11 tokenized an f-string as one string literal and
// then scanned its text for replacement fields (string_parser.c), raising its own errors there.
// This file finds those scanning errors and where 3.11 reported them; compiling the expressions
// inside is the parser's job.

import { PySyntaxError, type TokenizerErrorSpan } from './syntax-errors.js';
import type { TokenizeResult } from './tokenizer.js';

const MAX_PARENTHESES = 200;

/**
 * A scanning error of Python 3.11's f-string parser: the message, and the index (in the f-string
 * body) from which on it beats an error found while compiling an expression: 3.11 scans a whole
 * field's expression before compiling it, so a scanning error in that field beats compiling it.
 */
export interface LegacyFStringScanError {
  readonly message: string;
  readonly beatsFrom: number;
  /**
   * When a field's expression failed to compile before the scan reached a later error: that
   * error as the parser raised it for `(expression)` (offsets in that text), else undefined.
   */
  readonly compileError?: PySyntaxError;
}

/**
 * Compiles one field's `(expression)` text the way 3.11 did while scanning: returns the parser's
 * error or null. Registered by parser.ts (the parser depends on this module, not the reverse).
 */
let fieldExpressionChecker: ((text: string) => PySyntaxError | null) | null = null;

/** Registers how to compile a field's `(expression)` text (see fieldExpressionChecker). */
export function setFieldExpressionChecker(check: (text: string) => PySyntaxError | null): void {
  fieldExpressionChecker = check;
}

/** Thrown inside the scanner to stop with an error. */
class ScanStop {
  readonly error: LegacyFStringScanError;
  constructor(error: LegacyFStringScanError) {
    this.error = error;
  }
}

/** Scans an f-string body the way Python 3.11's fstring_find_literal / fstring_find_expr do. */
class LegacyFStringScanner {
  readonly text: string;
  readonly raw: boolean;
  /** Whether each field's expression is compiled when the scan passes it (as 3.11 did). */
  readonly compileFields: boolean;
  pos = 0;

  constructor(text: string, raw: boolean, compileFields: boolean) {
    this.text = text;
    this.raw = raw;
    this.compileFields = compileFields;
  }

  fail(message: string, beatsFrom: number): never {
    throw new ScanStop({ message, beatsFrom });
  }

  /** Literal text and fields up to the end (level 0) or the `}` closing a format spec. */
  parse(level: number): void {
    const text = this.text;
    for (;;) {
      if (this.literal(level)) continue;
      if (this.pos >= text.length || text[this.pos] === '}') break;
      this.field(level);
    }
    if (level > 0 && (this.pos >= text.length || text[this.pos] !== '}')) {
      this.fail("f-string: expecting '}'", this.pos);
    }
  }

  /** Skips literal text; true when it stopped after a doubled brace (scan more literal). */
  literal(level: number): boolean {
    const text = this.text;
    const end = text.length;
    while (this.pos < end) {
      let char = text[this.pos++]!;
      if (!this.raw && char === '\\' && this.pos < end) {
        char = text[this.pos++]!;
        if (char === 'N') {
          if (this.pos < end && text[this.pos++] === '{') {
            while (this.pos < end && text[this.pos++] !== '}') {
              // the character name
            }
            continue;
          }
          // A malformed \N escape: decoding the literal fails, which the parser reports.
          throw new ScanStop({ message: '', beatsFrom: Number.POSITIVE_INFINITY });
        }
      }
      if (char === '{' || char === '}') {
        if (level === 0) {
          if (this.pos < end && text[this.pos] === char) {
            this.pos++;
            return true;
          }
          if (char === '}') this.fail("f-string: single '}' is not allowed", this.pos - 1);
        }
        this.pos--;
        break;
      }
    }
    return false;
  }

  /** A replacement field starting at `{`. */
  field(level: number): void {
    const text = this.text;
    const end = text.length;
    const fieldStart = this.pos;
    if (level >= 2) this.fail('f-string: expressions nested too deeply', fieldStart);
    this.pos++;
    const exprStart = this.pos;
    let quote = '';
    let tripleQuoted = false;
    const brackets: string[] = [];
    for (; this.pos < end; this.pos++) {
      const char = text[this.pos]!;
      if (char === '\\')
        this.fail('f-string expression part cannot include a backslash', exprStart);
      if (quote !== '') {
        if (char === quote) {
          if (!tripleQuoted) {
            quote = '';
          } else if (
            this.pos + 2 < end &&
            text[this.pos + 1] === char &&
            text[this.pos + 2] === char
          ) {
            this.pos += 2;
            quote = '';
          }
        }
      } else if (char === "'" || char === '"') {
        tripleQuoted =
          this.pos + 2 < end && text[this.pos + 1] === char && text[this.pos + 2] === char;
        if (tripleQuoted) this.pos += 2;
        quote = char;
      } else if (char === '[' || char === '{' || char === '(') {
        if (brackets.length >= MAX_PARENTHESES) {
          this.fail('f-string: too many nested parenthesis', exprStart);
        }
        brackets.push(char);
      } else if (char === '#') {
        this.fail("f-string expression part cannot include '#'", exprStart);
      } else if (brackets.length === 0 && '!:}=<>'.includes(char)) {
        if (this.pos + 1 < end) {
          const next = text[this.pos + 1];
          if (next === '=' && (char === '!' || char === '=' || char === '<' || char === '>')) {
            this.pos++;
            continue;
          }
          if (char === '<' || char === '>') continue;
        }
        break;
      } else if (char === ']' || char === '}' || char === ')') {
        const opening = brackets.pop();
        if (opening === undefined) this.fail(`f-string: unmatched '${char}'`, exprStart);
        if ('([{'.indexOf(opening) !== ')]}'.indexOf(char)) {
          this.fail(
            `f-string: closing parenthesis '${char}' does not match opening parenthesis '${opening}'`,
            exprStart,
          );
        }
      }
    }
    const exprEnd = this.pos;
    if (quote !== '') this.fail('f-string: unterminated string', exprStart);
    if (brackets.length > 0) {
      this.fail(`f-string: unmatched '${brackets[brackets.length - 1]}'`, exprStart);
    }
    if (this.pos >= end) this.fail("f-string: expecting '}'", exprStart);
    if (/^[ \t\n\f]*$/.test(text.slice(exprStart, exprEnd))) {
      const stop = text[exprEnd];
      if (stop === '!' || stop === ':' || stop === '=') {
        this.fail(`f-string: expression required before '${stop}'`, exprStart);
      }
      this.fail('f-string: empty expression not allowed', exprStart);
    }
    // 3.11 compiles the expression here: errors in it come before the ones below.
    if (this.compileFields && fieldExpressionChecker !== null) {
      const expression = text.slice(exprStart, exprEnd);
      if (!expression.includes('\n') && !expression.includes('\r')) {
        const compileError = fieldExpressionChecker(`(${expression})`);
        if (compileError !== null) {
          throw new ScanStop({ message: compileError.msg, beatsFrom: exprStart, compileError });
        }
      }
    }
    if (text[this.pos] === '=') {
      this.pos++;
      while (this.pos < end && ' \t\n\r\f\v'.includes(text[this.pos]!)) this.pos++;
    }
    if (text[this.pos] === '!') {
      this.pos++;
      if (this.pos >= end) this.fail("f-string: expecting '}'", exprEnd);
      const conversion = text[this.pos++];
      if (conversion !== 's' && conversion !== 'r' && conversion !== 'a') {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", exprEnd);
      }
    }
    if (this.pos >= end) this.fail("f-string: expecting '}'", exprEnd);
    if (text[this.pos] === ':') {
      this.pos++;
      if (this.pos >= end) this.fail("f-string: expecting '}'", exprEnd);
      this.parse(level + 1);
    }
    if (this.pos >= end || text[this.pos] !== '}') this.fail("f-string: expecting '}'", exprEnd);
    this.pos++;
  }
}

/**
 * The end of the replacement-field expression starting at `start` in `text`, as Python 3.11's
 * fstring_find_expr finds it: the first `!`, `:`, `}` or `=` outside brackets and strings (not the
 * `!=`, `==`, `<=`, `>=` operators), or the end of the line for a field that never ends there.
 */
export function legacyFieldExpressionEnd(text: string, start: number): number {
  let quote = '';
  let depth = 0;
  let pos = start;
  for (; pos < text.length; pos++) {
    const char = text[pos]!;
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '\n' || char === '\r') {
      break;
    } else if (char === '[' || char === '{' || char === '(') {
      depth++;
    } else if (char === ']' || char === '}' || char === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && '!:=<>'.includes(char)) {
      const next = text[pos + 1];
      if (next === '=' && (char === '!' || char === '=' || char === '<' || char === '>')) {
        pos++;
        continue;
      }
      if (char === '<' || char === '>') continue;
      break;
    }
  }
  return pos;
}

/**
 * The first error Python 3.11's f-string scanning raises for the f-string literal `literal`
 * (prefix and quotes included), or null. `beatsFrom` is an index into `literal`.
 */
export function legacyFStringScanError(
  literal: string,
  compileFields = false,
): LegacyFStringScanError | null {
  let prefixLength = 0;
  while (
    prefixLength < literal.length &&
    literal[prefixLength] !== "'" &&
    literal[prefixLength] !== '"'
  ) {
    prefixLength++;
  }
  const prefix = literal.slice(0, prefixLength).toLowerCase();
  if (!prefix.includes('f')) return null;
  const quote = literal[prefixLength]!;
  const quoteLength =
    literal.startsWith(quote.repeat(3), prefixLength) && literal.length >= prefixLength + 6 ? 3 : 1;
  const bodyStart = prefixLength + quoteLength;
  const body = literal.slice(bodyStart, literal.length - quoteLength);
  const scanner = new LegacyFStringScanner(body, prefix.includes('r'), compileFields);
  try {
    scanner.parse(0);
    return null;
  } catch (caught) {
    if (!(caught instanceof ScanStop)) throw caught;
    if (caught.error.message === '') return null;
    const beatsFrom = caught.error.beatsFrom + bodyStart;
    const compileError = caught.error.compileError;
    if (compileError === undefined) return { message: caught.error.message, beatsFrom };
    return { message: caught.error.message, beatsFrom, compileError };
  }
}

/**
 * What Python 3.11 reports for an error in the f-string starting at `fStringStart`, found by the
 * 3.12-style tokenizer or by the parser at source index `errorIndex` (undefined: unknown). 3.11
 * tokenized the f-string as one string literal (`legacy` is that view of `source`), so: an error
 * its tokenizer raised anywhere wins; then its own f-string scanning errors, where they come
 * first; and it reported f-string errors at the token after the strings around the literal,
 * unless that token is itself an error. `located` means `make` gives its own location.
 */
export function legacyFStringOutcome(
  legacy: TokenizeResult,
  source: string,
  fStringStart: number,
  make: (span: TokenizerErrorSpan) => PySyntaxError,
  fallback: TokenizerErrorSpan,
  located = false,
  errorIndex?: number,
  fieldIndex?: number,
): { error: PySyntaxError; isException: boolean } {
  if (legacy.error !== null && legacy.errorIsException) {
    return { error: legacy.error, isException: true };
  }
  const tokens = legacy.tokens;
  let index = tokens.findIndex(
    (token) => token.kind === 'STRING' && token.startIndex === fStringStart,
  );
  if (index < 0) {
    if (legacy.error !== null) return { error: legacy.error, isException: false };
    return { error: make(fallback), isException: false };
  }
  const literal = tokens[index]!;
  while (tokens[index]?.kind === 'STRING') index++;
  const next = tokens[index]!;
  if (next.kind === 'ERRORTOKEN' && legacy.error !== null) {
    return { error: legacy.error, isException: false };
  }
  const span = spanOfToken(source, next.startIndex, next.line, next.col, next.endLine, next.endCol);
  // An error found while tokenizing (no errorIndex), or in the expression of the field starting
  // at `fieldIndex`, may come after a field whose expression 3.11 compiled, and failed, first.
  let scanError = legacyFStringScanError(literal.text, errorIndex === undefined);
  if (fieldIndex !== undefined && scanError?.compileError === undefined) {
    const compiled = legacyFStringScanError(literal.text, true);
    if (
      compiled?.compileError !== undefined &&
      literal.startIndex + compiled.beatsFrom < fieldIndex
    ) {
      scanError = compiled;
    }
  }
  if (scanError?.compileError !== undefined) {
    const compiled = scanError.compileError;
    const before = literal.text.slice(0, scanError.beatsFrom);
    let lineno = literal.line;
    for (const char of before) if (char === '\n') lineno++;
    const error = new PySyntaxError(
      compiled.type,
      `f-string: ${compiled.msg}`,
      lineno + compiled.lineno - 1,
      compiled.offset,
      compiled.endLineno === null ? null : lineno + compiled.endLineno - 1,
      compiled.endOffset,
      compiled.text,
    );
    return { error, isException: false };
  }
  if (
    scanError !== null &&
    (errorIndex === undefined || errorIndex >= literal.startIndex + scanError.beatsFrom)
  ) {
    const error = new PySyntaxError(
      'SyntaxError',
      scanError.message,
      span.lineno,
      span.offset,
      span.endLineno,
      span.endOffset,
      span.text,
    );
    return { error, isException: false };
  }
  return { error: make(located ? fallback : span), isException: false };
}

/** The error location CPython gives for a token: 1-based offsets, the token's line as text. */
function spanOfToken(
  source: string,
  startIndex: number,
  line: number,
  col: number,
  endLine: number,
  endCol: number,
): TokenizerErrorSpan {
  const lineStart = Math.max(
    source.lastIndexOf('\n', startIndex - 1),
    source.lastIndexOf('\r', startIndex - 1),
  );
  let lineEnd = lineStart + 1;
  while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') {
    lineEnd++;
  }
  // The tokenizer stands on this line: CPython's text keeps its line break.
  const text = source.slice(lineStart + 1, lineEnd);
  return {
    lineno: line,
    offset: col + 1,
    endLineno: endLine,
    endOffset: endCol + 1,
    text: lineEnd < source.length ? `${text}\n` : text,
  };
}
