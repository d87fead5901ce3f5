// Compound statements: if/elif/else, while, for, with, try/except/except*/finally, def, class,
// decorators, async forms and match. Blocks and simple statements: parse-statements.ts.

import type {
  ExceptHandler,
  Expr,
  Keyword,
  MatchCase,
  Pattern,
  Stmt,
  TypeParam,
  WithItem,
} from './ast.js';
import { parseClassArguments, parseFunctionParameters } from './parse-arguments.js';
import { parseTargetList } from './parse-displays.js';
import { raiseAfterHeaderExpression } from './parse-expression-errors.js';
import {
  finishTuple,
  parseExpression,
  parseExpressions,
  parseNamedExpression,
  parsePrimary,
  parseStarExpressions,
  parseStarNamedExpression,
  startsExpression,
} from './parse-expressions.js';
import { parseGuardedPatterns } from './parse-patterns.js';
import {
  AT,
  COLON,
  COMMA,
  DEDENT,
  ENDMARKER,
  INDENT,
  KW_AS,
  KW_ASYNC,
  KW_CLASS,
  KW_DEF,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_IF,
  KW_IN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  LBRACE,
  LPAR,
  LSQB,
  NAME,
  NEWLINE,
  type Parser,
  RARROW,
  RBRACE,
  RPAR,
  RSQB,
  STAR,
} from './parse-state.js';
import { parseBlock, startOf } from './parse-statements.js';
import { raiseInvalidTarget, setContext } from './parse-targets.js';
import { parseTypeParams } from './parse-type-params.js';
import { PySyntaxError, parserError } from './syntax-errors.js';

/** compound_stmt: parses one if the cursor starts one; null otherwise (a simple statement). */
export function parseCompoundStatement(p: Parser): Stmt | null {
  switch (p.codes[p.pos]) {
    case KW_IF:
      return parseIf(p);
    case KW_WHILE:
      return parseWhile(p);
    case KW_FOR:
      return parseFor(p, p.pos);
    case KW_WITH:
      return parseWith(p, p.pos);
    case KW_TRY:
      return parseTry(p);
    case KW_DEF:
      return parseFunctionDef(p, [], p.pos);
    case KW_CLASS:
      return parseClassDef(p, []);
    case AT:
      return parseDecorated(p);
    case KW_ASYNC: {
      const next = p.codes[p.pos + 1];
      if (next === KW_DEF) return parseFunctionDef(p, [], p.pos);
      if (next === KW_WITH) return parseWith(p, p.pos);
      if (next === KW_FOR) return parseFor(p, p.pos);
      return p.raiseAtToken(p.pos + 1, 'invalid syntax');
    }
    case NAME:
      if (p.toks[p.pos]!.text === 'match' && looksLikeMatch(p)) return parseMatch(p);
      return null;
    default:
      return null;
  }
}

/**
 * `expected ':'` when a header ends at NEWLINE; the generic error for anything else, after the
 * targeted errors CPython's invalid_legacy_expression finds reading on from a name that ends the
 * header's expression `e` (`if d{a b}:` is the forgotten comma inside the braces).
 */
function expectHeaderColon(p: Parser, e: Expr | null = null): void {
  const c = p.codes[p.pos];
  if (c === COLON) {
    p.pos++;
    return;
  }
  if (c === NEWLINE) p.raiseAtToken(p.pos, "expected ':'");
  if (e !== null) raiseAfterHeaderExpression(p, e);
  p.raiseInvalidSyntax();
}

// ---- if / while / for ----

function parseIf(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  const what = p.codes[p.pos - 1] === KW_IF ? "'if' statement" : "'elif' statement";
  const test = parseNamedExpression(p);
  expectHeaderColon(p, test);
  const body = parseBlock(p, what, tok.line);
  let orelse: Stmt[] = [];
  if (p.codes[p.pos] === KW_ELIF) orelse = [parseIf(p)];
  else if (p.codes[p.pos] === KW_ELSE) orelse = parseElse(p);
  return p.finish({ kind: 'If', test, body, orelse, ...startOf(tok) });
}

/** else_block: `else` &&`:` block. */
function parseElse(p: Parser): Stmt[] {
  const tok = p.toks[p.pos++]!;
  p.expectForced(COLON);
  return parseBlock(p, "'else' statement", tok.line);
}

function parseWhile(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  const test = parseNamedExpression(p);
  expectHeaderColon(p, test);
  const body = parseBlock(p, "'while' statement", tok.line);
  const orelse = p.codes[p.pos] === KW_ELSE ? parseElse(p) : [];
  return p.finish({ kind: 'While', test, body, orelse, ...startOf(tok) });
}

function parseFor(p: Parser, startIndex: number): Stmt {
  const startTok = p.toks[startIndex]!;
  const isAsync = p.codes[p.pos] === KW_ASYNC;
  if (isAsync) p.pos++;
  const forTok = p.toks[p.pos++]!;
  const target = parseTargetList(p, KW_IN);
  p.pos++;
  const iter = parseStarExpressions(p);
  expectHeaderColon(p, iter);
  const body = parseBlock(p, "'for' statement", forTok.line);
  const orelse = p.codes[p.pos] === KW_ELSE ? parseElse(p) : [];
  return p.finish({
    kind: isAsync ? 'AsyncFor' : 'For',
    target,
    iter,
    body,
    orelse,
    type_comment: null,
    ...startOf(startTok),
  });
}

// ---- with ----

function parseWith(p: Parser, startIndex: number): Stmt {
  const startTok = p.toks[startIndex]!;
  const isAsync = p.codes[p.pos] === KW_ASYNC;
  if (isAsync) p.pos++;
  const withTok = p.toks[p.pos++]!;
  let items: WithItem[] | null = null;
  if (p.codes[p.pos] === LPAR) items = tryParenthesizedWithItems(p);
  if (items === null) {
    items = [parseWithItem(p)];
    while (p.codes[p.pos] === COMMA) {
      p.pos++;
      items.push(parseWithItem(p));
    }
  }
  expectHeaderColon(p);
  const body = parseBlock(p, "'with' statement", withTok.line);
  return p.finish({
    kind: isAsync ? 'AsyncWith' : 'With',
    items,
    body,
    type_comment: null,
    ...startOf(startTok),
  });
}

/** `with (a as b, c):`: the items inside the parentheses, or null to read them as one expression. */
function tryParenthesizedWithItems(p: Parser): WithItem[] | null {
  const saved = p.pos;
  const savedParens = p.parenDepth;
  const savedDepth = p.depth;
  try {
    p.pos++;
    const items: WithItem[] = [parseWithItem(p)];
    while (p.codes[p.pos] === COMMA) {
      p.pos++;
      if (p.codes[p.pos] === RPAR) break;
      items.push(parseWithItem(p));
    }
    if (p.codes[p.pos] !== RPAR || p.codes[p.pos + 1] !== COLON) {
      if (p.codes[p.pos] === RPAR && p.codes[p.pos + 1] === NEWLINE) {
        p.raiseAtToken(p.pos + 1, "expected ':'");
      }
      p.furthest = Math.max(p.furthest, p.codes[p.pos] === RPAR ? p.pos + 1 : p.pos);
      throw BACKTRACK;
    }
    p.pos++;
    return items;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    // A targeted message is CPython's answer too; only a generic failure means "not this form".
    if (error !== BACKTRACK && error.msg !== 'invalid syntax') throw error;
    if (error !== BACKTRACK) p.furthest = Math.max(p.furthest, p.pos);
    p.pos = saved;
    p.parenDepth = savedParens;
    p.depth = savedDepth;
    return null;
  }
}

const BACKTRACK = parserError('SyntaxError', 'backtrack', 0, 0, null, null, null);

/** with_item: expression [`as` star_target], the target followed by `,` `)` or `:`. */
function parseWithItem(p: Parser): WithItem {
  const contextExpr = parseExpression(p);
  if (p.codes[p.pos] !== KW_AS) {
    return { kind: 'withitem', context_expr: contextExpr, optional_vars: null };
  }
  p.pos++;
  const targetStart = p.pos;
  const target = parseStarTarget(p);
  const c = p.codes[p.pos];
  if ((c !== COMMA && c !== RPAR && c !== COLON) || !setContext(target, 'Store')) {
    p.pos = targetStart;
    let e: Expr | null = null;
    try {
      e = parseExpression(p);
    } catch {
      e = null;
    }
    if (e !== null) {
      const after = p.codes[p.pos];
      if (after === COMMA || after === RPAR || after === COLON) raiseInvalidTarget(p, e, 'star');
    }
    p.pos = targetStart;
    const again = parseStarTarget(p);
    if (p.codes[p.pos] === NEWLINE && setContext(again, 'Store')) {
      p.raiseAtToken(p.pos, "expected ':'");
    }
    p.raiseInvalidSyntax();
  }
  return { kind: 'withitem', context_expr: contextExpr, optional_vars: target };
}

/** star_target: `*`? primary (a later setContext checks it). */
function parseStarTarget(p: Parser): Expr {
  if (p.codes[p.pos] !== STAR) return parsePrimary(p);
  const tok = p.toks[p.pos++]!;
  const value = parseStarTarget(p);
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'Starred',
    value,
    ctx: 'Load',
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

// ---- try ----

function parseTry(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  p.expectForced(COLON);
  const body = parseBlock(p, "'try' statement", tok.line);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.codes[p.pos] === KW_EXCEPT) {
    const exceptIndex = p.pos;
    const isStar = p.codes[p.pos + 1] === STAR;
    if (star !== null && star !== isStar) {
      if (isStar) {
        const a = p.toks[exceptIndex]!;
        const b = p.toks[exceptIndex + 1]!;
        p.raiseAt(
          "cannot have both 'except' and 'except*' on the same 'try'",
          a.line,
          a.byteCol,
          b.endLine,
          b.endByteCol,
        );
      }
      p.raiseAtToken(exceptIndex, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    star = isStar;
    handlers.push(parseExceptHandler(p));
  }
  const orelse = handlers.length > 0 && p.codes[p.pos] === KW_ELSE ? parseElse(p) : [];
  let finalbody: Stmt[] = [];
  if (p.codes[p.pos] === KW_FINALLY) {
    const finallyTok = p.toks[p.pos++]!;
    p.expectForced(COLON);
    finalbody = parseBlock(p, "'finally' statement", finallyTok.line);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.raiseAtToken(p.pos, "expected 'except' or 'finally' block");
  }
  return p.finish({
    kind: star === true ? 'TryStar' : 'Try',
    body,
    handlers,
    orelse,
    finalbody,
    ...startOf(tok),
  });
}

function parseExceptHandler(p: Parser): ExceptHandler {
  const tok = p.toks[p.pos++]!;
  const isStar = p.codes[p.pos] === STAR;
  if (isStar) {
    p.pos++;
    const c = p.codes[p.pos];
    if (c === COLON || c === NEWLINE) p.raiseAtToken(p.pos, 'expected one or more exception types');
  }
  let type: Expr | null = null;
  let name: string | null = null;
  if (p.codes[p.pos] !== COLON) {
    if (p.codes[p.pos] === NEWLINE) p.raiseAtToken(p.pos, "expected ':'");
    type = parseExpression(p);
    if (p.codes[p.pos] === COMMA) raiseMultipleExceptionTypes(p, type);
    if (p.codes[p.pos] === KW_AS) {
      p.pos++;
      name = p.expectName();
    }
  }
  expectHeaderColon(p);
  const body = parseBlock(p, isStar ? "'except*' statement" : "'except' statement", tok.line);
  return p.finish({ kind: 'ExceptHandler', type, name, body, ...startOf(tok) });
}

/** `except A, B:`: "multiple exception types must be parenthesized", from A to the `:`. */
function raiseMultipleExceptionTypes(p: Parser, first: Expr): never {
  p.pos++;
  try {
    parseExpressions(p);
    if (p.codes[p.pos] === KW_AS) {
      p.pos++;
      p.expectName();
    }
  } catch {
    p.raiseInvalidSyntax();
  }
  if (p.codes[p.pos] !== COLON) p.raiseInvalidSyntax();
  const colon = p.toks[p.pos]!;
  const offset = p.charColumn(first.lineno, first.col_offset) + 1;
  throw parserError(
    'SyntaxError',
    'multiple exception types must be parenthesized',
    first.lineno,
    offset,
    colon.endLine,
    colon.endCol,
    p.lineText(first.lineno),
  );
}

// ---- def / class / decorators ----

function parseDecorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.codes[p.pos] === AT) {
    p.pos++;
    decorators.push(parseNamedExpression(p));
    if (p.codes[p.pos] !== NEWLINE) p.raiseInvalidSyntax();
    p.pos++;
  }
  const c = p.codes[p.pos];
  if (c === KW_DEF || (c === KW_ASYNC && p.codes[p.pos + 1] === KW_DEF)) {
    return parseFunctionDef(p, decorators, p.pos);
  }
  if (c === KW_CLASS) return parseClassDef(p, decorators);
  // CPython read the token after `async` looking for `def`.
  if (c === KW_ASYNC) return p.raiseAtToken(p.pos + 1, 'invalid syntax');
  return p.raiseInvalidSyntax();
}

function parseFunctionDef(p: Parser, decorators: Expr[], startIndex: number): Stmt {
  const startTok = p.toks[startIndex]!;
  const isAsync = p.codes[p.pos] === KW_ASYNC;
  if (isAsync) p.pos++;
  const defTok = p.toks[p.pos++]!;
  const name = p.expectName();
  const typeParams: TypeParam[] =
    p.codes[p.pos] === LSQB ? parseTypeParamsOr311Error(p, "expected '('") : [];
  p.expectForced(LPAR);
  const args = parseFunctionParameters(p);
  p.expect(RPAR);
  let returns: Expr | null = null;
  if (p.codes[p.pos] === RARROW) {
    const arrow = p.pos;
    if (!startsExpression(p.codes[p.pos + 1]!)) p.raiseAtToken(arrow, "expected ':'");
    p.pos++;
    try {
      returns = parseExpression(p);
    } catch (error) {
      // The return annotation is optional: when it fails, CPython's forced `:` fails at `->`.
      if (!(error instanceof PySyntaxError)) throw error;
      p.noteRead(p.pos);
      p.raiseAtToken(arrow, "expected ':'");
    }
  }
  p.expectForced(COLON);
  const body = parseBlock(p, 'function definition', defTok.line);
  return p.finish({
    kind: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
    name,
    args,
    body,
    decorator_list: decorators,
    returns,
    type_comment: null,
    type_params: typeParams,
    ...startOf(startTok),
  });
}

/**
 * 3.12 type parameters after a def or class name. Valid ones parse (the compiler rejects them as
 * 3.11 does); invalid ones get 3.11's error at the `[`, where its grammar already stops:
 * "expected '('" after a def name (a forced token), the generic error after a class name.
 */
function parseTypeParamsOr311Error(p: Parser, message: string): TypeParam[] {
  const open = p.pos;
  try {
    return parseTypeParams(p);
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    p.pos = open;
    p.furthest = open;
    return p.raiseAtToken(open, message);
  }
}

function parseClassDef(p: Parser, decorators: Expr[]): Stmt {
  const tok = p.toks[p.pos++]!;
  const name = p.expectName();
  const typeParams: TypeParam[] =
    p.codes[p.pos] === LSQB ? parseTypeParamsOr311Error(p, 'invalid syntax') : [];
  let bases: Expr[] = [];
  let keywords: Keyword[] = [];
  if (p.codes[p.pos] === LPAR) {
    const parsed = parseClassArguments(p);
    bases = parsed.bases;
    keywords = parsed.keywords;
  }
  expectHeaderColon(p);
  const body = parseBlock(p, 'class definition', tok.line);
  return p.finish({
    kind: 'ClassDef',
    name,
    bases,
    keywords,
    body,
    decorator_list: decorators,
    type_params: typeParams,
    ...startOf(tok),
  });
}

// ---- match ----

/**
 * Is `match ...` at the cursor a match statement? Its logical line must end with `:` and be
 * followed by an indented block; `match(x)` and `match = 1` are ordinary statements.
 */
function looksLikeMatch(p: Parser): boolean {
  const next = p.codes[p.pos + 1]!;
  if (next !== STAR && !startsExpression(next)) return false;
  let depth = 0;
  for (let i = p.pos + 1; i < p.toks.length; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) depth--;
    else if (c === NEWLINE && depth <= 0) return p.codes[i - 1] === COLON;
    else if (c === ENDMARKER) return false;
  }
  return false;
}

/** match_stmt, or null (cursor back on `match`) when `:` is not followed by a line break. */
function parseMatch(p: Parser): Stmt | null {
  const start = p.pos;
  const tok = p.toks[p.pos++]!;
  let subject: Expr;
  try {
    subject = parseSubject(p);
  } catch (error) {
    if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
    // The second pass goes on to read the line as simple statements (`match [a, *b c]:` is a
    // subscript there, with its own targeted errors); a generic error stays the furthest one.
    p.noteGenericError(error);
    p.furthest = Math.max(p.furthest, p.pos);
    p.noteRead(p.pos);
    p.pos = start;
    return null;
  }
  expectHeaderColon(p);
  if (p.codes[p.pos] !== NEWLINE) {
    // Not a match statement: the line is read as simple statements (`match (x): y` is an
    // annotation), with this token read.
    p.noteRead(p.pos);
    p.furthest = Math.max(p.furthest, p.pos);
    p.pos = start;
    return null;
  }
  p.pos++;
  if (p.codes[p.pos] !== INDENT) {
    p.raiseAtToken(
      p.pos,
      `expected an indented block after 'match' statement on line ${tok.line}`,
      'IndentationError',
    );
  }
  p.pos++;
  const cases: MatchCase[] = [];
  while (p.codes[p.pos] !== DEDENT && p.codes[p.pos] !== ENDMARKER) cases.push(parseCase(p));
  p.pos++;
  const match: Stmt = p.finish({ kind: 'Match', subject, cases, ...startOf(tok) });
  return match;
}

/** subject_expr: star_named_expression `,` ... as a Tuple, or a named_expression. */
function parseSubject(p: Parser): Expr {
  const start = p.pos;
  const first = parseStarNamedExpression(p);
  if (p.codes[p.pos] !== COMMA) {
    if (first.kind === 'Starred') p.raiseInvalidSyntax();
    return first;
  }
  const elts: Expr[] = [first];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    if (p.codes[p.pos] === COLON) break;
    elts.push(parseStarNamedExpression(p));
  }
  return finishTuple(p, elts, start);
}

function parseCase(p: Parser): MatchCase {
  if (!p.atSoftKeyword('case')) p.raiseInvalidSyntax();
  const tok = p.toks[p.pos++]!;
  const { pattern, guard } = parseGuardedPatterns(p);
  if (p.codes[p.pos] === NEWLINE) p.raiseAtToken(p.pos, "expected ':'");
  expectHeaderColon(p);
  const body = parseBlock(p, "'case' statement", tok.line);
  const matchCase: MatchCase = { kind: 'match_case', pattern: pattern as Pattern, guard, body };
  return matchCase;
}

/**
 * Whether the statement at token `startIndex` (a soft keyword `match`, read as a simple statement)
 * is `match <subject_expr> NEWLINE`, which CPython's invalid_match_stmt matches. Reads the
 * subject speculatively: the cursor and every read mark are left as they were.
 */
export function isMatchWithoutColon(p: Parser, startIndex: number): boolean {
  const { pos, depth, parenDepth, furthest, readLimit, disjunctionEnd } = p;
  const { lenientRetries, furthestGenericError } = p;
  p.pos = startIndex + 1;
  try {
    parseSubject(p);
    return p.codes[p.pos] === NEWLINE;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return false;
  } finally {
    p.pos = pos;
    p.depth = depth;
    p.parenDepth = parenDepth;
    p.furthest = furthest;
    p.readLimit = readLimit;
    p.disjunctionEnd = disjunctionEnd;
    p.lenientRetries = lenientRetries;
    p.furthestGenericError = furthestGenericError;
  }
}

/** invalid_match_stmt for a `match x` line that failed as a simple statement. */
export function raiseMatchStatementError(
  p: Parser,
  startIndex: number,
  original: PySyntaxError,
): never {
  p.pos = startIndex + 1;
  try {
    parseSubject(p);
  } catch (error) {
    // match_stmt comes before simple statements: a targeted error in its subject wins.
    if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
    // The generic error is reported at the furthest token read, the subject's included.
    p.furthest = Math.max(p.furthest, p.pos);
    throw original;
  }
  if (p.codes[p.pos] === NEWLINE) p.raiseAtToken(p.pos, "expected ':'");
  // After `match subject:` CPython read the token that should have been a line break.
  p.furthest = Math.max(p.furthest, p.codes[p.pos] === COLON ? p.pos + 1 : p.pos);
  throw original;
}
