// F-strings in the tokenizer: Python 3.12's FSTRING_START / FSTRING_MIDDLE / FSTRING_END tokens
// (PEP 701), kept within Python 3.11's limits and reporting its errors where 3.11 did, through
// its view of the source (an f-string as one string literal). The rest of scanning is elsewhere.

import {
  fStringExpressionPartCannotInclude,
  fStringTokenizerError,
  PySyntaxError,
  type TokenizerErrorSpan,
  tooManyNestedFStrings,
} from './syntax-errors.js';
import { BACKSLASH, CLOSE_BRACE, CR, HASH, LF, OPEN_BRACE } from './tokenizer-chars.js';
import { legacyFieldExpressionEnd, legacyFStringOutcome } from './tokenizer-fstrings-legacy.js';
import type { Scanner } from './tokenizer-scanner.js';

const MAX_FSTRING_LEVEL = 150;
/** Python 3.11's limit on replacement fields nested in format specs (3.12 allows 3). */
const MAX_EXPR_NESTING = 2;

/** The state of one f-string being tokenized (CPython's tokenizer_mode). */
export class FStringMode {
  /** Inside a replacement field's expression (CPython's TOK_REGULAR_MODE), else literal text. */
  inExpression = false;
  /** Open brackets inside this f-string, `{` of fields included. */
  depth = 0;
  /** `depth` at which the innermost field's expression started, -1 outside fields. */
  exprStartDepth = -1;
  inFormatSpec = false;
  /** A `\N{` escape was seen: the next `}` is literal. */
  inNamedEscape = false;
  /** Index of this f-string's FSTRING_START in the tokens. */
  tokenIndex = 0;
  /** Line and code point column where the innermost replacement field's expression starts. */
  fieldLine = 0;
  fieldCol = 0;
  /** Source index where the innermost replacement field's expression starts. */
  fieldIndex = 0;

  readonly quote: number;
  readonly quoteSize: number;
  readonly raw: boolean;
  /** Where the f-string (its prefix) starts: Python 3.11's string token started there. */
  readonly startIndex: number;

  constructor(quote: number, quoteSize: number, raw: boolean, startIndex: number) {
    this.quote = quote;
    this.quoteSize = quoteSize;
    this.raw = raw;
    this.startIndex = startIndex;
  }
}

/** FSTRING_START for the prefix at `start` and quote at `quoteIndex`; enters literal mode. */
export function startFString(
  scanner: Scanner,
  start: number,
  quoteIndex: number,
  raw: boolean,
): void {
  const source = scanner.source;
  const quote = source.charCodeAt(quoteIndex);
  let end = quoteIndex + 1;
  let quoteSize = 1;
  if (source.charCodeAt(end) === quote && source.charCodeAt(end + 1) === quote) {
    quoteSize = 3;
    end += 2;
  }
  if (scanner.modes.length + 1 >= MAX_FSTRING_LEVEL) {
    scanner.fail(tooManyNestedFStrings(scanner.spanAt(end)));
  }
  scanner.locate(start);
  const mode = new FStringMode(quote, quoteSize, raw, start);
  mode.tokenIndex = scanner.tokens.length;
  scanner.modes.push(mode);
  scanner.push('FSTRING_START', start, end, scanner.line, scanner.col, scanner.byteCol);
  scanner.pos = end;
}

/**
 * In an f-string's literal text: pushes FSTRING_MIDDLE for the text up to the next field, the
 * end of the format spec, or the closing quotes (then FSTRING_END).
 */
export function scanFStringLiteral(scanner: Scanner, mode: FStringMode): void {
  const source = scanner.source;
  const start = scanner.pos;
  scanner.locate(start);
  const startLine = scanner.line;
  const startCol = scanner.col;
  const startByte = scanner.byteCol;
  const quote = mode.quote;
  let pos = start;
  for (;;) {
    if (pos >= scanner.end) failUnterminatedFString(scanner, pos);
    const code = source.charCodeAt(pos);
    if (code === quote) {
      if (
        mode.quoteSize === 1 ||
        (source.charCodeAt(pos + 1) === quote && source.charCodeAt(pos + 2) === quote)
      ) {
        if (mode.depth > 0) {
          // The closing quotes inside a format spec: its field never ends.
          scanner.pos = pos;
          failFString(scanner, fStringTokenizerError, "expecting '}'");
        }
        if (
          scanner.modes.length === 1 &&
          !scanner.moduleView &&
          legacyLiteralEnd(source, mode) !== pos
        ) {
          // Python 3.11 saw the string end earlier: at a quote inside a replacement field (the
          // tokenize-module view keeps 3.12's tokens, for the split-f-string tests).
          scanner.pos = pos;
          failFString(scanner, fStringTokenizerError, "expecting '}'");
        }
        if (pos > start) scanner.push('FSTRING_MIDDLE', start, pos, startLine, startCol, startByte);
        scanner.pushHere('FSTRING_END', pos, pos + mode.quoteSize);
        scanner.pos = pos + mode.quoteSize;
        scanner.modes.pop();
        return;
      }
      pos++;
    } else if (code === LF || code === CR) {
      if (mode.quoteSize === 1) failUnterminatedFString(scanner, pos);
      pos = scanner.skipNewline(pos, code);
    } else if (code === OPEN_BRACE) {
      if (!mode.inFormatSpec && source.charCodeAt(pos + 1) === OPEN_BRACE) {
        pos += 2;
        continue;
      }
      mode.exprStartDepth++;
      if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
        scanner.pos = pos;
        failFString(scanner, fStringTokenizerError, 'expressions nested too deeply');
      }
      endFStringLiteral(scanner, mode, start, pos, startLine, startCol, startByte);
      scanner.locate(pos + 1);
      mode.fieldLine = scanner.line;
      mode.fieldCol = scanner.col;
      mode.fieldIndex = pos + 1;
      return;
    } else if (code === CLOSE_BRACE) {
      if (mode.inNamedEscape) {
        mode.inNamedEscape = false;
        pos++;
        continue;
      }
      if (!mode.inFormatSpec && mode.depth === 0 && source.charCodeAt(pos + 1) === CLOSE_BRACE) {
        pos += 2;
        continue;
      }
      endFStringLiteral(scanner, mode, start, pos, startLine, startCol, startByte);
      return;
    } else if (code === BACKSLASH) {
      if (scanner.modes.length > 1) {
        // A nested f-string is in the expression part of the enclosing one.
        scanner.pos = pos;
        failFString(scanner, fStringExpressionPartCannotInclude, 'a backslash');
      }
      let next = source.charCodeAt(pos + 1);
      if (next === OPEN_BRACE || next === CLOSE_BRACE) {
        pos++;
        continue;
      }
      if (!mode.raw && next === 78 && source.charCodeAt(pos + 2) === OPEN_BRACE) {
        mode.inNamedEscape = true;
        pos += 3;
        continue;
      }
      pos++;
      if (pos < scanner.end) {
        next = source.charCodeAt(pos);
        if (next >= 128) scanner.markNonAscii(pos);
        pos = next === LF || next === CR ? scanner.skipNewline(pos, next) : pos + 1;
      }
    } else {
      if (code >= 128) scanner.markNonAscii(pos);
      pos++;
    }
  }
}

/**
 * Where Python 3.11's string token for the f-string `mode` closes (the index of its closing
 * quotes): it read an f-string as one string literal, so the first unescaped closing quotes end
 * it, even inside a replacement field (3.12 lets a field reuse the f-string's quotes).
 */
function legacyLiteralEnd(source: string, mode: FStringMode): number {
  const quote = mode.quote;
  let pos = source.indexOf(String.fromCharCode(quote), mode.startIndex) + mode.quoteSize;
  const end = source.length;
  while (pos < end) {
    const code = source.charCodeAt(pos);
    if (code === BACKSLASH) {
      pos += 2;
    } else if (
      code === quote &&
      (mode.quoteSize === 1 ||
        (source.charCodeAt(pos + 1) === quote && source.charCodeAt(pos + 2) === quote))
    ) {
      return pos;
    } else {
      pos++;
    }
  }
  return end;
}

/** Pushes the literal text so far and switches to the expression (regular) mode. */
export function endFStringLiteral(
  scanner: Scanner,
  mode: FStringMode,
  start: number,
  pos: number,
  startLine: number,
  startCol: number,
  startByte: number,
): void {
  if (pos > start) scanner.push('FSTRING_MIDDLE', start, pos, startLine, startCol, startByte);
  mode.inExpression = true;
  mode.inFormatSpec = false;
  scanner.pos = pos;
}

/**
 * Python 3.11 limits on an f-string's expression part: no comment, and no newline in a
 * single-quoted f-string (3.12 allows both).
 */
export function checkFStringExpressionChar(scanner: Scanner, code: number, pos: number): void {
  if (code === HASH) {
    scanner.pos = pos;
    failFString(scanner, fStringExpressionPartCannotInclude, "'#'");
  }
  if (code === LF || code === CR) {
    if (scanner.modes.some((each) => each.quoteSize === 1)) failUnterminatedFString(scanner, pos);
  }
}

/** Fails with what Python 3.11 reports for an error in the f-string being tokenized. */
export function failFString(
  scanner: Scanner,
  make: (message: string, span: TokenizerErrorSpan) => PySyntaxError,
  message: string,
): never {
  const legacy = scanner.legacyView();
  const outcome = legacyFStringOutcome(
    legacy,
    scanner.source,
    scanner.modes[0]!.startIndex,
    (span) => make(message, span),
    scanner.spanAt(Math.min(scanner.pos, scanner.end)),
  );
  scanner.stopInFString(outcome.error, outcome.isException, legacy);
}

/**
 * A tokenizer error inside an f-string's expression. Python 3.11 tokenized the expression on
 * its own, as `(` + expression + `)`, so on the expression's first line the column counts from
 * that parenthesis; and it raised the error while parsing the f-string, as the parser does.
 */
export function failInFStringExpression(
  scanner: Scanner,
  mode: FStringMode,
  error: PySyntaxError,
): never {
  const onFieldLine = error.lineno === mode.fieldLine;
  const shift = onFieldLine ? mode.fieldCol - 1 : 0;
  // Its text is that parenthesized expression (the tokenizer's own line, with no line break).
  const fieldEnd = legacyFieldExpressionEnd(scanner.source, mode.fieldIndex);
  const text = onFieldLine ? `(${scanner.source.slice(mode.fieldIndex, fieldEnd)})` : error.text;
  const moved = new PySyntaxError(
    error.type,
    error.msg,
    error.lineno,
    error.offset - shift,
    error.endLineno,
    error.endOffset !== null && error.endOffset > 0 ? error.endOffset - shift : error.endOffset,
    text,
  );
  const legacy = scanner.legacyView();
  const outcome = legacyFStringOutcome(
    legacy,
    scanner.source,
    scanner.modes[0]!.startIndex,
    () => moved,
    scanner.spanAt(Math.min(scanner.pos, scanner.end)),
    true,
    scanner.pos,
    mode.fieldIndex,
  );
  scanner.stopInFString(outcome.error, outcome.isException, legacy);
}

/**
 * An f-string that does not end (on its line, for a single-quoted one). Python 3.11 either saw
 * an unterminated string literal too (its tokenizer's error then comes back from the 3.11 view)
 * or a complete one whose expression lacks its `}`.
 */
export function failUnterminatedFString(scanner: Scanner, pos: number): never {
  scanner.pos = pos;
  failFString(scanner, fStringTokenizerError, "expecting '}'");
}
