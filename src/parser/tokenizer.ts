// The Python tokenizer: source text to Token[] as CPython's C tokenizer produces them (3.11 rules,
// 3.12 f-string tokens), with CPython 3.11's error messages and positions. Decoding bytes is in
// source-encoding.ts, number scanning in tokenizer-numbers.ts, printing in token-dump.ts.

import {
  fStringExpressionPartCannotInclude,
  fStringTokenizerError,
  inconsistentTabs,
  invalidCharacter,
  invalidNonPrintableCharacter,
  mismatchedBracket,
  nullBytesInSource,
  PySyntaxError,
  type TokenizerErrorSpan,
  tooManyIndentationLevels,
  tooManyNestedFStrings,
  tooManyNestedParentheses,
  unclosedBracket,
  unexpectedCharacterAfterContinuation,
  unexpectedEof,
  unindentMismatch,
  unmatchedBracket,
  unterminatedString,
  unterminatedTripleQuotedString,
} from './syntax-errors.js';
import type { Token, TokenKind } from './token.js';
import {
  isAsciiIdentifierChar,
  isDigit,
  isIdentifierContinue,
  isIdentifierStart,
  isPrintable,
} from './tokenizer-chars.js';
import { scanNumber } from './tokenizer-numbers.js';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * `'parser'` (default): the stream CPython's parser sees (no COMMENT/NL tokens).
   * `'tokenize-module'`: what Python 3.11's `tokenize` module yields (COMMENT and NL included,
   * `<>` as two operators, `$ ? ! backtick` as ERRORTOKEN), for `pyex tokens`.
   */
  readonly view?: 'parser' | 'tokenize-module';
  /**
   * `'split'`: f-strings as FSTRING_START / FSTRING_MIDDLE / tokens / FSTRING_END (Python 3.12).
   * `'whole'`: one STRING token per f-string (Python 3.11). Default: split in the parser view,
   * whole in the tokenize-module view.
   */
  readonly fstrings?: 'split' | 'whole';
  /** The source came from a file (changes the null byte message, as CPython does). */
  readonly fromFile?: boolean;
}

/**
 * The tokens of a source with the tokenizer's error, if any, kept aside instead of thrown, so the
 * parser can order errors the way CPython does (see {@link resolveParserError}).
 */
export interface TokenizeResult {
  /** The tokens; when `error` is set the last one is an ERRORTOKEN at the error, else ENDMARKER. */
  readonly tokens: Token[];
  /** The error the parser raises when it reaches the ERRORTOKEN, or null. */
  readonly error: PySyntaxError | null;
  /**
   * Whether CPython's tokenizer raised `error` itself (then it also wins over a parser error
   * found earlier in the file). False for the end-of-input errors ("'(' was never closed",
   * "unexpected EOF while parsing"), which CPython's parser reports only when it gets there.
   */
  readonly errorIsException: boolean;
  /** The innermost bracket still open when tokenizing stopped (line 0 when none), and its error. */
  readonly openBracketLine: number;
  readonly openBracketError: PySyntaxError | null;
}

const MAX_BRACKET_LEVEL = 200;
const MAX_INDENT_LEVEL = 100;
const TAB_SIZE = 8;
const MAX_FSTRING_LEVEL = 150;
/** Python 3.11's limit on replacement fields nested in format specs (3.12 allows 3). */
const MAX_EXPR_NESTING = 2;

// Character codes used below.
const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const DOT = 46;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Characters the 3.11 tokenize module has no operator for (3.12 has `!`): ERRORTOKEN there. */
const TOKENIZE_MODULE_ERROR_CHARS = '$?!`';

/** The state of one f-string being tokenized (CPython's tokenizer_mode). */
class FStringMode {
  /** Inside a replacement field's expression (CPython's TOK_REGULAR_MODE), else literal text. */
  inExpression = false;
  /** Open brackets inside this f-string, `{` of fields included. */
  depth = 0;
  /** `depth` at which the innermost field's expression started, -1 outside fields. */
  exprStartDepth = -1;
  inFormatSpec = false;
  /** A `\N{` escape was seen: the next `}` is literal. */
  inNamedEscape = false;
  /** Line and code point column where the innermost replacement field's expression starts. */
  fieldLine = 0;
  fieldCol = 0;

  readonly quote: number;
  readonly quoteSize: number;
  readonly raw: boolean;
  /** Where the f-string (its prefix) starts, for "unterminated f-string" errors. */
  readonly startIndex: number;
  readonly startLine: number;
  readonly startLineStart: number;

  constructor(
    quote: number,
    quoteSize: number,
    raw: boolean,
    startIndex: number,
    startLine: number,
    startLineStart: number,
  ) {
    this.quote = quote;
    this.quoteSize = quoteSize;
    this.raw = raw;
    this.startIndex = startIndex;
    this.startLine = startLine;
    this.startLineStart = startLineStart;
  }
}

/** Internal: a bookkeeping error the scanner throws to stop; carries the result fields. */
class StopScanning {
  readonly error: PySyntaxError;
  readonly isException: boolean;

  constructor(error: PySyntaxError, isException: boolean) {
    this.error = error;
    this.isException = isException;
  }
}

/** Whether a character code is one of CPython's "potential identifier" characters. */
function isPotentialIdentifierChar(code: number): boolean {
  return code >= 128 || isAsciiIdentifierChar(code);
}

/** Number of code points in `text[from, to)`, counting `\r\n` as one (CPython translates it). */
function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    } else if (code === CR && index + 1 < to && text.charCodeAt(index + 1) === LF) {
      index++;
    }
    count++;
  }
  return count;
}

/** Number of UTF-8 bytes of `text[from, to)`. */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes++;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** The scanner: one per call of {@link tokenizeDeferringErrors}. */
class Scanner {
  readonly source: string;
  readonly end: number;
  readonly moduleView: boolean;
  readonly splitFStrings: boolean;
  readonly fromFile: boolean;
  readonly tokens: Token[] = [];

  /** Index of the next character to read. */
  pos = 0;
  /** Current line (1-based) and the index where it starts. */
  line = 1;
  lineStart = 0;
  /** Start of the first physical line of the current logical line (CPython's `tok->buf`). */
  bufStart = 0;
  /** A position known on the current line, advanced by `locate`. */
  private cursorIndex = 0;
  private cursorCol = 0;
  private cursorByte = 0;
  /** Outputs of `locate`. */
  col = 0;
  byteCol = 0;

  atLineStart = true;
  /** Whether the last significant token ends a logical line (or there is none yet). */
  lastWasNewline = true;
  readonly indents: number[] = [0];
  readonly altIndents: number[] = [0];
  readonly bracketChars: number[] = [];
  readonly bracketLines: number[] = [];
  readonly bracketCols: number[] = [];
  readonly bracketLineStarts: number[] = [];
  readonly modes: FStringMode[] = [];

  constructor(source: string, options: TokenizeOptions) {
    this.source = source;
    this.end = source.length;
    this.moduleView = options.view === 'tokenize-module';
    this.splitFStrings = (options.fstrings ?? (this.moduleView ? 'whole' : 'split')) === 'split';
    this.fromFile = options.fromFile === true;
  }

  // ---- positions ----

  /** Sets `col`/`byteCol` to the columns of `index`, which must be on the current line. */
  locate(index: number): void {
    const source = this.source;
    let at = this.cursorIndex;
    let col = this.cursorCol;
    let bytes = this.cursorByte;
    if (index < at) {
      at = this.lineStart;
      col = 0;
      bytes = 0;
    }
    while (at < index) {
      const code = source.charCodeAt(at);
      at++;
      col++;
      if (code < 0x80) {
        bytes++;
      } else if (code < 0x800) {
        bytes += 2;
      } else if (code >= 0xd800 && code <= 0xdbff && at < index) {
        const next = source.charCodeAt(at);
        if (next >= 0xdc00 && next <= 0xdfff) {
          at++;
          bytes += 4;
        } else {
          bytes += 3;
        }
      } else {
        bytes += 3;
      }
    }
    this.cursorIndex = at;
    this.cursorCol = col;
    this.cursorByte = bytes;
    this.col = col;
    this.byteCol = bytes;
  }

  /** Records that a new line starts at `index` (just past a newline). */
  newLine(index: number): void {
    this.line++;
    this.lineStart = index;
    this.cursorIndex = index;
    this.cursorCol = 0;
    this.cursorByte = 0;
  }

  /** Index just past the newline ending the line that starts at `from`, or the end. */
  lineEnd(from: number): number {
    const source = this.source;
    let index = from;
    while (index < this.end) {
      const code = source.charCodeAt(index);
      if (code === LF || code === CR) return index;
      index++;
    }
    return index;
  }

  /** The text of the line starting at `from`, without its newline. */
  lineText(from: number): string {
    return this.source.slice(from, this.lineEnd(from));
  }

  /** CPython's `syntaxerror()` location: the current line, offset = column of `index`. */
  spanAt(index: number): TokenizerErrorSpan {
    this.locate(index);
    return {
      lineno: this.line,
      offset: this.col,
      endLineno: this.line,
      endOffset: this.col,
      text: this.lineText(this.lineStart),
    };
  }

  // ---- output ----

  /** Pushes a token starting at (startLine, startCol, startByte) and ending at `endIndex`. */
  push(
    kind: TokenKind,
    startIndex: number,
    endIndex: number,
    startLine: number,
    startCol: number,
    startByte: number,
  ): void {
    this.locate(endIndex);
    this.tokens.push({
      kind,
      text: this.source.slice(startIndex, endIndex),
      line: startLine,
      col: startCol,
      endLine: this.line,
      endCol: this.col,
      byteCol: startByte,
      endByteCol: this.byteCol,
      startIndex,
      endIndex,
    });
  }

  /** Pushes a token that lies on the current line. */
  pushHere(kind: TokenKind, startIndex: number, endIndex: number): void {
    this.locate(startIndex);
    this.push(kind, startIndex, endIndex, this.line, this.col, this.byteCol);
  }

  /**
   * Pushes a NEWLINE (or NL) whose newline characters `text` are at `at`. The tokenize module
   * spans the newline itself (`width` columns); CPython's parser gets a NEWLINE that starts at a
   * comment just before it (`commentStart`, or -1) and ends where the newline starts.
   */
  pushNewline(
    kind: TokenKind,
    commentStart: number,
    at: number,
    text: string,
    width: number,
  ): void {
    let start = at;
    let endCol: number;
    let endByte: number;
    this.locate(at);
    if (this.moduleView) {
      endCol = this.col + width;
      endByte = this.byteCol + width;
    } else {
      endCol = this.col;
      endByte = this.byteCol;
      if (commentStart >= 0) {
        start = commentStart;
        this.locate(start);
      }
    }
    this.tokens.push({
      kind,
      text,
      line: this.line,
      col: this.col,
      endLine: this.line,
      endCol,
      byteCol: this.byteCol,
      endByteCol: endByte,
      startIndex: start,
      endIndex: at + text.length,
    });
  }

  /** An error CPython's tokenizer raises itself (it then beats an earlier parser error). */
  fail(error: PySyntaxError): never {
    const mode = this.modes[this.modes.length - 1];
    if (mode?.inExpression === true) this.failInFStringExpression(mode, error);
    throw new StopScanning(error, true);
  }

  /**
   * A tokenizer error inside an f-string's expression. Python 3.11 tokenized the expression on
   * its own, as `(` + expression + `)`, so on the expression's first line the column counts from
   * that parenthesis; and it raised the error while parsing the f-string, as the parser does.
   */
  private failInFStringExpression(mode: FStringMode, error: PySyntaxError): never {
    const shift = error.lineno === mode.fieldLine ? mode.fieldCol - 1 : 0;
    const moved = new PySyntaxError(
      error.type,
      error.msg,
      error.lineno,
      error.offset - shift,
      error.endLineno,
      error.endOffset !== null && error.endOffset > 0 ? error.endOffset - shift : error.endOffset,
      error.text,
    );
    const outcome = legacyFStringOutcome(
      this.source,
      this.modes[0]!.startIndex,
      () => moved,
      this.spanAt(Math.min(this.pos, this.end)),
      true,
    );
    throw new StopScanning(outcome.error, outcome.isException);
  }

  /**
   * An error CPython's tokenizer only flags (`tok->done`): its parser raises it on reading this
   * token, and an earlier parser error wins over it.
   */
  flag(error: PySyntaxError): never {
    throw new StopScanning(error, false);
  }

  // ---- the main loop ----

  run(): void {
    const nullIndex = this.source.indexOf('\0');
    if (nullIndex >= 0) this.failNullByte(nullIndex);
    for (;;) {
      const mode = this.modes[this.modes.length - 1];
      if (mode !== undefined && !mode.inExpression) {
        this.scanFStringLiteral(mode);
      } else if (!this.scanRegular(mode)) {
        return;
      }
    }
  }

  private failNullByte(index: number): never {
    let line = 1;
    for (let at = 0; at < index; at++) {
      const code = this.source.charCodeAt(at);
      if (code === LF || (code === CR && this.source.charCodeAt(at + 1) !== LF)) line++;
    }
    // CPython points at no column (a file) or has no location at all (a string).
    this.fail(
      nullBytesInSource(this.fromFile, {
        lineno: this.fromFile ? line : 0,
        offset: 0,
        endLineno: this.fromFile ? line : 0,
        endOffset: 0,
        text: this.fromFile ? '' : null,
      }),
    );
  }

  /**
   * Scans from the current position in regular mode and pushes the next token(s). Returns false
   * once ENDMARKER is pushed.
   */
  private scanRegular(mode: FStringMode | undefined): boolean {
    const source = this.source;
    let blankLine = false;
    if (this.atLineStart) {
      this.atLineStart = false;
      blankLine = this.scanIndentation();
    }
    let pos = this.pos;
    const whitespaceStart = pos;
    let code = source.charCodeAt(pos);
    for (;;) {
      while (code === SPACE || code === TAB || code === FF) code = source.charCodeAt(++pos);
      if (code !== BACKSLASH) break;
      if (mode !== undefined) {
        this.pos = pos;
        this.failFString(fStringExpressionPartCannotInclude, 'a backslash');
      }
      pos = this.scanContinuation(pos);
      code = source.charCodeAt(pos);
    }
    this.pos = pos;
    let commentStart = -1;
    if (mode !== undefined) this.checkFStringExpressionChar(code, pos);
    if (code === HASH) {
      let end = pos + 1;
      while (end < this.end) {
        const next = source.charCodeAt(end);
        if (next === LF || next === CR) break;
        end++;
      }
      if (this.moduleView) this.pushHere('COMMENT', pos, end);
      commentStart = pos;
      pos = end;
      this.pos = pos;
      code = source.charCodeAt(pos);
    }
    if (pos >= this.end) {
      this.finish(blankLine, commentStart);
      return false;
    }
    if (code === LF || code === CR) {
      const width = code === CR && source.charCodeAt(pos + 1) === LF ? 2 : 1;
      if (blankLine || this.bracketChars.length > 0) {
        if (this.moduleView) this.pushHere('NL', pos, pos + width);
      } else {
        this.pushNewline('NEWLINE', commentStart, pos, source.slice(pos, pos + width), width);
        this.lastWasNewline = true;
      }
      this.pos = pos + width;
      this.newLine(this.pos);
      this.bufStart = this.pos;
      this.atLineStart = true;
      return true;
    }
    this.lastWasNewline = false;
    if (code < 128 ? isAsciiLetterOrUnderscore(code) : true) {
      this.scanNameOrString(pos, mode);
    } else if (isDigit(code) || (code === DOT && isDigit(source.charCodeAt(pos + 1)))) {
      const end = scanNumber(this, pos);
      this.pushHere('NUMBER', pos, end);
      this.pos = end;
    } else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
      this.scanString(pos, pos, mode);
    } else {
      this.scanOperator(pos, code, mode, whitespaceStart);
    }
    return true;
  }

  /**
   * At the start of a line: measures the indentation and pushes INDENT/DEDENT tokens, or reports
   * a blank line (only whitespace and maybe a comment), which changes nothing.
   */
  private scanIndentation(): boolean {
    const source = this.source;
    let pos = this.pos;
    let col = 0;
    let altCol = 0;
    // A backslash in the indentation joins the next line; the indentation before the first
    // one counts (or, when that is none, the whole run of whitespace).
    let continuationCol = 0;
    for (;;) {
      const code = source.charCodeAt(pos);
      if (code === SPACE) {
        col++;
        altCol++;
      } else if (code === TAB) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (code === FF) {
        col = 0;
        altCol = 0;
      } else if (code === BACKSLASH) {
        continuationCol = continuationCol || col;
        pos = this.scanContinuation(pos);
        this.bufStart = this.lineStart;
        continue;
      } else {
        break;
      }
      pos++;
    }
    this.pos = pos;
    if (continuationCol !== 0) {
      col = continuationCol;
      altCol = continuationCol;
    }
    const code = source.charCodeAt(pos);
    if (code === HASH || code === LF || code === CR || pos >= this.end) return true;
    if (this.bracketChars.length > 0) return false;
    const indents = this.indents;
    const altIndents = this.altIndents;
    let top = indents.length - 1;
    if (col === indents[top]) {
      if (altCol !== altIndents[top]) this.failIndentation('tab');
    } else if (col > indents[top]!) {
      if (indents.length >= MAX_INDENT_LEVEL) this.failIndentation('deep');
      if (altCol <= altIndents[top]!) this.failIndentation('tab');
      indents.push(col);
      altIndents.push(altCol);
      if (this.moduleView) {
        this.push('INDENT', this.lineStart, pos, this.line, 0, 0);
      } else {
        // CPython's INDENT has no column: its errors point just past the indentation.
        this.locate(pos);
        this.push('INDENT', this.lineStart, pos, this.line, this.col, this.byteCol);
      }
    } else {
      let dedents = 0;
      while (top > 0 && col < indents[top]!) {
        top--;
        dedents++;
      }
      if (col !== indents[top]) this.failIndentation('dedent');
      if (altCol !== altIndents[top]) this.failIndentation('tab');
      indents.length = top + 1;
      altIndents.length = top + 1;
      for (let count = 0; count < dedents; count++) this.pushHere('DEDENT', pos, pos);
    }
    return false;
  }

  /** Indentation errors, located as CPython's parser reports its tokenizer's E_* codes. */
  private failIndentation(kind: 'tab' | 'deep' | 'dedent'): never {
    const text = `${this.lineText(this.lineStart)}\n`;
    if (kind === 'dedent') {
      // The error points just past the line (its newline included), with no end.
      const offset = codePointsBetween(this.source, this.lineStart, this.lineEnd(this.lineStart));
      this.flag(
        unindentMismatch({
          lineno: this.line,
          offset: offset + 1,
          endLineno: this.line,
          endOffset: -1,
          text,
        }),
      );
    }
    const span = { lineno: this.line, offset: 1, endLineno: this.line, endOffset: 0, text };
    this.flag(kind === 'tab' ? inconsistentTabs(span) : tooManyIndentationLevels(span));
  }

  /** A backslash at `pos`: joins the next line, or fails. Returns where scanning resumes. */
  private scanContinuation(pos: number): number {
    const source = this.source;
    const next = source.charCodeAt(pos + 1);
    let after: number;
    if (next === LF) {
      after = pos + 2;
    } else if (next === CR) {
      after = source.charCodeAt(pos + 2) === LF ? pos + 3 : pos + 2;
    } else if (pos + 1 >= this.end) {
      after = pos + 1;
    } else {
      // CPython counts from the start of the logical line, past the offending character.
      const offset = codePointsBetween(source, this.bufStart, pos) + 2;
      this.flag(
        unexpectedCharacterAfterContinuation({
          lineno: this.line,
          offset,
          endLineno: this.line,
          endOffset: 0,
          text: `${source.slice(this.bufStart, this.lineEnd(this.lineStart))}\n`,
        }),
      );
    }
    if (after >= this.end) {
      const lineLength = codePointsBetween(source, this.lineStart, this.lineEnd(this.lineStart));
      const error =
        this.bracketChars.length > 0
          ? this.openBracketError()
          : unexpectedEof({
              lineno: this.line,
              offset: lineLength + 1,
              endLineno: this.line,
              endOffset: -1,
              text: `${this.lineText(this.lineStart)}\n`,
            });
      this.pos = after;
      this.flag(error);
    }
    this.newLine(after);
    return after;
  }

  /** "'(' was never closed" for the innermost open bracket. */
  openBracketError(): PySyntaxError {
    const top = this.bracketChars.length - 1;
    const line = this.bracketLines[top]!;
    const offset = this.bracketCols[top]! + 1;
    return unclosedBracket(String.fromCharCode(this.bracketChars[top]!), {
      lineno: line,
      offset,
      endLineno: line,
      endOffset: 0,
      text: this.lineText(this.bracketLineStarts[top]!),
    });
  }

  /** End of input: NEWLINE if a logical line is open, then DEDENTs and ENDMARKER. */
  private finish(blankLine: boolean, commentStart: number): void {
    if (this.modes.length > 0) this.failUnterminatedFString(this.end);
    if (this.bracketChars.length > 0) {
      this.flag(this.openBracketError());
    }
    const end = this.end;
    if (!this.lastWasNewline) {
      this.pushNewline('NEWLINE', commentStart, end, '', 1);
      this.lastWasNewline = true;
    } else if (this.moduleView && blankLine && commentStart >= 0) {
      this.pushNewline('NL', -1, end, '', 0);
    }
    let line: number;
    let col = 0;
    let byteCol = 0;
    if (this.moduleView) {
      // The tokenize module ends on the line after the last one, unless that one is blank.
      let lineIsBlank = true;
      for (let index = this.lineStart; index < end; index++) {
        const code = this.source.charCodeAt(index);
        if (code !== SPACE && code !== TAB && code !== FF) {
          lineIsBlank = false;
          break;
        }
      }
      line = lineIsBlank ? this.line : this.line + 1;
    } else {
      // CPython's end tokens have no column: its errors point past the last line and its
      // newline (added when missing).
      let lastLineStart = this.lineStart;
      line = this.line;
      if (lastLineStart === end && line > 1 && !this.endsWithCrLf()) {
        line--;
        lastLineStart = this.previousLineStart(end);
      }
      const lastLineEnd = this.lineEnd(lastLineStart);
      col = codePointsBetween(this.source, lastLineStart, lastLineEnd) + 1;
      byteCol = utf8Length(this.source, lastLineStart, lastLineEnd) + 1;
    }
    for (let level = 1; level < this.indents.length; level++) {
      this.pushEnd('DEDENT', line, col, byteCol);
    }
    this.pushEnd('ENDMARKER', line, col, byteCol);
  }

  /** Start of the line before the one starting at `lineStart`. */
  private previousLineStart(lineStart: number): number {
    const source = this.source;
    let index = lineStart - 1;
    if (index > 0 && source.charCodeAt(index) === LF && source.charCodeAt(index - 1) === CR) {
      index--;
    }
    while (index > 0) {
      const code = source.charCodeAt(index - 1);
      if (code === LF || code === CR) break;
      index--;
    }
    return Math.max(index, 0);
  }

  private pushEnd(kind: TokenKind, line: number, col: number, byteCol: number): void {
    this.tokens.push({
      kind,
      text: '',
      line,
      col,
      endLine: line,
      endCol: col,
      byteCol,
      endByteCol: byteCol,
      startIndex: this.end,
      endIndex: this.end,
    });
  }

  // ---- names and strings ----

  /** A name, or a string whose prefix starts at `start`. */
  private scanNameOrString(start: number, mode: FStringMode | undefined): void {
    const source = this.source;
    let pos = start;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    let code = source.charCodeAt(pos);
    for (;;) {
      if (!(sawB || sawU || sawF) && (code === 98 || code === 66)) {
        sawB = true;
      } else if (!(sawB || sawU || sawR || sawF) && (code === 117 || code === 85)) {
        sawU = true;
      } else if (!(sawR || sawU) && (code === 114 || code === 82)) {
        sawR = true;
      } else if (!(sawF || sawB || sawU) && (code === 102 || code === 70)) {
        sawF = true;
      } else {
        break;
      }
      code = source.charCodeAt(++pos);
      if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
        if (sawF && this.splitFStrings) {
          this.startFString(start, pos, sawR);
        } else {
          this.scanString(start, pos, mode);
        }
        return;
      }
    }
    let nonAscii = false;
    while (pos < this.end && isPotentialIdentifierChar(code)) {
      if (code >= 128) nonAscii = true;
      code = source.charCodeAt(++pos);
    }
    if (nonAscii) this.verifyIdentifier(start, pos);
    this.pushHere('NAME', start, pos);
    this.pos = pos;
  }

  /** Fails unless `source[start, end)` is a valid identifier (CPython's verify_identifier). */
  private verifyIdentifier(start: number, end: number): void {
    const source = this.source;
    let index = start;
    let first = true;
    while (index < end) {
      const codePoint = source.codePointAt(index)!;
      const width = codePoint > 0xffff ? 2 : 1;
      const valid = first
        ? isIdentifierStart(codePoint)
        : isIdentifierContinue(codePoint) || codePoint === 95;
      if (!valid) {
        const span = this.spanAt(index + width);
        this.fail(
          isPrintable(codePoint)
            ? invalidCharacter(codePoint, span)
            : invalidNonPrintableCharacter(codePoint, span),
        );
      }
      first = false;
      index += width;
    }
  }

  /**
   * A string literal (or an f-string as one STRING token) whose prefix starts at `start` and
   * quote is at `quoteIndex`.
   */
  private scanString(start: number, quoteIndex: number, mode: FStringMode | undefined): void {
    const source = this.source;
    this.locate(start);
    const startLine = this.line;
    const startCol = this.col;
    const startByte = this.byteCol;
    const startLineStart = this.lineStart;
    const quote = source.charCodeAt(quoteIndex);
    let pos = quoteIndex + 1;
    let quoteSize = 1;
    if (source.charCodeAt(pos) === quote) {
      if (source.charCodeAt(pos + 1) === quote) {
        quoteSize = 3;
        pos += 2;
      } else {
        this.push('STRING', start, pos + 1, startLine, startCol, startByte);
        this.pos = pos + 1;
        return;
      }
    }
    for (;;) {
      if (pos >= this.end) break;
      const code = source.charCodeAt(pos);
      if (code === quote) {
        if (quoteSize === 1) {
          pos++;
          this.pushString(start, pos, startLine, startCol, startByte, mode);
          this.pos = pos;
          return;
        }
        if (source.charCodeAt(pos + 1) === quote && source.charCodeAt(pos + 2) === quote) {
          pos += 3;
          this.pushString(start, pos, startLine, startCol, startByte, mode);
          this.pos = pos;
          return;
        }
        pos++;
      } else if (code === LF || code === CR) {
        if (quoteSize === 1) break;
        pos = this.skipNewline(pos, code);
      } else if (code === BACKSLASH) {
        pos++;
        if (pos < this.end) {
          const escaped = source.charCodeAt(pos);
          if (escaped === LF || escaped === CR) {
            pos = this.skipNewline(pos, escaped);
          } else {
            pos++;
          }
        }
      } else {
        pos++;
      }
    }
    // Unterminated: CPython points at the start of the literal and names the line it reached.
    this.pos = pos;
    const detectedAt = this.detectedLine(pos);
    const span = {
      lineno: startLine,
      offset: startCol + 1,
      endLineno: startLine,
      endOffset: startCol + 1,
      text: this.lineText(startLineStart),
    };
    if (mode !== undefined) {
      // Inside an f-string's expression: Python 3.11 saw this as part of the f-string literal.
      const sameQuotes = mode.quote === quote && mode.quoteSize === quoteSize;
      this.failFString(fStringTokenizerError, sameQuotes ? "expecting '}'" : 'unterminated string');
    }
    this.fail(
      quoteSize === 3
        ? unterminatedTripleQuotedString(detectedAt, span)
        : unterminatedString(detectedAt, span),
    );
  }

  /** Pushes a complete string literal; in an f-string's expression, 3.11 forbids backslashes. */
  private pushString(
    start: number,
    end: number,
    startLine: number,
    startCol: number,
    startByte: number,
    mode: FStringMode | undefined,
  ): void {
    if (mode !== undefined && this.source.slice(start, end).includes('\\')) {
      this.pos = start;
      this.failFString(fStringExpressionPartCannotInclude, 'a backslash');
    }
    this.push('STRING', start, end, startLine, startCol, startByte);
    this.pos = end;
  }

  /** Consumes the newline at `pos` (whose code is `code`) inside a token; returns the index after. */
  private skipNewline(pos: number, code: number): number {
    const after = code === CR && this.source.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
    this.newLine(after);
    return after;
  }

  /**
   * The line CPython names in "(detected at line N)" when a literal stops at `pos`: at the end of
   * the input, the last line with a newline, except that CPython adds an empty line after a
   * final `\r\n` (its newline translation appends one more newline there).
   */
  private detectedLine(pos: number): number {
    if (pos >= this.end && this.lineStart === this.end && this.line > 1 && !this.endsWithCrLf()) {
      return this.line - 1;
    }
    return this.line;
  }

  private endsWithCrLf(): boolean {
    return this.end >= 2 && this.source.endsWith('\r\n');
  }

  // ---- f-strings (3.12 tokens) ----

  /** FSTRING_START for the prefix at `start` and quote at `quoteIndex`; enters literal mode. */
  private startFString(start: number, quoteIndex: number, raw: boolean): void {
    const source = this.source;
    const quote = source.charCodeAt(quoteIndex);
    let end = quoteIndex + 1;
    let quoteSize = 1;
    if (source.charCodeAt(end) === quote && source.charCodeAt(end + 1) === quote) {
      quoteSize = 3;
      end += 2;
    }
    if (this.modes.length + 1 >= MAX_FSTRING_LEVEL)
      this.fail(tooManyNestedFStrings(this.spanAt(end)));
    this.locate(start);
    this.modes.push(new FStringMode(quote, quoteSize, raw, start, this.line, this.lineStart));
    this.push('FSTRING_START', start, end, this.line, this.col, this.byteCol);
    this.pos = end;
  }

  /**
   * In an f-string's literal text: pushes FSTRING_MIDDLE for the text up to the next field, the
   * end of the format spec, or the closing quotes (then FSTRING_END).
   */
  private scanFStringLiteral(mode: FStringMode): void {
    const source = this.source;
    const start = this.pos;
    this.locate(start);
    const startLine = this.line;
    const startCol = this.col;
    const startByte = this.byteCol;
    const quote = mode.quote;
    let pos = start;
    for (;;) {
      if (pos >= this.end) this.failUnterminatedFString(pos);
      const code = source.charCodeAt(pos);
      if (code === quote) {
        if (
          mode.quoteSize === 1 ||
          (source.charCodeAt(pos + 1) === quote && source.charCodeAt(pos + 2) === quote)
        ) {
          if (pos > start) this.push('FSTRING_MIDDLE', start, pos, startLine, startCol, startByte);
          this.pushHere('FSTRING_END', pos, pos + mode.quoteSize);
          this.pos = pos + mode.quoteSize;
          this.modes.pop();
          return;
        }
        pos++;
      } else if (code === LF || code === CR) {
        if (mode.quoteSize === 1) this.failUnterminatedFString(pos);
        pos = this.skipNewline(pos, code);
      } else if (code === OPEN_BRACE) {
        if (!mode.inFormatSpec && source.charCodeAt(pos + 1) === OPEN_BRACE) {
          pos += 2;
          continue;
        }
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
          this.pos = pos;
          this.failFString(fStringTokenizerError, 'expressions nested too deeply');
        }
        this.endFStringLiteral(mode, start, pos, startLine, startCol, startByte);
        this.locate(pos + 1);
        mode.fieldLine = this.line;
        mode.fieldCol = this.col;
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
        this.endFStringLiteral(mode, start, pos, startLine, startCol, startByte);
        return;
      } else if (code === BACKSLASH) {
        if (this.modes.length > 1) {
          // A nested f-string is in the expression part of the enclosing one.
          this.pos = pos;
          this.failFString(fStringExpressionPartCannotInclude, 'a backslash');
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
        if (pos < this.end) {
          next = source.charCodeAt(pos);
          pos = next === LF || next === CR ? this.skipNewline(pos, next) : pos + 1;
        }
      } else {
        pos++;
      }
    }
  }

  /**
   * Python 3.11 limits on an f-string's expression part: no comment, and no newline in a
   * single-quoted f-string (3.12 allows both).
   */
  private checkFStringExpressionChar(code: number, pos: number): void {
    if (code === HASH) {
      this.pos = pos;
      this.failFString(fStringExpressionPartCannotInclude, "'#'");
    }
    if (code === LF || code === CR) {
      if (this.modes.some((each) => each.quoteSize === 1)) this.failUnterminatedFString(pos);
    }
  }

  /** Fails with what Python 3.11 reports for an error in the f-string being tokenized. */
  private failFString(
    make: (message: string, span: TokenizerErrorSpan) => PySyntaxError,
    message: string,
  ): never {
    const outcome = legacyFStringOutcome(
      this.source,
      this.modes[0]!.startIndex,
      (span) => make(message, span),
      this.spanAt(Math.min(this.pos, this.end)),
    );
    throw new StopScanning(outcome.error, outcome.isException);
  }

  /** Pushes the literal text so far and switches to the expression (regular) mode. */
  private endFStringLiteral(
    mode: FStringMode,
    start: number,
    pos: number,
    startLine: number,
    startCol: number,
    startByte: number,
  ): void {
    if (pos > start) this.push('FSTRING_MIDDLE', start, pos, startLine, startCol, startByte);
    mode.inExpression = true;
    mode.inFormatSpec = false;
    this.pos = pos;
  }

  /**
   * An f-string that does not end (on its line, for a single-quoted one). Python 3.11 either saw
   * an unterminated string literal too (its tokenizer's error then comes back from the 3.11 view)
   * or a complete one whose expression lacks its `}`.
   */
  private failUnterminatedFString(pos: number): never {
    this.pos = pos;
    this.failFString(fStringTokenizerError, "expecting '}'");
  }

  // ---- operators and brackets ----

  private scanOperator(
    pos: number,
    code: number,
    mode: FStringMode | undefined,
    whitespaceStart: number,
  ): void {
    const source = this.source;
    if (code === DOT) {
      if (source.charCodeAt(pos + 1) === DOT && source.charCodeAt(pos + 2) === DOT) {
        this.pushOperator(pos, pos + 3);
      } else {
        this.pushOperator(pos, pos + 1);
      }
      return;
    }
    const inFStringExpr = mode !== undefined && mode.exprStartDepth >= 0;
    // `:` at the top of a replacement field starts its format spec.
    if (code === 58 && inFStringExpr && mode.depth - 1 === mode.exprStartDepth) {
      this.pushOperator(pos, pos + 1);
      mode.inExpression = false;
      mode.inFormatSpec = true;
      return;
    }
    const next = source.charCodeAt(pos + 1);
    const length = operatorLength(code, next, source.charCodeAt(pos + 2));
    if (length > 1) {
      // The tokenize module has no `<>` operator: it yields `<` and `>`.
      const isDiamond = code === 60 && next === 62;
      this.pushOperator(pos, pos + (isDiamond && this.moduleView ? 1 : length));
      return;
    }
    switch (code) {
      case 40: // (
      case 91: // [
      case OPEN_BRACE:
        this.openBracket(pos, code, mode);
        break;
      case 41: // )
      case 93: // ]
      case CLOSE_BRACE:
        this.closeBracket(pos, code, mode);
        break;
      default:
        if (!isPrintable(code)) {
          this.fail(invalidNonPrintableCharacter(code, this.spanAt(pos + 1)));
        }
    }
    if (
      this.moduleView &&
      TOKENIZE_MODULE_ERROR_CHARS.includes(String.fromCharCode(code)) &&
      !(code === 33 && this.splitFStrings)
    ) {
      // The tokenize module's regex fails here, so it yields each whitespace character before
      // this one as an ERRORTOKEN too.
      for (let index = whitespaceStart; index <= pos; index++) {
        this.pushHere('ERRORTOKEN', index, index + 1);
      }
      this.pos = pos + 1;
      return;
    }
    this.pushOperator(pos, pos + 1);
  }

  private pushOperator(start: number, end: number): void {
    this.pushHere('OP', start, end);
    this.pos = end;
  }

  private openBracket(pos: number, code: number, mode: FStringMode | undefined): void {
    if (this.bracketChars.length >= MAX_BRACKET_LEVEL) {
      if (this.modes.length > 0) {
        this.failFString(fStringTokenizerError, 'too many nested parenthesis');
      }
      this.fail(tooManyNestedParentheses(this.spanAt(pos + 1)));
    }
    this.locate(pos);
    this.bracketChars.push(code);
    this.bracketLines.push(this.line);
    this.bracketCols.push(this.col);
    this.bracketLineStarts.push(this.lineStart);
    if (mode !== undefined) mode.depth++;
  }

  private closeBracket(pos: number, code: number, mode: FStringMode | undefined): void {
    const closing = String.fromCharCode(code);
    if (mode !== undefined && mode.depth === 0 && code === CLOSE_BRACE) {
      this.failFString(fStringTokenizerError, "single '}' is not allowed");
    }
    const top = this.bracketChars.length - 1;
    if (top < 0) this.fail(unmatchedBracket(closing, this.spanAt(pos + 1)));
    const opening = this.bracketChars[top]!;
    if (opening !== matchingOpen(code)) {
      if (mode !== undefined && opening === OPEN_BRACE && mode.depth - 1 === mode.exprStartDepth) {
        this.failFString(fStringTokenizerError, `unmatched '${closing}'`);
      }
      if (this.modes.length > 0) {
        const openingChar = String.fromCharCode(opening);
        this.failFString(
          fStringTokenizerError,
          `closing parenthesis '${closing}' does not match opening parenthesis '${openingChar}'`,
        );
      }
      const openingLine = this.bracketLines[top]!;
      this.fail(
        mismatchedBracket(
          closing,
          String.fromCharCode(opening),
          openingLine === this.line ? null : openingLine,
          this.spanAt(pos + 1),
        ),
      );
    }
    this.bracketChars.pop();
    this.bracketLines.pop();
    this.bracketCols.pop();
    this.bracketLineStarts.pop();
    if (mode !== undefined) {
      mode.depth--;
      if (mode.depth < 0) {
        this.failFString(fStringTokenizerError, `unmatched '${closing}'`);
      }
      if (code === CLOSE_BRACE && mode.depth === mode.exprStartDepth) {
        mode.exprStartDepth--;
        mode.inExpression = false;
        mode.inFormatSpec = false;
      }
    }
  }
}

/**
 * Length of the operator starting with the characters `first`, `second`, `third`: 3 or 2 for
 * CPython's three- and two-character operators (`**=`, `->`, `<>`, ...), else 1.
 */
function operatorLength(first: number, second: number, third: number): number {
  switch (first) {
    case 33: // !
    case 37: // %
    case 38: // &
    case 43: // +
    case 58: // :
    case 61: // =
    case 64: // @
    case 94: // ^
    case 124: // |
      return second === 61 ? 2 : 1;
    case 45: // -
      return second === 61 || second === 62 ? 2 : 1;
    case 42: // *
    case 47: // /
      if (second === first) return third === 61 ? 3 : 2;
      return second === 61 ? 2 : 1;
    case 60: // <
      if (second === 60) return third === 61 ? 3 : 2;
      return second === 61 || second === 62 ? 2 : 1;
    case 62: // >
      if (second === 62) return third === 61 ? 3 : 2;
      return second === 61 ? 2 : 1;
    default:
      return 1;
  }
}

function isAsciiLetterOrUnderscore(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

function matchingOpen(closing: number): number {
  return closing === 41 ? 40 : closing === 93 ? 91 : OPEN_BRACE;
}

/**
 * What Python 3.11 reports for an error in the f-string starting at `fStringStart` (found by the
 * 3.12-style tokenizer or by the parser). 3.11 tokenized an f-string as one string literal, so:
 * an error its tokenizer raises anywhere wins; otherwise its f-string parser's error points at
 * the token after the strings around that literal, unless that token is itself an error.
 */
function legacyFStringOutcome(
  source: string,
  fStringStart: number,
  make: (span: TokenizerErrorSpan) => PySyntaxError,
  fallback: TokenizerErrorSpan,
  madeIsLocated = false,
): { error: PySyntaxError; isException: boolean } {
  const legacy = tokenizeDeferringErrors(source, { fstrings: 'whole' });
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
  while (tokens[index]?.kind === 'STRING') index++;
  const next = tokens[index]!;
  if (next.kind === 'ERRORTOKEN' && legacy.error !== null) {
    return { error: legacy.error, isException: false };
  }
  if (madeIsLocated) return { error: make(fallback), isException: false };
  const lineStart = Math.max(
    source.lastIndexOf('\n', next.startIndex - 1),
    source.lastIndexOf('\r', next.startIndex - 1),
  );
  let lineEnd = lineStart + 1;
  while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') {
    lineEnd++;
  }
  const span = {
    lineno: next.line,
    offset: next.col + 1,
    endLineno: next.endLine,
    endOffset: next.endCol + 1,
    text: source.slice(lineStart + 1, lineEnd),
  };
  return { error: make(span), isException: false };
}

/**
 * The error to raise, as Python 3.11 would, for an f-string error the parser finds (`message`
 * in full, e.g. "f-string: empty expression not allowed") in the f-string whose outermost
 * FSTRING_START token starts at `fStringStart`: 3.11 points past the strings around it, and a
 * tokenizer error elsewhere in the source can come first.
 */
export function legacyFStringError(
  source: string,
  fStringStart: number,
  message: string,
): PySyntaxError {
  const fallback = { lineno: 1, offset: 1, endLineno: 1, endOffset: 1, text: null };
  return legacyFStringOutcome(
    source,
    fStringStart,
    (span) =>
      new PySyntaxError(
        'SyntaxError',
        message,
        span.lineno,
        span.offset,
        span.endLineno,
        span.endOffset,
        span.text,
      ),
    fallback,
  ).error;
}

/**
 * Tokenizes `source` and keeps a tokenizer error aside instead of throwing it: the tokens then end
 * with an ERRORTOKEN where the error was found. Never throws.
 */
export function tokenizeDeferringErrors(
  source: string,
  options: TokenizeOptions = {},
): TokenizeResult {
  const scanner = new Scanner(source, options);
  try {
    scanner.run();
  } catch (caught) {
    if (!(caught instanceof StopScanning)) throw caught;
    const at = Math.min(scanner.pos, source.length);
    if (at >= scanner.lineStart) {
      scanner.locate(at);
    } else {
      scanner.col = 0;
      scanner.byteCol = 0;
    }
    scanner.tokens.push({
      kind: 'ERRORTOKEN',
      text: '',
      line: scanner.line,
      col: scanner.col,
      endLine: scanner.line,
      endCol: scanner.col,
      byteCol: scanner.byteCol,
      endByteCol: scanner.byteCol,
      startIndex: at,
      endIndex: at,
    });
    const hasBrackets = scanner.bracketChars.length > 0;
    return {
      tokens: scanner.tokens,
      error: caught.error,
      errorIsException: caught.isException,
      openBracketLine: hasBrackets ? scanner.bracketLines[scanner.bracketLines.length - 1]! : 0,
      openBracketError: hasBrackets ? scanner.openBracketError() : null,
    };
  }
  return {
    tokens: scanner.tokens,
    error: null,
    errorIsException: false,
    openBracketLine: 0,
    openBracketError: null,
  };
}

/**
 * Tokenizes Python source into CPython's token stream (see token.ts for its shape). Throws the
 * first tokenizer error as a PySyntaxError; never throws anything else.
 * @see https://docs.python.org/3/reference/lexical_analysis.html
 */
export function tokenize(source: string, options: TokenizeOptions = {}): Token[] {
  const result = tokenizeDeferringErrors(source, options);
  if (result.error !== null) throw result.error;
  return result.tokens;
}

/**
 * Which error CPython reports when its parser fails with `parserError` before reaching the end of
 * the tokens. CPython then tokenizes the rest of the input (unless the error is an unexpected
 * indent or unindent): an unclosed bracket opened on a line before `furthestLine` (the line of
 * the furthest token the parser fetched, lookahead included) wins, then any error the tokenizer
 * raises itself; otherwise the parser's error stands.
 */
export function resolveParserError(
  result: TokenizeResult,
  parserError: PySyntaxError,
  furthestLine: number,
): PySyntaxError {
  if (result.error === null) return parserError;
  // CPython reports an unexpected INDENT or DEDENT without looking at the rest of the input.
  if (parserError.msg === 'unexpected indent' || parserError.msg === 'unexpected unindent') {
    return parserError;
  }
  if (result.openBracketError !== null && furthestLine > result.openBracketLine) {
    return result.openBracketError;
  }
  return result.errorIsException ? result.error : parserError;
}

/**
 * The identifier a NAME token denotes: CPython NFKC-normalizes non-ASCII names, so `ﬁ` and `fi`
 * are the same name.
 */
export function identifierValue(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 128) return text.normalize('NFKC');
  }
  return text;
}
