// Parser state shared by the parse-*.ts files: the significant tokens with a small integer code
// each, the cursor, node-position helpers, nesting depth and syntax-error raising.
// It knows no grammar; the grammar lives in parse-expressions.ts, parse-statements.ts and friends.

import { type PySyntaxError, parserError, type SyntaxErrorType } from './syntax-errors.js';
import type { Token } from './token.js';

// ---- Token codes ---------------------------------------------------------------------------
// Every significant token gets one small integer so the grammar compares numbers, not strings.
// Keywords get their own codes; soft keywords (match, case, type, _) stay NAME.

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const FSTRING_START = 7;
export const FSTRING_MIDDLE = 8;
export const FSTRING_END = 9;
export const ERRORTOKEN = 10;

export const LPAR = 20;
export const RPAR = 21;
export const LSQB = 22;
export const RSQB = 23;
export const LBRACE = 24;
export const RBRACE = 25;
export const COLON = 26;
export const COMMA = 27;
export const SEMI = 28;
export const PLUS = 29;
export const MINUS = 30;
export const STAR = 31;
export const SLASH = 32;
export const VBAR = 33;
export const AMPER = 34;
export const LESS = 35;
export const GREATER = 36;
export const EQUAL = 37;
export const DOT = 38;
export const PERCENT = 39;
export const EQEQUAL = 40;
export const NOTEQUAL = 41;
export const LESSEQUAL = 42;
export const GREATEREQUAL = 43;
export const TILDE = 44;
export const CIRCUMFLEX = 45;
export const LEFTSHIFT = 46;
export const RIGHTSHIFT = 47;
export const DOUBLESTAR = 48;
export const PLUSEQUAL = 49;
export const MINEQUAL = 50;
export const STAREQUAL = 51;
export const SLASHEQUAL = 52;
export const PERCENTEQUAL = 53;
export const AMPEREQUAL = 54;
export const VBAREQUAL = 55;
export const CIRCUMFLEXEQUAL = 56;
export const LEFTSHIFTEQUAL = 57;
export const RIGHTSHIFTEQUAL = 58;
export const DOUBLESTAREQUAL = 59;
export const DOUBLESLASH = 60;
export const DOUBLESLASHEQUAL = 61;
export const AT = 62;
export const ATEQUAL = 63;
export const RARROW = 64;
export const ELLIPSIS = 65;
export const COLONEQUAL = 66;
export const EXCLAMATION = 67;
export const OP_OTHER = 68;

export const KW_FALSE = 80;
export const KW_NONE = 81;
export const KW_TRUE = 82;
export const KW_AND = 83;
export const KW_AS = 84;
export const KW_ASSERT = 85;
export const KW_ASYNC = 86;
export const KW_AWAIT = 87;
export const KW_BREAK = 88;
export const KW_CLASS = 89;
export const KW_CONTINUE = 90;
export const KW_DEF = 91;
export const KW_DEL = 92;
export const KW_ELIF = 93;
export const KW_ELSE = 94;
export const KW_EXCEPT = 95;
export const KW_FINALLY = 96;
export const KW_FOR = 97;
export const KW_FROM = 98;
export const KW_GLOBAL = 99;
export const KW_IF = 100;
export const KW_IMPORT = 101;
export const KW_IN = 102;
export const KW_IS = 103;
export const KW_LAMBDA = 104;
export const KW_NONLOCAL = 105;
export const KW_NOT = 106;
export const KW_OR = 107;
export const KW_PASS = 108;
export const KW_RAISE = 109;
export const KW_RETURN = 110;
export const KW_TRY = 111;
export const KW_WHILE = 112;
export const KW_WITH = 113;
export const KW_YIELD = 114;

/** Operator spellings and their codes. */
const OPERATOR_TABLE = [
  ['(', LPAR],
  [')', RPAR],
  ['[', LSQB],
  [']', RSQB],
  ['{', LBRACE],
  ['}', RBRACE],
  [':', COLON],
  [',', COMMA],
  [';', SEMI],
  ['+', PLUS],
  ['-', MINUS],
  ['*', STAR],
  ['/', SLASH],
  ['|', VBAR],
  ['&', AMPER],
  ['<', LESS],
  ['>', GREATER],
  ['=', EQUAL],
  ['.', DOT],
  ['%', PERCENT],
  ['==', EQEQUAL],
  ['!=', NOTEQUAL],
  ['<=', LESSEQUAL],
  ['>=', GREATEREQUAL],
  ['~', TILDE],
  ['^', CIRCUMFLEX],
  ['<<', LEFTSHIFT],
  ['>>', RIGHTSHIFT],
  ['**', DOUBLESTAR],
  ['+=', PLUSEQUAL],
  ['-=', MINEQUAL],
  ['*=', STAREQUAL],
  ['/=', SLASHEQUAL],
  ['%=', PERCENTEQUAL],
  ['&=', AMPEREQUAL],
  ['|=', VBAREQUAL],
  ['^=', CIRCUMFLEXEQUAL],
  ['<<=', LEFTSHIFTEQUAL],
  ['>>=', RIGHTSHIFTEQUAL],
  ['**=', DOUBLESTAREQUAL],
  ['//', DOUBLESLASH],
  ['//=', DOUBLESLASHEQUAL],
  ['@', AT],
  ['@=', ATEQUAL],
  ['->', RARROW],
  ['...', ELLIPSIS],
  [':=', COLONEQUAL],
  ['!', EXCLAMATION],
] as const;

/** Hard keywords (CPython 3.11's `keyword.kwlist`) and their codes. */
const KEYWORD_TABLE = [
  ['False', KW_FALSE],
  ['None', KW_NONE],
  ['True', KW_TRUE],
  ['and', KW_AND],
  ['as', KW_AS],
  ['assert', KW_ASSERT],
  ['async', KW_ASYNC],
  ['await', KW_AWAIT],
  ['break', KW_BREAK],
  ['class', KW_CLASS],
  ['continue', KW_CONTINUE],
  ['def', KW_DEF],
  ['del', KW_DEL],
  ['elif', KW_ELIF],
  ['else', KW_ELSE],
  ['except', KW_EXCEPT],
  ['finally', KW_FINALLY],
  ['for', KW_FOR],
  ['from', KW_FROM],
  ['global', KW_GLOBAL],
  ['if', KW_IF],
  ['import', KW_IMPORT],
  ['in', KW_IN],
  ['is', KW_IS],
  ['lambda', KW_LAMBDA],
  ['nonlocal', KW_NONLOCAL],
  ['not', KW_NOT],
  ['or', KW_OR],
  ['pass', KW_PASS],
  ['raise', KW_RAISE],
  ['return', KW_RETURN],
  ['try', KW_TRY],
  ['while', KW_WHILE],
  ['with', KW_WITH],
  ['yield', KW_YIELD],
] as const;

const OPERATOR_CODES: ReadonlyMap<string, number> = new Map(OPERATOR_TABLE);
const KEYWORD_CODES: ReadonlyMap<string, number> = new Map(KEYWORD_TABLE);

/** The spelling of a token code, for messages ("expected ':'"). */
export function tokenCodeSpelling(code: number): string {
  for (const [text, c] of OPERATOR_TABLE) if (c === code) return text;
  for (const [text, c] of KEYWORD_TABLE) if (c === code) return text;
  return '?';
}

/** Deepest AST nesting accepted; CPython 3.11 stops near 2,985 levels ("too complex"). */
export const MAX_NESTING_DEPTH = 2985;
/** Deepest bracket nesting; the CPython tokenizer's MAXLEVEL. */
export const MAX_PAREN_DEPTH = 200;

/** A node position: every located AST node has these four fields. */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * The cursor over the significant tokens (comments, NL and ENCODING dropped) of one source.
 * Grammar functions read `codes[pos]`, consume with `pos++`, and build nodes from token positions.
 */
export class Parser {
  readonly source: string;
  /** Significant tokens; the last one is always ENDMARKER. */
  readonly toks: Token[];
  /** `codes[i]` is the token code of `toks[i]`. */
  readonly codes: Uint8Array;
  pos = 0;
  /** Approximate AST depth of what is being built (see MAX_NESTING_DEPTH). */
  depth = 0;
  /** Open brackets around the cursor, as far as the grammar functions track them. */
  parenDepth = 0;
  /**
   * The furthest token a failed speculative parse reached: CPython reports a generic error at
   * the furthest token it read, even when a later alternative stopped earlier.
   */
  furthest = 0;
  /**
   * The furthest token index any parse, speculative ones included, has read. CPython's rule for
   * an unclosed bracket found after a parser error compares against this (see parser.ts).
   */
  readLimit = 0;
  /**
   * Above 0 while reading CPython's expression_without_invalid (the expression after a
   * disjunction in invalid_expression): no invalid_* rule reads ahead from inside it.
   */
  invalidRulesOff = 0;
  /** Where the last disjunction parsed ended (CPython's invalid_expression starts after one). */
  disjunctionEnd = -1;
  /** `parenDepth` just inside the innermost f-string replacement field (-1: none). */
  fstringFieldDepth = -1;
  /**
   * A failing `.name`, `(args)` or `[slices]` trailer ends the primary before it, and a failing
   * right operand ends a binary operation before its operator, instead of failing the parse, as
   * CPython's PEG backtracking does (used to read `expression_without_invalid`).
   */
  lenientTrailers = false;
  /**
   * How many more times a failed display element may be read again leniently (each retry reads
   * the element's tokens again; the cap keeps deeply nested failures linear).
   */
  lenientRetries = 32;
  /** The furthest generic error a strict reading raised before a lenient retry (see noteGenericError). */
  furthestGenericError: PySyntaxError | null = null;
  /**
   * Token index of the first statement read so far that is `match <subject> NEWLINE` (a valid
   * call or expression statement, -1: none). CPython's second pass, which looks for targeted
   * errors from the start of the input, stops there with "expected ':'" (see parser.ts).
   */
  matchWithoutColonAt = -1;
  /**
   * Set while invalid_legacy_expression reads what follows a name (`x {1: a b}`): CPython read it
   * just before without targeted errors and memoized the dict values it read, so no targeted error
   * fires inside or after a dict value then (keys and other items are read again and do fire).
   */
  dictValuesMemoized = false;
  private lineStarts: number[] | null = null;
  private continuedLines: Uint8Array | null = null;
  private readonly asciiSource: boolean;

  constructor(source: string, tokens: readonly Token[]) {
    this.source = source;
    const toks: Token[] = [];
    for (const tok of tokens) {
      const kind = tok.kind;
      if (kind === 'COMMENT' || kind === 'NL' || kind === 'ENCODING') continue;
      toks.push(tok);
    }
    const last = toks[toks.length - 1];
    if (last === undefined || last.kind !== 'ENDMARKER') {
      const line = last === undefined ? 1 : last.endLine;
      toks.push({
        kind: 'ENDMARKER',
        text: '',
        line,
        col: 0,
        endLine: line,
        endCol: 0,
        byteCol: 0,
        endByteCol: 0,
        startIndex: source.length,
        endIndex: source.length,
      });
    }
    this.toks = toks;
    const codes = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) codes[i] = codeOf(toks[i]!);
    this.codes = codes;
    this.asciiSource = /^[\x00-\x7f]*$/.test(source);
  }

  /** Records that the tokens up to `index` (and the one after, peeked) have been read. */
  /**
   * Keeps a generic error that a lenient retry is about to discard: CPython reports a generic
   * error where its first pass stopped, which the strict reading found.
   */
  noteGenericError(error: PySyntaxError): void {
    const known = this.furthestGenericError;
    if (
      known === null ||
      error.lineno > known.lineno ||
      (error.lineno === known.lineno && error.offset > known.offset)
    ) {
      this.furthestGenericError = error;
    }
  }

  noteRead(index: number): void {
    if (index > this.readLimit) this.readLimit = index;
  }

  /** Code of the current token. */
  get code(): number {
    return this.codes[this.pos]!;
  }

  /** Code of the token `offset` places ahead of the cursor (ENDMARKER past the end). */
  peekCode(offset: number): number {
    const i = this.pos + offset;
    return i < this.codes.length ? this.codes[i]! : ENDMARKER;
  }

  /** The current token. */
  get tok(): Token {
    return this.toks[this.pos]!;
  }

  /** Is the current token the soft keyword (a NAME) spelled `word`? */
  atSoftKeyword(word: string): boolean {
    return this.codes[this.pos] === NAME && this.toks[this.pos]!.text === word;
  }

  /** Consumes the current token if its code is `code`. */
  eat(code: number): boolean {
    if (this.codes[this.pos] === code) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Consumes a token of `code` or raises "invalid syntax" at the current token. */
  expect(code: number): Token {
    if (this.codes[this.pos] !== code) this.raiseInvalidSyntax();
    return this.toks[this.pos++]!;
  }

  /**
   * CPython's forced token (`&&'x'`): consumes it or raises "expected 'x'" at the current token.
   */
  expectForced(code: number): Token {
    if (this.codes[this.pos] !== code) {
      this.raiseAtToken(this.pos, `expected '${tokenCodeSpelling(code)}'`);
    }
    return this.toks[this.pos++]!;
  }

  /** Consumes a NAME token and returns its identifier (NFKC-normalised as CPython does). */
  expectName(): string {
    if (this.codes[this.pos] !== NAME) this.raiseInvalidSyntax();
    return identifierOf(this.toks[this.pos++]!);
  }

  // ---- positions ----

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA end). */
  lastToken(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const c = this.codes[i]!;
      if (c !== NEWLINE && c !== INDENT && c !== DEDENT && c !== ENDMARKER) break;
      i--;
    }
    return this.toks[i < 0 ? 0 : i]!;
  }

  /** Fills the end of `node` from the last consumed token; returns the node. */
  finish<N extends Located>(node: N): N {
    const last = this.lastToken();
    node.end_lineno = last.endLine;
    node.end_col_offset = last.endByteCol;
    return node;
  }

  // ---- nesting ----

  /** Raises when nesting gets deeper than CPython can build. */
  raiseTooDeep(): never {
    this.raiseAtToken(this.pos, 'too many nested expressions');
  }

  /** Raises "too many nested parentheses" at the current token. */
  raiseTooManyParens(): never {
    this.raiseAtToken(this.pos, 'too many nested parentheses');
  }

  // ---- errors ----

  /** The text of line `lineno` (1-based), with its line break as CPython shows it. */
  lineText(lineno: number): string {
    const starts = this.getLineStarts();
    const start = starts[lineno - 1];
    if (start === undefined) return '';
    const next = starts[lineno];
    return this.source.slice(start, next === undefined ? this.source.length : next);
  }

  /** Length of line `lineno` in code points, without its line break. */
  lineLength(lineno: number): number {
    const text = this.lineText(lineno).replace(/\r?\n$|\r$/, '');
    if (this.asciiSource) return text.length;
    let count = 0;
    for (const _ of text) count++;
    return count;
  }

  /** UTF-16 offset in the source of (line, code point column). */
  sourceOffset(lineno: number, col: number): number {
    const starts = this.getLineStarts();
    const start = starts[lineno - 1] ?? this.source.length;
    if (this.asciiSource) return start + col;
    let offset = start;
    for (let i = 0; i < col && offset < this.source.length; i++) {
      const unit = this.source.charCodeAt(offset);
      offset += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    }
    return offset;
  }

  /** Code point column of a UTF-8 byte column on line `lineno`. */
  charColumn(lineno: number, byteCol: number): number {
    if (this.asciiSource || byteCol <= 0) return byteCol;
    const text = this.lineText(lineno);
    let bytes = 0;
    let chars = 0;
    for (const ch of text) {
      if (bytes >= byteCol) break;
      const cp = ch.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
    }
    return chars + Math.max(0, byteCol - bytes);
  }

  private getLineStarts(): number[] {
    if (this.lineStarts !== null) return this.lineStarts;
    const starts = [0];
    const src = this.source;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (src.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  /**
   * Raises a SyntaxError located like CPython's RAISE_ERROR_KNOWN_LOCATION: byte columns are
   * turned into 1-based code point offsets using the start line (CPython does the same for the end).
   */
  raiseAt(
    msg: string,
    lineno: number,
    byteCol: number,
    endLineno: number,
    endByteCol: number,
    type: SyntaxErrorType = 'SyntaxError',
  ): never {
    // CPython decodes the first byteCol + 1 bytes with "replace": a column inside a character
    // counts that character.
    const offset = this.charColumn(lineno, byteCol + 1);
    // CPython converts the end column with the start line's text, so it clamps to that line.
    const endOffset =
      endByteCol < 0
        ? endByteCol + 1
        : Math.min(this.charColumn(lineno, endByteCol) + 1, this.lineLength(lineno) + 1);
    throw parserError(type, msg, lineno, offset, endLineno, endOffset, this.errorText(lineno));
  }

  /** Raises at the span of one node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  raiseAtNode(node: Located, msg: string): never {
    this.raiseAt(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
  }

  /** Raises from the start of `first` to the end of `last` (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  raiseRange(first: Located, last: Located, msg: string): never {
    this.raiseAt(msg, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
  }

  /** Raises at the span of token `index`. */
  raiseAtToken(index: number, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    index = Math.min(index, this.toks.length - 1);
    const tok = this.toks[index]!;
    const code = this.codes[index];
    if (code === INDENT || code === DEDENT || code === ENDMARKER) {
      // These carry no column in CPython: it reports where its tokenizer stands, with no end.
      const line = tok.line;
      // The tokenizer places ENDMARKER where CPython's tokenizer stands at the end of input.
      const col = code === ENDMARKER ? tok.col : tok.endCol;
      throw parserError(type, msg, line, col, line, -1, this.errorText(line));
    }
    if (code === FSTRING_START) {
      // 3.11 read an f-string as one STRING token: the error spans all of it.
      let depth = 0;
      for (let i = index; i < this.toks.length; i++) {
        const c = this.codes[i];
        if (c === FSTRING_START) depth++;
        else if (c === FSTRING_END && --depth === 0) {
          const end = this.toks[i]!;
          this.raiseAt(msg, tok.line, tok.byteCol, end.endLine, end.endByteCol, type);
        }
      }
    }
    this.raiseAt(msg, tok.line, tok.byteCol, tok.endLine, tok.endByteCol, type);
  }

  /** Raises at a node's start with no end (RAISE_SYNTAX_ERROR_STARTING_FROM). */
  raiseStartingFrom(node: Located, msg: string): never {
    const offset = this.charColumn(node.lineno, node.col_offset) + 1;
    throw parserError('SyntaxError', msg, node.lineno, offset, -1, -1, this.errorText(node.lineno));
  }

  /** Raises at the furthest token read, like CPython's location-less RAISE_SYNTAX_ERROR. */
  raiseAtCurrent(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    this.raiseAtToken(this.pos, msg, type);
  }

  /**
   * The generic "invalid syntax" at the current token (or the indentation variants). A `not`
   * there was read together with the next token (looking for `not in`), so CPython points there.
   */
  raiseInvalidSyntax(): never {
    const code = this.codes[this.pos];
    if (code === ENDMARKER) {
      // CPython's ENDMARKER has no column: a generic error there shows column 0.
      const tok = this.toks[this.pos]!;
      const text = this.errorText(tok.line);
      throw parserError('SyntaxError', 'invalid syntax', tok.line, 0, tok.line, 0, text);
    }
    if (
      code === KW_NOT &&
      this.codes[this.pos + 1] !== KW_IN &&
      endsOperand(this.codes[this.pos - 1])
    ) {
      this.raiseAtToken(this.pos + 1, 'invalid syntax');
    }
    if (code === INDENT) this.raiseAtToken(this.pos, 'unexpected indent', 'IndentationError');
    if (code === DEDENT) this.raiseAtToken(this.pos, 'unexpected unindent', 'IndentationError');
    this.raiseAtToken(this.pos, 'invalid syntax');
  }

  /**
   * The source line CPython attaches to an error: the tokenizer's current line keeps its line
   * break, and comes with the physical lines before it that a backslash or a string joins to it
   * (CPython's tokenizer buffer); an earlier line is read back alone, without its break.
   */
  errorText(lineno: number): string | null {
    let text = this.lineText(lineno);
    if (text === '') return null;
    const current = this.toks[Math.min(Math.max(this.pos, this.readLimit), this.toks.length - 1)]!;
    // At the end of the input the tokenizer stays on the last line.
    const starts = this.getLineStarts();
    const lastLine =
      starts[starts.length - 1] === this.source.length ? starts.length - 1 : starts.length;
    if (lineno < Math.min(current.endLine, lastLine)) return text.replace(/\r?\n$|\r$/, '');
    // The tokenizer's buffer starts at the first physical line it read outside any token: lines
    // joined by a backslash, or by a string spanning lines, are shown together.
    const continued = this.getContinuedLines();
    let first = lineno;
    while (first > 1 && continued[first] === 1) first--;
    if (first < lineno) {
      const end = starts[lineno] ?? this.source.length;
      text = this.source.slice(starts[first - 1]!, end);
    }
    return text;
  }

  /**
   * `continued[line]` is 1 when CPython's tokenizer reads that line while inside a token: after a
   * backslash that joins lines, or inside a string literal spanning lines.
   */
  private getContinuedLines(): Uint8Array {
    if (this.continuedLines !== null) return this.continuedLines;
    const starts = this.getLineStarts();
    const continued = new Uint8Array(starts.length + 2);
    const { toks, codes, source } = this;
    for (let k = 0; k < toks.length; k++) {
      const tok = toks[k]!;
      if (codes[k] === NEWLINE) continue;
      for (let line = tok.line + 1; line <= tok.endLine; line++) continued[line] = 1;
    }
    let k = 0;
    let lastEnd = 0;
    for (let line = 1; line < starts.length; line++) {
      // The character before line `line`'s break.
      let at = starts[line]! - 1;
      if (source.charCodeAt(at) === 10 && source.charCodeAt(at - 1) === 13) at--;
      at--;
      if (source.charCodeAt(at) !== 92) continue;
      // A NEWLINE token's span may include a comment: only the other tokens count here.
      while (k < toks.length && toks[k]!.startIndex <= at) {
        if (codes[k] !== NEWLINE && toks[k]!.endIndex > lastEnd) lastEnd = toks[k]!.endIndex;
        k++;
      }
      const inToken = lastEnd > at;
      // Outside tokens, a '#' before the backslash makes it part of a comment.
      const gapStart = Math.max(lastEnd, starts[line - 1]!);
      const gap = source.slice(gapStart, at);
      // A backslash in the indentation at the start of a logical line is read outside any token.
      const inIndentation =
        !inToken && continued[line] === 0 && lastEnd <= starts[line - 1]! && gap.trim() === '';
      if (inToken || (!gap.includes('#') && !inIndentation)) continued[line + 1] = 1;
    }
    this.continuedLines = continued;
    return continued;
  }
}

/** Can a token with this code end an operand (so a comparison operator may follow it)? */
function endsOperand(code: number | undefined): boolean {
  switch (code) {
    case NAME:
    case NUMBER:
    case STRING:
    case FSTRING_END:
    case RPAR:
    case RSQB:
    case RBRACE:
    case KW_TRUE:
    case KW_FALSE:
    case KW_NONE:
    case ELLIPSIS:
      return true;
    default:
      return false;
  }
}

/** The code of one token. */
function codeOf(tok: Token): number {
  switch (tok.kind) {
    case 'NAME':
      return KEYWORD_CODES.get(tok.text) ?? NAME;
    case 'OP':
      return OPERATOR_CODES.get(tok.text) ?? OP_OTHER;
    case 'NUMBER':
      return NUMBER;
    case 'STRING':
      return STRING;
    case 'NEWLINE':
      return NEWLINE;
    case 'INDENT':
      return INDENT;
    case 'DEDENT':
      return DEDENT;
    case 'FSTRING_START':
      return FSTRING_START;
    case 'FSTRING_MIDDLE':
      return FSTRING_MIDDLE;
    case 'FSTRING_END':
      return FSTRING_END;
    case 'ENDMARKER':
      return ENDMARKER;
    default:
      return ERRORTOKEN;
  }
}

/** The identifier a NAME token spells: NFKC-normalised when it is not ASCII (PEP 3131). */
export function identifierOf(tok: Token): string {
  const text = tok.text;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFKC');
  }
  return text;
}
