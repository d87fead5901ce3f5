// The tokenizer's scanner: one pass over the source pushing tokens, with CPython 3.11's rules for
// lines, indentation, names, strings, operators and brackets, and its error messages. F-strings
// are in tokenizer-fstrings.ts, numbers in tokenizer-numbers.ts; the API is tokenizer.ts.

import {
  fStringExpressionPartCannotInclude,
  fStringTokenizerError,
  inconsistentTabs,
  invalidCharacter,
  invalidNonPrintableCharacter,
  mismatchedBracket,
  nullBytesInSource,
  type PySyntaxError,
  type TokenizerErrorSpan,
  tooManyIndentationLevels,
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
import type { TokenizeOptions, TokenizeResult } from './tokenizer.js';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CR,
  DOT,
  DOUBLE_QUOTE,
  FF,
  HASH,
  isAsciiIdentifierChar,
  isDigit,
  isIdentifierContinue,
  isIdentifierStart,
  isPrintable,
  isWordCharacter,
  LF,
  OPEN_BRACE,
  SINGLE_QUOTE,
  SPACE,
  TAB,
} from './tokenizer-chars.js';
import {
  checkFStringExpressionChar,
  type FStringMode,
  failFString,
  failInFStringExpression,
  failUnterminatedFString,
  scanFStringLiteral,
  startFString,
} from './tokenizer-fstrings.js';
import { scanNumber } from './tokenizer-numbers.js';

const MAX_BRACKET_LEVEL = 200;
const MAX_INDENT_LEVEL = 100;
const TAB_SIZE = 8;

/** Characters the 3.11 tokenize module has no operator for (3.12 has `!`): ERRORTOKEN there. */
const TOKENIZE_MODULE_ERROR_CHARS = '$?!`';

/** Internal: a bookkeeping error the scanner throws to stop; carries the result fields. */
class StopScanning {
  readonly error: PySyntaxError;
  readonly isException: boolean;
  /**
   * For an f-string error reported through Python 3.11's view: 3.11 saw the whole f-string as one
   * token, so the tokens end at its FSTRING_START (this index) and the brackets are 3.11's.
   */
  readonly fStringView: { readonly tokenIndex: number; readonly legacy: TokenizeResult } | null;

  constructor(
    error: PySyntaxError,
    isException: boolean,
    fStringView: { readonly tokenIndex: number; readonly legacy: TokenizeResult } | null = null,
  ) {
    this.error = error;
    this.isException = isException;
    this.fStringView = fStringView;
  }
}

/** Whether `re`'s `\w` matches the code point. */
function isWordChar(codePoint: number): boolean {
  return codePoint < 128 ? isAsciiIdentifierChar(codePoint) : isWordCharacter(codePoint);
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
export class Scanner {
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
  /**
   * Index of the first non-ASCII character seen on the current line (past the end: none yet).
   * The scanners report each one they pass, so `locate` can skip counting on ASCII text.
   */
  private nonAsciiAt = Number.MAX_SAFE_INTEGER;
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
    if (index <= this.nonAsciiAt) {
      // Only ASCII before `index` on this line: columns are plain offsets.
      const offset = index - this.lineStart;
      this.cursorIndex = index;
      this.cursorCol = offset;
      this.cursorByte = offset;
      this.col = offset;
      this.byteCol = offset;
      return;
    }
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

  /** Records a non-ASCII character at `index` on the current line (see `nonAsciiAt`). */
  markNonAscii(index: number): void {
    if (index < this.nonAsciiAt) this.nonAsciiAt = index;
  }

  /** Records that a new line starts at `index` (just past a newline). */
  newLine(index: number): void {
    this.line++;
    this.lineStart = index;
    this.nonAsciiAt = Number.MAX_SAFE_INTEGER;
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
    if (mode?.inExpression === true) failInFStringExpression(this, mode, error);
    throw new StopScanning(error, true);
  }

  /**
   * An error CPython's tokenizer only flags (`tok->done`): its parser raises it on reading this
   * token, and an earlier parser error wins over it.
   */
  flag(error: PySyntaxError): never {
    throw new StopScanning(error, false);
  }

  /**
   * Stops with an f-string error worked out from Python 3.11's view (`legacy`): the tokens end at
   * the outermost f-string, where 3.11 had one string token, with 3.11's open brackets.
   */
  stopInFString(error: PySyntaxError, isException: boolean, legacy: TokenizeResult): never {
    throw new StopScanning(error, isException, { tokenIndex: this.modes[0]!.tokenIndex, legacy });
  }

  /** The tokens Python 3.11 would see (f-strings as STRING), for its f-string error rules. */
  legacyView(): TokenizeResult {
    return runScanner(this.source, { fstrings: 'whole' });
  }

  // ---- the main loop ----

  run(): void {
    const nullIndex = this.source.indexOf('\0');
    if (nullIndex >= 0) this.failNullByte(nullIndex);
    for (;;) {
      const mode = this.modes[this.modes.length - 1];
      if (mode !== undefined && !mode.inExpression) {
        scanFStringLiteral(this, mode);
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
        failFString(this, fStringExpressionPartCannotInclude, 'a backslash');
      }
      pos = this.scanContinuation(pos);
      code = source.charCodeAt(pos);
    }
    this.pos = pos;
    let commentStart = -1;
    if (mode !== undefined) checkFStringExpressionChar(this, code, pos);
    if (code === HASH) {
      let end = pos + 1;
      while (end < this.end) {
        const next = source.charCodeAt(end);
        if (next === LF || next === CR) break;
        if (next >= 128) this.markNonAscii(end);
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
      this.scanNameOrString(pos, mode, whitespaceStart);
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
      // The line as CPython's buffer holds it: with its line break, which the last line of eval
      // or 'single' input lacks (only exec input gains one).
      const lineEnd = this.lineEnd(this.lineStart);
      const text = source.slice(this.bufStart, lineEnd);
      this.flag(
        unexpectedCharacterAfterContinuation({
          lineno: this.line,
          offset,
          endLineno: this.line,
          endOffset: 0,
          text: lineEnd < source.length ? `${text}\n` : text,
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
    const start = this.bracketLineStarts[top]!;
    const end = this.lineEnd(start);
    // The line is the one CPython's tokenizer still holds at the end of input when it is the
    // last: then its line break is part of the text (an earlier line is read back without it).
    const last = this.source.charCodeAt(end) === LF && end + 1 >= this.end;
    return unclosedBracket(String.fromCharCode(this.bracketChars[top]!), {
      lineno: line,
      offset,
      endLineno: line,
      endOffset: 0,
      text: last ? `${this.source.slice(start, end)}\n` : this.source.slice(start, end),
    });
  }

  /** End of input: NEWLINE if a logical line is open, then DEDENTs and ENDMARKER. */
  private finish(blankLine: boolean, commentStart: number): void {
    if (this.modes.length > 0) failUnterminatedFString(this, this.end);
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
  private scanNameOrString(
    start: number,
    mode: FStringMode | undefined,
    whitespaceStart: number,
  ): void {
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
          startFString(this, start, pos, sawR);
        } else {
          this.scanString(start, pos, mode);
        }
        return;
      }
    }
    let nonAscii = false;
    while (pos < this.end && isPotentialIdentifierChar(code)) {
      if (code >= 128 && !nonAscii) {
        nonAscii = true;
        this.markNonAscii(pos);
      }
      code = source.charCodeAt(++pos);
    }
    if (nonAscii && this.moduleView && !this.splitFStrings) {
      this.pushWordTokens(start, pos, whitespaceStart);
    } else {
      if (nonAscii) this.verifyIdentifier(start, pos);
      this.pushHere('NAME', start, pos);
    }
    this.pos = pos;
  }

  /**
   * Python 3.11's tokenize module spells a name as the regex `\w+`: within `[start, end)` each
   * run of word characters is a NAME (an OP if it cannot start an identifier), and each other
   * character an ERRORTOKEN, as are the spaces before one that starts the run.
   */
  private pushWordTokens(start: number, end: number, whitespaceStart: number): void {
    const source = this.source;
    let index = start;
    while (index < end) {
      let codePoint = source.codePointAt(index)!;
      if (!isWordChar(codePoint)) {
        const first = index === start ? whitespaceStart : index;
        for (let at = first; at < index; at++) this.pushHere('ERRORTOKEN', at, at + 1);
        const width = codePoint > 0xffff ? 2 : 1;
        this.pushHere('ERRORTOKEN', index, index + width);
        index += width;
        continue;
      }
      const runStart = index;
      const startsName = isIdentifierStart(codePoint);
      while (index < end && isWordChar(codePoint)) {
        index += codePoint > 0xffff ? 2 : 1;
        codePoint = index < end ? source.codePointAt(index)! : 0;
      }
      this.pushHere(startsName ? 'NAME' : 'OP', runStart, index);
    }
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
            if (escaped >= 128) this.markNonAscii(pos);
            pos++;
          }
        }
      } else {
        if (code >= 128) this.markNonAscii(pos);
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
      failFString(
        this,
        fStringTokenizerError,
        sameQuotes ? "expecting '}'" : 'unterminated string',
      );
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
      failFString(this, fStringExpressionPartCannotInclude, 'a backslash');
    }
    this.push('STRING', start, end, startLine, startCol, startByte);
    this.pos = end;
  }

  /** Consumes the newline at `pos` (whose code is `code`) inside a token; returns the index after. */
  skipNewline(pos: number, code: number): number {
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
        failFString(this, fStringTokenizerError, 'too many nested parenthesis');
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
      failFString(this, fStringTokenizerError, "single '}' is not allowed");
    }
    const top = this.bracketChars.length - 1;
    if (top < 0) this.fail(unmatchedBracket(closing, this.spanAt(pos + 1)));
    const opening = this.bracketChars[top]!;
    if (opening !== matchingOpen(code)) {
      if (mode !== undefined && opening === OPEN_BRACE && mode.depth - 1 === mode.exprStartDepth) {
        failFString(this, fStringTokenizerError, `unmatched '${closing}'`);
      }
      if (this.modes.length > 0) {
        const openingChar = String.fromCharCode(opening);
        failFString(
          this,
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
        failFString(this, fStringTokenizerError, `unmatched '${closing}'`);
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

/** Runs a scanner over `source` (see `tokenizeDeferringErrors` in tokenizer.ts). */
export function runScanner(source: string, options: TokenizeOptions): TokenizeResult {
  const scanner = new Scanner(source, options);
  try {
    scanner.run();
  } catch (caught) {
    if (!(caught instanceof StopScanning)) throw caught;
    const view = caught.fStringView;
    if (view !== null) {
      const fStringStart = scanner.tokens[view.tokenIndex]!;
      scanner.tokens.length = view.tokenIndex;
      scanner.tokens.push({
        ...fStringStart,
        kind: 'ERRORTOKEN',
        text: '',
        endLine: fStringStart.line,
        endCol: fStringStart.col,
        endByteCol: fStringStart.byteCol,
        endIndex: fStringStart.startIndex,
      });
      return {
        tokens: scanner.tokens,
        error: caught.error,
        errorIsException: caught.isException,
        openBracketLine: view.legacy.openBracketLine,
        openBracketError: view.legacy.openBracketError,
      };
    }
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
