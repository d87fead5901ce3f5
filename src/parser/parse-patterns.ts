// Patterns of `match` statements (PEP 634): sequence, mapping, class, value, literal, capture,
// wildcard, star, or- and as-patterns, plus the case guard. The match statement: parse-compound-statements.ts.

import type { Constant, Expr, MatchAs, Pattern } from './ast.js';
import { decodeNumber } from './number-literals.js';
import { makeConstant, parseExpression, parseNamedExpression } from './parse-expressions.js';
import { parseStrings } from './parse-fstrings.js';
import {
  COLON,
  COMMA,
  DOT,
  DOUBLESTAR,
  EQUAL,
  FSTRING_START,
  identifierOf,
  KW_AS,
  KW_FALSE,
  KW_IF,
  KW_NONE,
  KW_TRUE,
  LBRACE,
  LPAR,
  LSQB,
  MINUS,
  NAME,
  NUMBER,
  type Parser,
  PLUS,
  RBRACE,
  RPAR,
  RSQB,
  STAR,
  STRING,
  VBAR,
} from './parse-state.js';

interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** `case` patterns [`if` named_expression], stopping before the `:`. */
export function parseGuardedPatterns(p: Parser): { pattern: Pattern; guard: Expr | null } {
  const pattern = parsePatterns(p);
  let guard: Expr | null = null;
  if (p.codes[p.pos] === KW_IF) {
    p.pos++;
    guard = parseNamedExpression(p);
  }
  return { pattern, guard };
}

/** patterns: an open sequence (`a, *b`) as MatchSequence, or one pattern. */
function parsePatterns(p: Parser): Pattern {
  const startTok = p.toks[p.pos]!;
  const first = parseMaybeStarPattern(p);
  if (p.codes[p.pos] !== COMMA) {
    if (first.kind === 'MatchStar') p.raiseInvalidSyntax();
    return first;
  }
  const patterns: Pattern[] = [first];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    const c = p.codes[p.pos];
    if (c === COLON || c === KW_IF) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'MatchSequence',
    patterns,
    lineno: startTok.line,
    col_offset: startTok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

function parseMaybeStarPattern(p: Parser): Pattern {
  if (p.codes[p.pos] !== STAR) return parsePattern(p);
  const star = p.toks[p.pos++]!;
  const nameTok = p.toks[p.pos]!;
  const name = p.expectName();
  return {
    kind: 'MatchStar',
    name: name === '_' ? null : name,
    lineno: star.line,
    col_offset: star.byteCol,
    end_lineno: nameTok.endLine,
    end_col_offset: nameTok.endByteCol,
  };
}

/** pattern: or_pattern [`as` NAME]. */
function parsePattern(p: Parser): Pattern {
  const startTok = p.toks[p.pos]!;
  const orPattern = parseOrPattern(p);
  if (p.codes[p.pos] !== KW_AS) return orPattern;
  p.pos++;
  const nameTok = p.toks[p.pos]!;
  if (p.codes[p.pos] !== NAME) {
    const saved = p.pos;
    let target: Expr | null = null;
    try {
      target = parseExpression(p);
    } catch {
      target = null;
    }
    if (target !== null) p.raiseAtNode(target, 'invalid pattern target');
    p.pos = saved;
    p.raiseInvalidSyntax();
  }
  const name = identifierOf(nameTok);
  if (name === '_') p.raiseAtToken(p.pos, "cannot use '_' as a target");
  const after = p.codes[p.pos + 1];
  // A name followed by `.`, `(` or `=` is no capture target; CPython stops at that token.
  if (after === DOT || after === LPAR || after === EQUAL)
    p.raiseAtToken(p.pos + 1, 'invalid syntax');
  p.pos++;
  return {
    kind: 'MatchAs',
    pattern: orPattern,
    name,
    lineno: startTok.line,
    col_offset: startTok.byteCol,
    end_lineno: nameTok.endLine,
    end_col_offset: nameTok.endByteCol,
  };
}

/** or_pattern: closed_pattern (`|` closed_pattern)*; a single one is returned as is. */
function parseOrPattern(p: Parser): Pattern {
  const startTok = p.toks[p.pos]!;
  const first = parseClosedPattern(p);
  if (p.codes[p.pos] !== VBAR) return first;
  const patterns: Pattern[] = [first];
  while (p.codes[p.pos] === VBAR) {
    p.pos++;
    patterns.push(parseClosedPattern(p));
  }
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'MatchOr',
    patterns,
    lineno: startTok.line,
    col_offset: startTok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

function spanOf(e: Span): Span {
  return {
    lineno: e.lineno,
    col_offset: e.col_offset,
    end_lineno: e.end_lineno,
    end_col_offset: e.end_col_offset,
  };
}

/** closed_pattern: literal, capture, wildcard, value, group, sequence, mapping or class pattern. */
function parseClosedPattern(p: Parser): Pattern {
  if (++p.parenDepth > 200) p.raiseTooManyParens();
  const result = parseClosedPatternInner(p);
  p.parenDepth--;
  return result;
}

function parseClosedPatternInner(p: Parser): Pattern {
  const tok = p.toks[p.pos]!;
  switch (p.codes[p.pos]) {
    case NUMBER:
    case MINUS: {
      const value = parseSignedNumberOrComplex(p);
      return { kind: 'MatchValue', value, ...spanOf(value) };
    }
    case STRING:
    case FSTRING_START: {
      const value = parseStrings(p);
      return { kind: 'MatchValue', value, ...spanOf(value) };
    }
    case KW_NONE:
    case KW_TRUE:
    case KW_FALSE: {
      p.pos++;
      const code = p.codes[p.pos - 1];
      const value = code === KW_NONE ? null : code === KW_TRUE;
      return {
        kind: 'MatchSingleton',
        value,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: tok.endLine,
        end_col_offset: tok.endByteCol,
      };
    }
    case NAME:
      return parseNamePattern(p);
    case LPAR:
      return parseParenPattern(p);
    case LSQB:
      return parseListPattern(p);
    case LBRACE:
      return parseMappingPattern(p);
    default:
      return p.raiseInvalidSyntax();
  }
}

/**
 * signed_number, or complex_number `real +/- imag`, as an expression (Constant, UnaryOp, BinOp).
 */
function parseSignedNumberOrComplex(p: Parser): Expr {
  const real = parseSignedNumber(p);
  const c = p.codes[p.pos];
  if (c !== PLUS && c !== MINUS) return real;
  const realNumber = real.kind === 'UnaryOp' ? (real.operand as Constant) : (real as Constant);
  if (isImaginary(realNumber)) p.raiseAtNode(realNumber, 'real number required in complex literal');
  p.pos++;
  const imagTok = p.toks[p.pos]!;
  if (p.codes[p.pos] !== NUMBER) p.raiseInvalidSyntax();
  p.pos++;
  const imag = makeConstant(
    decodeNumber(imagTok.text),
    imagTok.line,
    imagTok.byteCol,
    imagTok.endLine,
    imagTok.endByteCol,
  );
  if (!isImaginary(imag)) p.raiseAtNode(imag, 'imaginary number required in complex literal');
  return {
    kind: 'BinOp',
    left: real,
    op: c === PLUS ? 'Add' : 'Sub',
    right: imag,
    lineno: real.lineno,
    col_offset: real.col_offset,
    end_lineno: imag.end_lineno,
    end_col_offset: imag.end_col_offset,
  };
}

function isImaginary(c: Constant): boolean {
  const v = c.value;
  return typeof v === 'object' && v !== null && 'type' in v && v.type === 'complex';
}

function parseSignedNumber(p: Parser): Expr {
  const tok = p.toks[p.pos]!;
  if (p.codes[p.pos] === MINUS) {
    p.pos++;
    const numTok = p.toks[p.pos]!;
    if (p.codes[p.pos] !== NUMBER) p.raiseInvalidSyntax();
    p.pos++;
    const operand = makeConstant(
      decodeNumber(numTok.text),
      numTok.line,
      numTok.byteCol,
      numTok.endLine,
      numTok.endByteCol,
    );
    return {
      kind: 'UnaryOp',
      op: 'USub',
      operand,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: numTok.endLine,
      end_col_offset: numTok.endByteCol,
    };
  }
  p.pos++;
  return makeConstant(decodeNumber(tok.text), tok.line, tok.byteCol, tok.endLine, tok.endByteCol);
}

/** A pattern starting with a NAME: capture, wildcard, value (dotted) or class pattern. */
function parseNamePattern(p: Parser): Pattern {
  const tok = p.toks[p.pos]!;
  const next = p.codes[p.pos + 1];
  if (next !== DOT && next !== LPAR) {
    p.pos++;
    const name = identifierOf(tok);
    const node: MatchAs = {
      kind: 'MatchAs',
      pattern: null,
      name: name === '_' ? null : name,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: tok.endLine,
      end_col_offset: tok.endByteCol,
    };
    if (next === EQUAL) p.raiseInvalidSyntax();
    return node;
  }
  const cls = parseNameOrAttr(p);
  if (p.codes[p.pos] === LPAR) return parseClassPattern(p, cls);
  if (p.codes[p.pos] === EQUAL) p.raiseInvalidSyntax();
  return { kind: 'MatchValue', value: cls, ...spanOf(cls) };
}

/** name_or_attr: NAME (`.` NAME)* as a Name or Attribute chain in Load context. */
function parseNameOrAttr(p: Parser): Expr {
  const tok = p.toks[p.pos]!;
  let e: Expr = {
    kind: 'Name',
    id: p.expectName(),
    ctx: 'Load',
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: tok.endLine,
    end_col_offset: tok.endByteCol,
  };
  while (p.codes[p.pos] === DOT) {
    p.pos++;
    const nameTok = p.toks[p.pos]!;
    const attr = p.expectName();
    e = {
      kind: 'Attribute',
      value: e,
      attr,
      ctx: 'Load',
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: nameTok.endLine,
      end_col_offset: nameTok.endByteCol,
    };
  }
  return e;
}

/** class_pattern: `cls(` positional patterns, then `name=pattern` keywords `)`. */
function parseClassPattern(p: Parser, cls: Expr): Pattern {
  p.pos++;
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  let misplaced: Pattern[] | null = null;
  while (p.codes[p.pos] !== RPAR) {
    if (p.codes[p.pos] === NAME && p.codes[p.pos + 1] === EQUAL) {
      kwdAttrs.push(p.expectName());
      p.pos++;
      kwdPatterns.push(parsePattern(p));
    } else {
      const pattern = parsePattern(p);
      if (kwdAttrs.length === 0) patterns.push(pattern);
      else if (misplaced === null) misplaced = [pattern];
      else misplaced.push(pattern);
    }
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  if (misplaced !== null && p.codes[p.pos] === RPAR) {
    p.raiseRange(
      misplaced[0]!,
      misplaced[misplaced.length - 1]!,
      'positional patterns follow keyword patterns',
    );
  }
  const close = p.expect(RPAR);
  return {
    kind: 'MatchClass',
    cls,
    patterns,
    kwd_attrs: kwdAttrs,
    kwd_patterns: kwdPatterns,
    lineno: cls.lineno,
    col_offset: cls.col_offset,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

/** `(`...`)`: a group (one pattern, no comma) or a sequence pattern. */
function parseParenPattern(p: Parser): Pattern {
  const open = p.toks[p.pos++]!;
  if (p.codes[p.pos] === RPAR) {
    const close = p.toks[p.pos++]!;
    return sequenceSpan([], open, close);
  }
  const first = parseMaybeStarPattern(p);
  if (p.codes[p.pos] === RPAR && first.kind !== 'MatchStar') {
    p.pos++;
    return first;
  }
  const patterns: Pattern[] = [first];
  p.expect(COMMA);
  while (p.codes[p.pos] !== RPAR) {
    patterns.push(parseMaybeStarPattern(p));
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  const close = p.expect(RPAR);
  return sequenceSpan(patterns, open, close);
}

/** `[`...`]`: a sequence pattern. */
function parseListPattern(p: Parser): Pattern {
  const open = p.toks[p.pos++]!;
  const patterns: Pattern[] = [];
  while (p.codes[p.pos] !== RSQB) {
    patterns.push(parseMaybeStarPattern(p));
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  const close = p.expect(RSQB);
  return sequenceSpan(patterns, open, close);
}

interface TokSpan {
  readonly line: number;
  readonly byteCol: number;
  readonly endLine: number;
  readonly endByteCol: number;
}

function sequenceSpan(patterns: Pattern[], open: TokSpan, close: TokSpan): Pattern {
  return {
    kind: 'MatchSequence',
    patterns,
    lineno: open.line,
    col_offset: open.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

/** mapping_pattern: `{` (key: pattern)* [`**` rest] `}`; keys are literals or dotted names. */
function parseMappingPattern(p: Parser): Pattern {
  const open = p.toks[p.pos++]!;
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  while (p.codes[p.pos] !== RBRACE) {
    if (p.codes[p.pos] === DOUBLESTAR) {
      p.pos++;
      rest = p.expectName();
      if (rest === '_') p.raiseAtToken(p.pos - 1, 'invalid syntax');
      if (p.codes[p.pos] === COMMA) p.pos++;
      break;
    }
    keys.push(parseMappingKey(p));
    p.expect(COLON);
    patterns.push(parsePattern(p));
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  const close = p.expect(RBRACE);
  return {
    kind: 'MatchMapping',
    keys,
    patterns,
    rest,
    lineno: open.line,
    col_offset: open.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

/** A mapping key: literal_expr or attr (a dotted name with at least one dot). */
function parseMappingKey(p: Parser): Expr {
  const tok = p.toks[p.pos]!;
  switch (p.codes[p.pos]) {
    case NUMBER:
    case MINUS:
      return parseSignedNumberOrComplex(p);
    case STRING:
    case FSTRING_START:
      return parseStrings(p);
    case KW_NONE:
      p.pos++;
      return makeConstant(null, tok.line, tok.byteCol, tok.endLine, tok.endByteCol);
    case KW_TRUE:
      p.pos++;
      return makeConstant(true, tok.line, tok.byteCol, tok.endLine, tok.endByteCol);
    case KW_FALSE:
      p.pos++;
      return makeConstant(false, tok.line, tok.byteCol, tok.endLine, tok.endByteCol);
    case NAME: {
      if (p.codes[p.pos + 1] !== DOT) p.raiseAtToken(p.pos + 1, 'invalid syntax');
      return parseNameOrAttr(p);
    }
    default:
      return p.raiseInvalidSyntax();
  }
}
