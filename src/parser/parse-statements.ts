// Statements: the module body, blocks, statement dispatch, and every simple statement (assignment
// forms, import, del, return, raise, global, ...). Compound statements: parse-compound-statements.ts.

import type { Alias, Expr, ImportFrom, Name, Operator, Stmt } from './ast.js';
import {
  isMatchWithoutColon,
  parseCompoundStatement,
  raiseMatchStatementError,
} from './parse-compound-statements.js';
import {
  raiseAfterEvalExpressions,
  raiseAfterStatementExpression,
} from './parse-expression-errors.js';
import {
  parseExpression,
  parsePrimary,
  parseStarExpression,
  parseStarExpressions,
  parseYieldExpression,
  startsExpression,
} from './parse-expressions.js';
import {
  AMPEREQUAL,
  ATEQUAL,
  CIRCUMFLEXEQUAL,
  COLON,
  COMMA,
  DEDENT,
  DOT,
  DOUBLESLASHEQUAL,
  DOUBLESTAREQUAL,
  ELLIPSIS,
  ENDMARKER,
  EQUAL,
  FSTRING_START,
  INDENT,
  identifierOf,
  KW_AS,
  KW_ASSERT,
  KW_BREAK,
  KW_CONTINUE,
  KW_DEL,
  KW_FALSE,
  KW_FROM,
  KW_GLOBAL,
  KW_IMPORT,
  KW_NONE,
  KW_NONLOCAL,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRUE,
  KW_YIELD,
  LBRACE,
  LEFTSHIFTEQUAL,
  LPAR,
  LSQB,
  MINEQUAL,
  NAME,
  NEWLINE,
  NUMBER,
  type Parser,
  PERCENTEQUAL,
  PLUSEQUAL,
  RIGHTSHIFTEQUAL,
  RPAR,
  SEMI,
  SLASHEQUAL,
  STAR,
  STAREQUAL,
  STRING,
  VBAREQUAL,
} from './parse-state.js';
import {
  raiseAnnotationError,
  raiseAssignmentError,
  raiseInvalidTargets,
} from './parse-statement-errors.js';
import { exprName as exprNameOf, raiseInvalidTarget, setContext } from './parse-targets.js';
import { parseTypeParams } from './parse-type-params.js';
import { PySyntaxError } from './syntax-errors.js';

/** Augmented assignment operator by token code. */
const AUGMENTED_OPERATOR: (Operator | undefined)[] = [];
for (const [code, op] of [
  [PLUSEQUAL, 'Add'],
  [MINEQUAL, 'Sub'],
  [STAREQUAL, 'Mult'],
  [ATEQUAL, 'MatMult'],
  [SLASHEQUAL, 'Div'],
  [PERCENTEQUAL, 'Mod'],
  [AMPEREQUAL, 'BitAnd'],
  [VBAREQUAL, 'BitOr'],
  [CIRCUMFLEXEQUAL, 'BitXor'],
  [LEFTSHIFTEQUAL, 'LShift'],
  [RIGHTSHIFTEQUAL, 'RShift'],
  [DOUBLESTAREQUAL, 'Pow'],
  [DOUBLESLASHEQUAL, 'FloorDiv'],
] as const) {
  AUGMENTED_OPERATOR[code] = op;
}

// ---- sequences of statements ----

/** file: statements up to ENDMARKER. */
export function parseModuleBody(p: Parser): Stmt[] {
  const body: Stmt[] = [];
  while (p.codes[p.pos] !== ENDMARKER) {
    if (p.codes[p.pos] === NEWLINE) {
      // Only the tokenizer's final NEWLINE of an empty input can appear here.
      p.pos++;
      continue;
    }
    parseStatement(p, body);
  }
  return body;
}

/** How many error-path re-readings one statement may make (see Parser.lenientRetries). */
const LENIENT_RETRIES_PER_STATEMENT = 32;

/** statement: one compound statement, or a line of simple statements, appended to `out`. */
export function parseStatement(p: Parser, out: Stmt[]): void {
  p.lenientRetries = LENIENT_RETRIES_PER_STATEMENT;
  const compound = parseCompoundStatement(p);
  if (compound !== null) {
    out.push(compound);
    return;
  }
  if (!p.atSoftKeyword('match')) {
    parseSimpleStatements(p, out);
    return;
  }
  const start = p.pos;
  try {
    parseSimpleStatements(p, out);
  } catch (error) {
    // `match x` without its colon: CPython's invalid_match_stmt says "expected ':'".
    if (!(error instanceof PySyntaxError)) throw error;
    raiseMatchStatementError(p, start, error);
  }
  if (p.matchWithoutColonAt < 0 && isMatchWithoutColon(p, start)) p.matchWithoutColonAt = start;
}

/**
 * block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. `what`
 * names the header for the IndentationError ("'if' statement", "function definition").
 */
export function parseBlock(p: Parser, what: string, headerLine: number): Stmt[] {
  const body: Stmt[] = [];
  if (p.codes[p.pos] !== NEWLINE) {
    parseSimpleStatements(p, body);
    return body;
  }
  p.pos++;
  if (p.codes[p.pos] !== INDENT) {
    p.raiseAtToken(
      p.pos,
      `expected an indented block after ${what} on line ${headerLine}`,
      'IndentationError',
    );
  }
  p.pos++;
  while (p.codes[p.pos] !== DEDENT) {
    if (p.codes[p.pos] === ENDMARKER) break;
    parseStatement(p, body);
  }
  p.pos++;
  return body;
}

/** simple_stmts: simple statements separated by `;`, ending with NEWLINE. */
function parseSimpleStatements(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(parseSimpleStatement(p));
    const c = p.codes[p.pos];
    if (c === NEWLINE) {
      p.pos++;
      return;
    }
    if (c !== SEMI) raiseAfterStatement(p, out[out.length - 1]!);
    p.pos++;
    if (p.codes[p.pos] === NEWLINE) {
      p.pos++;
      return;
    }
  }
}

/** A simple statement ended and something other than `;` or NEWLINE follows. */
function raiseAfterStatement(p: Parser, stmt: Stmt): never {
  if (stmt.kind === 'Expr') raiseAfterStatementExpression(p, stmt.value);
  // An assigned value is an expression too: invalid_legacy_expression applies after its last one.
  if (stmt.kind === 'Assign' || stmt.kind === 'AugAssign' || stmt.kind === 'AnnAssign') {
    if (stmt.value !== null) raiseAfterEvalExpressions(p, lastExpression(stmt.value));
  }
  return p.raiseInvalidSyntax();
}

/** The expression a value ends with: the last item of a bare tuple, the operand of a yield. */
function lastExpression(e: Expr): Expr {
  for (;;) {
    if (e.kind === 'Tuple' && e.elts.length > 0) e = e.elts[e.elts.length - 1]!;
    else if (e.kind === 'Yield' && e.value !== null) e = e.value;
    else return e;
  }
}

// ---- simple statements ----

function parseSimpleStatement(p: Parser): Stmt {
  const tok = p.toks[p.pos]!;
  switch (p.codes[p.pos]) {
    case KW_PASS:
      p.pos++;
      return { kind: 'Pass', ...tokenSpan(tok) };
    case KW_BREAK:
      p.pos++;
      return { kind: 'Break', ...tokenSpan(tok) };
    case KW_CONTINUE:
      p.pos++;
      return { kind: 'Continue', ...tokenSpan(tok) };
    case KW_RETURN: {
      p.pos++;
      const c = p.codes[p.pos]!;
      const value = c === STAR || startsExpression(c) ? parseStarExpressions(p) : null;
      return p.finish({ kind: 'Return', value, ...startOf(tok) });
    }
    case KW_RAISE:
      return parseRaise(p);
    case KW_GLOBAL:
    case KW_NONLOCAL:
      return parseGlobal(p);
    case KW_DEL:
      return parseDel(p);
    case KW_ASSERT: {
      p.pos++;
      const test = parseExpression(p);
      let msg: Expr | null = null;
      if (p.codes[p.pos] === COMMA) {
        p.pos++;
        msg = parseExpression(p);
      }
      return p.finish({ kind: 'Assert', test, msg, ...startOf(tok) });
    }
    case KW_IMPORT:
      return parseImport(p);
    case KW_FROM:
      return parseImportFrom(p);
    case NAME:
      if (tok.text === 'type' && p.codes[p.pos + 1] === NAME) {
        const after = p.codes[p.pos + 2];
        if (after === EQUAL || after === LSQB) return parseTypeAlias(p);
      }
      return parseExpressionStatement(p);
    default:
      return parseExpressionStatement(p);
  }
}

/** The span of a single token, as a statement position. */
function tokenSpan(tok: { line: number; byteCol: number; endLine: number; endByteCol: number }) {
  return {
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: tok.endLine,
    end_col_offset: tok.endByteCol,
  };
}

/** A start position with a placeholder end, for `p.finish`. */
export function startOf(tok: { line: number; byteCol: number }) {
  return { lineno: tok.line, col_offset: tok.byteCol, end_lineno: 0, end_col_offset: 0 };
}

/**
 * Expression statements and every assignment form: `a = b = c`, `a: T = v`, `a += v`, and a
 * bare expression. The left side is parsed as an expression and turned into targets afterwards.
 */
function parseExpressionStatement(p: Parser): Stmt {
  const startIndex = p.pos;
  const tok = p.toks[p.pos]!;
  const first = p.codes[p.pos] === KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
  const c = p.codes[p.pos]!;
  if (c === EQUAL) {
    const targets: Expr[] = [first];
    let value: Expr;
    for (;;) {
      p.pos++;
      const next = p.codes[p.pos]!;
      if (next !== KW_YIELD && next !== STAR && !startsExpression(next)) {
        // No value: CPython still names an invalid target first (`1 = `).
        for (const target of targets)
          if (!setContext(target, 'Store')) raiseInvalidTargets(p, targets);
        p.raiseInvalidSyntax();
      }
      let v: Expr;
      try {
        v = next === KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
      } catch (error) {
        // CPython's second pass reaches invalid_assignment, which names an invalid target
        // before reading this value (only invalid_named_expression's bitwise_or after the first
        // `=` is read before it).
        if (error instanceof PySyntaxError && targets.some((t) => !setContext(t, 'Store'))) {
          raiseAssignmentError(p, startIndex, targets, first);
        }
        throw error;
      }
      if (p.codes[p.pos] !== EQUAL) {
        value = v;
        break;
      }
      targets.push(v);
    }
    for (const target of targets) {
      if (!setContext(target, 'Store')) raiseAssignmentError(p, startIndex, targets, value);
    }
    return p.finish({ kind: 'Assign', targets, value, type_comment: null, ...startOf(tok) });
  }
  if (c === COLON) {
    const simple = first.kind === 'Name' && p.codes[startIndex] === NAME ? 1 : 0;
    // Without an annotation expression no annotation rule applies. A single target's rule took
    // the `:` and failed on what follows; for any other expression the `:` is where it stopped.
    if (!startsExpression(p.codes[p.pos + 1]!)) {
      if (first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')
        p.pos++;
      p.raiseInvalidSyntax();
    }
    if (!(first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
      raiseAnnotationError(p, startIndex, first);
    }
    setContext(first, 'Store');
    p.pos++;
    const annotation = parseExpression(p);
    let value: Expr | null = null;
    if (p.codes[p.pos] === EQUAL) {
      p.pos++;
      value = p.codes[p.pos] === KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
    }
    return p.finish({
      kind: 'AnnAssign',
      target: first,
      annotation,
      value,
      simple,
      ...startOf(tok),
    });
  }
  const op = AUGMENTED_OPERATOR[c];
  if (op !== undefined) {
    if (!(first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
      // invalid_assignment's `star_expressions augassign (yield_expr | star_expressions)` needs
      // the value: when it fails, its targeted error stands, or else the generic error where the
      // first pass stopped (at the operator, as no target rule took this expression).
      const opIndex = p.pos;
      const { furthest, furthestGenericError } = p;
      p.pos++;
      try {
        if (p.codes[p.pos] === KW_YIELD) parseYieldExpression(p);
        else parseStarExpressions(p);
      } catch (error) {
        if (error instanceof PySyntaxError && error.msg === 'invalid syntax') {
          p.furthest = furthest;
          p.furthestGenericError = furthestGenericError;
          p.raiseAtToken(opIndex, 'invalid syntax');
        }
        throw error;
      }
      p.pos = opIndex;
      p.furthest = furthest;
      p.furthestGenericError = furthestGenericError;
      p.raiseAtNode(
        first,
        `'${exprNameOf(first)}' is an illegal expression for augmented assignment`,
      );
    }
    setContext(first, 'Store');
    p.pos++;
    const value = p.codes[p.pos] === KW_YIELD ? parseYieldExpression(p) : parseStarExpressions(p);
    return p.finish({ kind: 'AugAssign', target: first, op, value, ...startOf(tok) });
  }
  return p.finish({ kind: 'Expr', value: first, ...startOf(tok) });
}

/** raise_stmt: `raise` [expression [`from` expression]]. */
function parseRaise(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  let exc: Expr | null = null;
  let cause: Expr | null = null;
  if (startsExpression(p.codes[p.pos]!)) {
    exc = parseExpression(p);
    if (p.codes[p.pos] === KW_FROM) {
      p.pos++;
      cause = parseExpression(p);
    }
  }
  return p.finish({ kind: 'Raise', exc, cause, ...startOf(tok) });
}

/** global_stmt / nonlocal_stmt: the keyword and comma-separated names. */
function parseGlobal(p: Parser): Stmt {
  const isGlobal = p.codes[p.pos] === KW_GLOBAL;
  const tok = p.toks[p.pos++]!;
  const names: string[] = [p.expectName()];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    names.push(p.expectName());
  }
  return p.finish(
    isGlobal
      ? { kind: 'Global', names, ...startOf(tok) }
      : { kind: 'Nonlocal', names, ...startOf(tok) },
  );
}

/** del_stmt: `del` targets (not a Tuple: each comma-separated item is one target). */
function parseDel(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  const startIndex = p.pos;
  const targets: Expr[] = [];
  try {
    for (;;) {
      const target = parseStarExpression(p);
      targets.push(target);
      if (p.codes[p.pos] !== COMMA) break;
      p.pos++;
      const c = p.codes[p.pos]!;
      if (c !== STAR && !startsExpression(c)) break;
    }
  } catch (error) {
    if (error instanceof PySyntaxError && error.msg === 'invalid syntax') {
      raiseInvalidDelOperands(p, startIndex);
      raiseAfterDelTargets(p, startIndex);
    }
    throw error;
  }
  const c = p.codes[p.pos];
  for (const target of targets) {
    if (!setContext(target, 'Del')) {
      p.pos = startIndex;
      const all = parseStarExpressions(p);
      raiseInvalidTarget(p, all, 'del');
      p.raiseInvalidSyntax();
    }
  }
  if (c !== SEMI && c !== NEWLINE) p.raiseInvalidSyntax();
  return p.finish({ kind: 'Delete', targets, ...startOf(tok) });
}

/**
 * invalid_del_stmt: `del` followed by star_expressions, read as PEG reads them (a failing trailer
 * ends the expression before it, whatever follows), with an operand that cannot be deleted:
 * "cannot delete X" (`del [0], y..z`). Returns when they do not parse or are all targets.
 */
function raiseInvalidDelOperands(p: Parser, startIndex: number): void {
  const { pos, depth, parenDepth } = p;
  const lenient = p.lenientTrailers;
  p.pos = startIndex;
  p.lenientTrailers = true;
  let operands: Expr;
  try {
    operands = parseStarExpressions(p);
  } catch {
    return;
  } finally {
    p.noteRead(p.pos);
    p.lenientTrailers = lenient;
    p.pos = pos;
    p.depth = depth;
    p.parenDepth = parenDepth;
  }
  raiseInvalidTarget(p, operands, 'del');
}

/**
 * The generic error of a `del` whose operands are not all targets: CPython's first pass read
 * del_targets (primaries, comma-separated) and stopped at the token after them, where the error
 * is reported (`del x[0] in y` points at `in`, not at what the expression grammar read after it).
 * Returns when the operands do not even start as primaries (the caller's error stands).
 */
function raiseAfterDelTargets(p: Parser, startIndex: number): void {
  p.pos = startIndex;
  for (;;) {
    const targetStart = p.pos;
    if (!STARTS_ATOM.has(p.codes[targetStart]!)) {
      // No del_target starts here (`lambda`, `yield`, `not`, an operator): the first pass read
      // no further than this token, whatever star_expressions reads on in the second pass.
      p.furthest = targetStart;
      p.furthestGenericError = null;
      p.raiseInvalidSyntax();
    }
    try {
      parsePrimary(p);
    } catch (error) {
      // Not a primary: the first pass stopped where reading it failed (`del x, y.` at the end,
      // `del x, +` at the `+`); when the first target fails, the caller's error says the same.
      if (targetStart === startIndex || !(error instanceof PySyntaxError)) return;
      throw error;
    }
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
  }
  p.furthest = p.pos;
  p.furthestGenericError = null;
  p.raiseInvalidSyntax();
}

/** The tokens an atom (and so a del_target) can start with. */
const STARTS_ATOM = new Set([
  NAME,
  NUMBER,
  STRING,
  FSTRING_START,
  KW_NONE,
  KW_TRUE,
  KW_FALSE,
  ELLIPSIS,
  LPAR,
  LSQB,
  LBRACE,
]);

/** import_name: `import` dotted_as_names. */
function parseImport(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  const names: Alias[] = [parseDottedAsName(p)];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    names.push(parseDottedAsName(p));
  }
  return p.finish({ kind: 'Import', names, ...startOf(tok) });
}

function parseDottedAsName(p: Parser): Alias {
  const first = p.toks[p.pos]!;
  const name = parseDottedName(p);
  let asname: string | null = null;
  if (p.codes[p.pos] === KW_AS) {
    p.pos++;
    asname = p.expectName();
  }
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'alias',
    name,
    asname,
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** dotted_name: NAME (`.` NAME)*, joined with dots. */
function parseDottedName(p: Parser): string {
  let name = p.expectName();
  while (p.codes[p.pos] === DOT) {
    p.pos++;
    name += `.${p.expectName()}`;
  }
  return name;
}

/** import_from: `from` dots [dotted_name] `import` (`*` | names | `(` names `)`). */
function parseImportFrom(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  let level = 0;
  for (;;) {
    const c = p.codes[p.pos];
    if (c === DOT) level++;
    else if (c === ELLIPSIS) level += 3;
    else break;
    p.pos++;
  }
  let module: string | null = null;
  if (p.codes[p.pos] !== KW_IMPORT || level === 0) module = parseDottedName(p);
  p.expect(KW_IMPORT);
  const names: Alias[] = [];
  if (p.codes[p.pos] === STAR) {
    const star = p.toks[p.pos++]!;
    names.push({ kind: 'alias', name: '*', asname: null, ...tokenSpan(star) });
  } else if (p.codes[p.pos] === LPAR) {
    p.pos++;
    names.push(parseImportAsName(p));
    while (p.codes[p.pos] === COMMA) {
      p.pos++;
      if (p.codes[p.pos] === RPAR) break;
      names.push(parseImportAsName(p));
    }
    p.expect(RPAR);
  } else {
    names.push(parseImportAsName(p));
    while (p.codes[p.pos] === COMMA) {
      p.pos++;
      if (p.codes[p.pos] === NEWLINE) {
        p.raiseAtToken(p.pos, 'trailing comma not allowed without surrounding parentheses');
      }
      names.push(parseImportAsName(p));
    }
  }
  const node: ImportFrom = { kind: 'ImportFrom', module, names, level, ...startOf(tok) };
  return p.finish(node);
}

function parseImportAsName(p: Parser): Alias {
  const first = p.toks[p.pos]!;
  const name = p.expectName();
  let asname: string | null = null;
  if (p.codes[p.pos] === KW_AS) {
    p.pos++;
    asname = p.expectName();
  }
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'alias',
    name,
    asname,
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** type_alias (3.12): `type` NAME [type_params] `=` expression. */
function parseTypeAlias(p: Parser): Stmt {
  const tok = p.toks[p.pos++]!;
  const nameTok = p.toks[p.pos]!;
  const name: Name = {
    kind: 'Name',
    id: identifierOf(nameTok),
    ctx: 'Store',
    ...tokenSpan(nameTok),
  };
  p.pos++;
  const typeParams = p.codes[p.pos] === LSQB ? parseTypeParams(p) : [];
  p.expect(EQUAL);
  const value = parseExpression(p);
  return p.finish({ kind: 'TypeAlias', name, type_params: typeParams, value, ...startOf(tok) });
}
