// Adjacent string literals and f-strings (3.12 token stream) into one Constant or JoinedStr, the
// way CPython 3.11 builds them: literal parts merged, empty parts dropped, and every part of a
// JoinedStr placed at the span of the whole string group. Escapes: string-literals.ts.

import type { Constant, Expr, FormattedValue, JoinedStr } from './ast.js';
import { parseComprehensionClauses } from './parse-displays.js';
import { raiseAfterElement } from './parse-expression-errors.js';
import { parseStarExpressions, parseYieldExpression } from './parse-expressions.js';
import {
  COLON,
  EQUAL,
  EXCLAMATION,
  FSTRING_END,
  FSTRING_MIDDLE,
  FSTRING_START,
  KW_ASYNC,
  KW_FOR,
  KW_YIELD,
  LBRACE,
  LPAR,
  LSQB,
  MAX_PAREN_DEPTH,
  type Parser,
  RBRACE,
  RPAR,
  RSQB,
  STRING,
} from './parse-state.js';
import { matchingClose } from './parse-statement-errors.js';
import {
  decodeBytes,
  decodeStr,
  readPrefix,
  StringLiteralError,
  stringBody,
} from './string-literals.js';
import { PySyntaxError, parserError } from './syntax-errors.js';
import type { Token } from './token.js';

/** One piece of a JoinedStr under construction: literal text or a formatted value. */
type Piece = string | FormattedValue;

/** Where every part of the JoinedStr goes (the whole string group, as in 3.11). */
interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * strings: one or more adjacent STRING tokens and f-strings, concatenated. Returns a Constant
 * (str or bytes) when no f-string takes part, else a JoinedStr.
 */
export function parseStrings(p: Parser): Expr {
  const firstIndex = p.pos;
  const firstTok = p.toks[firstIndex]!;
  // Fast path: a single plain string.
  if (
    p.codes[firstIndex] === STRING &&
    p.codes[firstIndex + 1] !== STRING &&
    p.codes[firstIndex + 1] !== FSTRING_START
  ) {
    p.pos++;
    const prefix = readPrefix(firstTok.text);
    let value: Constant['value'];
    try {
      value = prefix.bytes
        ? {
            type: 'bytes',
            value: decodeBytes(stringBody(firstTok.text, prefix.length), prefix.raw),
          }
        : decodeStr(stringBody(firstTok.text, prefix.length), prefix.raw);
    } catch (error) {
      return raiseLiteralError(p, error, firstIndex);
    }
    return {
      kind: 'Constant',
      value,
      constant_kind: firstTok.text.charCodeAt(0) === 0x75 ? 'u' : null,
      lineno: firstTok.line,
      col_offset: firstTok.byteCol,
      end_lineno: firstTok.endLine,
      end_col_offset: firstTok.endByteCol,
    };
  }
  const firstPrefix = readPrefix(firstTok.text);
  const bytesMode = firstPrefix.bytes;
  const kind = firstTok.text.charCodeAt(0) === 0x75 ? 'u' : null;
  const pieces: Piece[] = [];
  const byteChunks: Uint8Array[] = [];
  let sawFString = false;
  let mixError = false;
  // The span is only known at the end; parts are collected in `placed` and patched then.
  const span: Span = {
    lineno: firstTok.line,
    col_offset: firstTok.byteCol,
    end_lineno: 0,
    end_col_offset: 0,
  };
  const placed: Span[] = [];
  for (;;) {
    const code = p.codes[p.pos];
    if (code === STRING) {
      const index = p.pos;
      const tok = p.toks[p.pos++]!;
      const prefix = readPrefix(tok.text);
      if (prefix.bytes !== bytesMode) mixError = true;
      if (mixError) continue;
      try {
        const body = stringBody(tok.text, prefix.length);
        if (bytesMode) byteChunks.push(decodeBytes(body, prefix.raw));
        else pieces.push(decodeStr(body, prefix.raw));
      } catch (error) {
        raiseLiteralError(p, error, index);
      }
    } else if (code === FSTRING_START) {
      sawFString = true;
      const tok = p.toks[p.pos]!;
      const prefix = readPrefix(tok.text);
      if (prefix.bytes !== bytesMode || bytesMode) mixError = true;
      parseFString(p, prefix.raw, pieces, placed, kind);
    } else {
      break;
    }
  }
  if (mixError) p.raiseAtToken(p.pos, 'cannot mix bytes and nonbytes literals');
  const last = p.toks[p.pos - 1]!;
  span.end_lineno = last.endLine;
  span.end_col_offset = last.endByteCol;
  if (bytesMode) {
    let total = 0;
    for (const chunk of byteChunks) total += chunk.length;
    const value = new Uint8Array(total);
    let offset = 0;
    for (const chunk of byteChunks) {
      value.set(chunk, offset);
      offset += chunk.length;
    }
    return {
      kind: 'Constant',
      value: { type: 'bytes', value },
      constant_kind: null,
      ...spanOf(span),
    };
  }
  if (!sawFString) {
    return { kind: 'Constant', value: pieces.join(''), constant_kind: kind, ...spanOf(span) };
  }
  const values = buildValues(pieces, placed, placed, kind);
  for (const node of placed) setSpan(node, span);
  return { kind: 'JoinedStr', values, ...spanOf(span) };
}

function spanOf(span: Span): Span {
  return {
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

function setSpan(node: Span, span: Span): void {
  node.lineno = span.lineno;
  node.col_offset = span.col_offset;
  node.end_lineno = span.end_lineno;
  node.end_col_offset = span.end_col_offset;
}

/**
 * Merges adjacent literal pieces and drops empty ones. Every part made or kept is added to
 * `placed`, to be put at the span of the whole string group once it is known; a literal that
 * ends the list goes to `trailing` instead (3.11 gives a format spec's last literal the span of
 * its own f-string token).
 */
function buildValues(
  pieces: Piece[],
  placed: Span[],
  trailing: Span[],
  kind: string | null,
): Expr[] {
  const values: Expr[] = [];
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    if (text !== '') values.push(literalPart(text, kind, placed));
    text = '';
    placed.push(piece);
    values.push(piece);
  }
  if (text !== '') values.push(literalPart(text, kind, trailing));
  return values;
}

function literalPart(text: string, kind: string | null, placed: Span[]): Constant {
  const node: Constant = {
    kind: 'Constant',
    value: text,
    constant_kind: kind,
    lineno: 0,
    col_offset: 0,
    end_lineno: 0,
    end_col_offset: 0,
  };
  placed.push(node);
  return node;
}

/**
 * One f-string from FSTRING_START to FSTRING_END: literal middles and replacement fields are
 * appended to `pieces`. Format-spec JoinedStrs take this f-string's own span (3.11 does so).
 */
function parseFString(
  p: Parser,
  raw: boolean,
  pieces: Piece[],
  placed: Span[],
  kind: string | null,
): void {
  const start = p.toks[p.pos++]!;
  const specs: Span[] = [];
  for (;;) {
    const code = p.codes[p.pos];
    if (code === FSTRING_MIDDLE) {
      pieces.push(decodeMiddle(p, raw));
    } else if (code === LBRACE) {
      parseReplacementField(p, raw, placed, specs, kind, pieces);
    } else if (code === FSTRING_END) {
      const end = p.toks[p.pos++]!;
      for (const spec of specs) {
        spec.lineno = start.line;
        spec.col_offset = start.byteCol;
        spec.end_lineno = end.endLine;
        spec.end_col_offset = end.endByteCol;
      }
      return;
    } else {
      p.raiseInvalidSyntax();
    }
  }
}

/** Decodes one FSTRING_MIDDLE: doubled braces become single, escapes unless raw. */
function decodeMiddle(p: Parser, raw: boolean): string {
  const index = p.pos;
  const tok = p.toks[p.pos++]!;
  let text = tok.text;
  if (text.indexOf('{{') >= 0 || text.indexOf('}}') >= 0)
    text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  try {
    return decodeStr(text, raw);
  } catch (error) {
    return raiseLiteralError(p, error, index);
  }
}

/**
 * `{` expression [`=`] [`!` conversion] [`:` format spec] `}` with the cursor on `{`, appended
 * to `pieces`. A debug `=` first appends the expression's source text, as CPython does.
 */
function parseReplacementField(
  p: Parser,
  raw: boolean,
  placed: Span[],
  specs: Span[],
  kind: string | null,
  pieces: Piece[],
): void {
  const open = p.toks[p.pos]!;
  p.pos++;
  if (++p.parenDepth > MAX_PAREN_DEPTH) p.raiseTooManyParens();
  const first = p.codes[p.pos];
  if (first === RBRACE) raiseAfterGroup(p, 'f-string: empty expression not allowed');
  if (first === EXCLAMATION || first === EQUAL || first === COLON) {
    raiseAfterGroup(p, `f-string: expression required before '${p.toks[p.pos]!.text}'`);
  }
  const savedFieldDepth = p.fstringFieldDepth;
  p.fstringFieldDepth = p.parenDepth;
  const value = parseFieldExpression(p, open);
  p.fstringFieldDepth = savedFieldDepth;
  let conversion = -1;
  let debugText: string | null = null;
  if (p.codes[p.pos] === EQUAL) {
    p.pos++;
    debugText = p.source.slice(open.endIndex, p.toks[p.pos]!.startIndex);
  }
  if (p.codes[p.pos] === EXCLAMATION) {
    const bang = p.toks[p.pos]!;
    p.pos++;
    const tok = p.toks[p.pos]!;
    // 3.11 takes the character right after `!` whatever it is (a space, or the first letter of a
    // keyword such as `await`).
    const ch = tok.startIndex === bang.endIndex ? tok.text.charAt(0) : '';
    if (ch !== 's' && ch !== 'r' && ch !== 'a') {
      raiseAfterGroup(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    // 3.11 reads one conversion character, then wants `:` or `}` right after it.
    const next = p.toks[p.pos + 1]!;
    if (tok.text.length > 1 || next.startIndex !== tok.endIndex) {
      raiseAfterGroup(p, "f-string: expecting '}'");
    }
    p.pos++;
    conversion = ch.charCodeAt(0);
  }
  let formatSpec: JoinedStr | null = null;
  if (p.codes[p.pos] === COLON) {
    p.pos++;
    const specPieces: Piece[] = [];
    for (;;) {
      const code = p.codes[p.pos];
      if (code === FSTRING_MIDDLE) specPieces.push(decodeMiddle(p, raw));
      else if (code === LBRACE) parseReplacementField(p, raw, placed, specs, kind, specPieces);
      else break;
    }
    formatSpec = {
      kind: 'JoinedStr',
      values: buildValues(specPieces, placed, specs, kind),
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    };
    specs.push(formatSpec);
  }
  if (p.codes[p.pos] !== RBRACE) raiseAfterGroup(p, "f-string: expecting '}'");
  p.pos++;
  p.parenDepth--;
  if (debugText !== null && conversion === -1 && formatSpec === null) conversion = 0x72;
  const node: FormattedValue = {
    kind: 'FormattedValue',
    value,
    conversion,
    format_spec: formatSpec,
    lineno: 0,
    col_offset: 0,
    end_lineno: 0,
    end_col_offset: 0,
  };
  if (debugText !== null) pieces.push(debugText);
  pieces.push(node);
}

/**
 * The expression of a replacement field (yield_expr | star_expressions). Errors inside it are
 * reported as CPython 3.11 does: prefixed "f-string: ", located within the parenthesized text.
 */
function parseFieldExpression(p: Parser, open: Token): Expr {
  const startIndex = p.pos;
  try {
    if (p.codes[p.pos] === KW_YIELD) return parseYieldExpression(p);
    const value = parseStarExpressions(p);
    // 3.11 parses `(*a)`: a lone starred expression is invalid_group's error.
    if (value.kind === 'Starred') p.raiseAtNode(value, 'cannot use starred expression here');
    const c = p.codes[p.pos];
    if (c === KW_FOR || (c === KW_ASYNC && p.codes[p.pos + 1] === KW_FOR)) {
      const generators = parseComprehensionClauses(p);
      return withWrappedSpan(
        p,
        { kind: 'GeneratorExp', elt: value, generators, ...ZERO_SPAN },
        open,
      );
    }
    if (c !== RBRACE && c !== EQUAL && c !== EXCLAMATION && c !== COLON)
      raiseAfterElement(p, value);
    const bare =
      value.kind === 'Tuple' &&
      !(p.codes[startIndex] === LPAR && matchingClose(p, startIndex) === p.pos - 1);
    return bare ? withWrappedSpan(p, value, open) : value;
  } catch (error) {
    if (!(error instanceof PySyntaxError) || error.msg.startsWith('f-string')) throw error;
    let found = error;
    // A generic error stands where the strict reading stopped (see Parser.noteGenericError).
    const strict = p.furthestGenericError;
    if (
      found.msg === 'invalid syntax' &&
      strict !== null &&
      (strict.lineno > found.lineno ||
        (strict.lineno === found.lineno && strict.offset > found.offset))
    ) {
      found = strict;
    }
    throw relocateFieldError(p, found, startIndex);
  }
}

const ZERO_SPAN = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/**
 * CPython 3.11 parses a field's text wrapped in parentheses, so a bare tuple (or generator) there
 * spans from the `{` to one past the end of the text, where the closing parenthesis was put.
 */
function withWrappedSpan(p: Parser, e: Expr, open: Token): Expr {
  const terminator = p.toks[p.pos]!;
  e.lineno = open.line;
  e.col_offset = open.byteCol;
  e.end_lineno = terminator.line;
  e.end_col_offset = terminator.byteCol + 1;
  return e;
}

/** CPython 3.11 parses `(expr)` on its own: messages get "f-string: " and offsets in that text. */
function relocateFieldError(p: Parser, error: PySyntaxError, startIndex: number): PySyntaxError {
  const first = p.toks[startIndex]!;
  let end = startIndex;
  let depth = 0;
  while (end < p.toks.length - 1) {
    const code = p.codes[end];
    if (
      depth === 0 &&
      (code === RBRACE ||
        code === EXCLAMATION ||
        code === COLON ||
        code === EQUAL ||
        code === FSTRING_END)
    )
      break;
    if (code === LBRACE || code === LPAR || code === LSQB) depth++;
    else if (code === RBRACE || code === RPAR || code === RSQB) depth--;
    end++;
  }
  const last = p.toks[Math.max(startIndex, end - 1)]!;
  const openBrace =
    startIndex > 0 && p.codes[startIndex - 1] === LBRACE ? p.toks[startIndex - 1]! : null;
  if (openBrace !== null && (last.endLine !== openBrace.line || first.line !== openBrace.line)) {
    return relocateMultiLineFieldError(p, error, openBrace, p.toks[end]!);
  }
  if (last.endLine !== first.line || error.lineno !== first.line) {
    return parserError(
      error.type,
      `f-string: ${error.msg}`,
      error.lineno,
      error.offset,
      error.endLineno,
      error.endOffset,
      error.text,
    );
  }
  // 3.11 took the field's text from just after `{` to the token that ends it, spaces included.
  const brace =
    startIndex > 0 && p.codes[startIndex - 1] === LBRACE ? p.toks[startIndex - 1]! : null;
  const stop = p.toks[end]!;
  const textStart =
    brace !== null && brace.endLine === first.line ? brace.endIndex : first.startIndex;
  const textEnd = stop.line === last.endLine ? stop.startIndex : last.endIndex;
  const exprText = p.source.slice(textStart, textEnd);
  const shift = brace !== null && textStart === brace.endIndex ? brace.endCol - 1 : first.col - 1;
  const endOffset =
    error.endOffset !== null && error.endOffset > 0 ? error.endOffset - shift : error.endOffset;
  return parserError(
    error.type,
    `f-string: ${error.msg}`,
    error.lineno,
    error.offset - shift,
    error.endLineno,
    endOffset,
    `(${exprText})\n`,
  );
}

/**
 * An error in a field whose text spans lines. 3.11 parsed `(text)` on its own: a token on its
 * first line was shifted right by the field's start column S: the string token's column (unless
 * a line break in the string comes before the `{`) plus the `{`'s offset from the token's start
 * or from that line break (unless only spaces follow the `{` on its line); tokens on later lines
 * were not shifted, and S was taken off every error column.
 * The text shown is a line of `(text)`: the line the tokenizer stood on (its last) with a break,
 * an earlier one without.
 */
function relocateMultiLineFieldError(
  p: Parser,
  error: PySyntaxError,
  brace: Token,
  stop: Token,
): PySyntaxError {
  let depth = 0;
  let startToken: Token | null = null;
  for (let i = p.toks.indexOf(brace); i >= 0; i--) {
    const code = p.codes[i];
    if (code === FSTRING_END) depth++;
    else if (code === FSTRING_START && depth-- === 0) {
      startToken = p.toks[i]!;
      break;
    }
  }
  const source = p.source;
  const text = source.slice(brace.endIndex, stop.startIndex);
  const newlineAfterBrace = /^[ \t\f]*(\r|\n|$)/.test(text);
  let shift = 0;
  if (startToken !== null) {
    const before = source.slice(startToken.startIndex, brace.startIndex);
    const lineBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    // After a line break in the string the column counts from that line's start alone.
    if (lineBreak < 0) shift = startToken.byteCol;
    if (!newlineAfterBrace) shift += before.length - lineBreak - 1;
  }
  const onFirstLine = (line: number | null): boolean => line === brace.line;
  const braceShift = brace.endCol - 1;
  const offset = onFirstLine(error.lineno) ? error.offset - braceShift : error.offset - shift;
  let endOffset = error.endOffset;
  if (endOffset !== null && endOffset > 0) {
    endOffset = onFirstLine(error.endLineno) ? endOffset - braceShift : endOffset - shift;
  }
  const lines = `(${text})`.split(/\r\n|\r|\n/);
  const index = Math.min(Math.max(error.lineno - brace.line, 0), lines.length - 1);
  const shown = index === lines.length - 1 ? `${lines[index]}\n` : lines[index]!;
  return parserError(
    error.type,
    `f-string: ${error.msg}`,
    error.lineno,
    offset,
    error.endLineno,
    endOffset,
    shown,
  );
}

/**
 * Raises an error of CPython 3.11's f-string scanner, which it reports at the first token after
 * the whole string group (the last token its parser had read).
 */
function raiseAfterGroup(p: Parser, msg: string): never {
  let i = p.pos;
  let depth = 1;
  while (i < p.toks.length - 1) {
    const code = p.codes[i];
    if (code === FSTRING_START) depth++;
    else if (code === FSTRING_END) depth--;
    else if (depth === 0 && code !== STRING) break;
    i++;
  }
  return p.raiseAtToken(i, msg);
}

/** Reports a literal that cannot be decoded, where CPython reports it. */
function raiseLiteralError(p: Parser, error: unknown, tokenIndex: number): never {
  if (!(error instanceof StringLiteralError)) throw error;
  if (error.atToken) p.raiseAtToken(tokenIndex, error.message);
  // CPython reports after the whole group: at the first token that is not part of a string.
  let i = p.pos;
  let depth = p.codes[tokenIndex] === FSTRING_MIDDLE ? 1 : 0;
  while (i < p.toks.length - 1) {
    const code = p.codes[i];
    if (code === FSTRING_START) depth++;
    else if (code === FSTRING_END) depth--;
    else if (depth === 0 && code !== STRING) break;
    i++;
  }
  return p.raiseAtToken(i, error.message);
}
