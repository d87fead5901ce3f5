// Expressions: from star_expressions down to atoms, following CPython 3.12's grammar rules of the
// same names, with precedence climbing for binary operators and loops (not recursion) for chains.
// Call arguments and parameters: parse-arguments.ts; strings: parse-fstrings.ts; targets: parse-targets.ts.

import type {
  Arguments,
  BinOp,
  BoolOp,
  CmpOperator,
  Constant,
  Expr,
  IfExp,
  Lambda,
  Name,
  NamedExpr,
  Operator,
  Slice,
  Starred,
  Tuple,
  UnaryOp,
  UnaryOperator,
} from './ast.js';
import { decodeNumber } from './number-literals.js';
import { parseCall, parseLambdaParameters } from './parse-arguments.js';
import { parseBraceDisplay, parseListDisplay, parseParenthesized } from './parse-displays.js';
import {
  raiseAfterElement,
  raiseCommaAfterLenientRead,
  raiseLegacyAfterSoftName,
  raiseMissingElse,
} from './parse-expression-errors.js';
import { parseStrings } from './parse-fstrings.js';
import {
  AMPER,
  AT,
  CIRCUMFLEX,
  COLON,
  COLONEQUAL,
  COMMA,
  DOT,
  DOUBLESLASH,
  DOUBLESTAR,
  ELLIPSIS,
  EQEQUAL,
  EQUAL,
  FSTRING_START,
  GREATER,
  GREATEREQUAL,
  identifierOf,
  KW_AND,
  KW_AWAIT,
  KW_ELSE,
  KW_FALSE,
  KW_FROM,
  KW_IF,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONE,
  KW_NOT,
  KW_OR,
  KW_TRUE,
  LBRACE,
  LEFTSHIFT,
  LESS,
  LESSEQUAL,
  LPAR,
  LSQB,
  MAX_NESTING_DEPTH,
  MAX_PAREN_DEPTH,
  MINUS,
  NAME,
  NOTEQUAL,
  NUMBER,
  type Parser,
  PERCENT,
  PLUS,
  RIGHTSHIFT,
  RSQB,
  SLASH,
  STAR,
  STRING,
  TILDE,
  VBAR,
} from './parse-state.js';
import { raiseEqualsAfterNamedExpression } from './parse-statement-errors.js';
import { exprName } from './parse-targets.js';
import { PySyntaxError, raisedInEveryReading } from './syntax-errors.js';
import type { Token } from './token.js';

// ---- operator tables, indexed by token code ----

/** Binary operator precedence by token code (0: not a binary operator). */
const BINARY_PRECEDENCE = new Uint8Array(128);
/** Binary operator by token code. */
const BINARY_OPERATOR: Operator[] = [];
for (const [code, prec, op] of [
  [VBAR, 1, 'BitOr'],
  [CIRCUMFLEX, 2, 'BitXor'],
  [AMPER, 3, 'BitAnd'],
  [LEFTSHIFT, 4, 'LShift'],
  [RIGHTSHIFT, 4, 'RShift'],
  [PLUS, 5, 'Add'],
  [MINUS, 5, 'Sub'],
  [STAR, 6, 'Mult'],
  [SLASH, 6, 'Div'],
  [DOUBLESLASH, 6, 'FloorDiv'],
  [PERCENT, 6, 'Mod'],
  [AT, 6, 'MatMult'],
] as const) {
  BINARY_PRECEDENCE[code] = prec;
  BINARY_OPERATOR[code] = op;
}

/** Comparison operator by token code (`not in` and `is not` are handled apart). */
const COMPARE_OPERATOR: (CmpOperator | undefined)[] = [];
COMPARE_OPERATOR[EQEQUAL] = 'Eq';
COMPARE_OPERATOR[NOTEQUAL] = 'NotEq';
COMPARE_OPERATOR[LESS] = 'Lt';
COMPARE_OPERATOR[LESSEQUAL] = 'LtE';
COMPARE_OPERATOR[GREATER] = 'Gt';
COMPARE_OPERATOR[GREATEREQUAL] = 'GtE';
COMPARE_OPERATOR[KW_IN] = 'In';
COMPARE_OPERATOR[KW_IS] = 'Is';

/** Token codes that can begin an expression (used where CPython's PEG would try and backtrack). */
const STARTS_EXPRESSION = new Uint8Array(128);
for (const code of [
  NAME,
  NUMBER,
  STRING,
  FSTRING_START,
  LPAR,
  LSQB,
  LBRACE,
  MINUS,
  PLUS,
  TILDE,
  KW_NOT,
  KW_LAMBDA,
  KW_AWAIT,
  KW_NONE,
  KW_TRUE,
  KW_FALSE,
  ELLIPSIS,
]) {
  STARTS_EXPRESSION[code] = 1;
}

/** Can the token with this code begin an expression (not counting `*` or `yield`)? */
export function startsExpression(code: number): boolean {
  return STARTS_EXPRESSION[code] === 1;
}

// ---- tuples and top-level lists ----

/**
 * star_expressions: one star_expression, or a comma-separated Tuple of them (trailing comma allowed).
 */
export function parseStarExpressions(p: Parser): Expr {
  const start = p.pos;
  const first = parseStarExpression(p);
  if (p.codes[p.pos] !== COMMA) return first;
  const elts: Expr[] = [first];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    const c = p.codes[p.pos]!;
    if (c !== STAR && STARTS_EXPRESSION[c] !== 1) break;
    elts.push(parseStarExpression(p));
  }
  return finishTuple(p, elts, start);
}

/** expressions: like star_expressions without stars (eval input, `except` lists). */
export function parseExpressions(p: Parser): Expr {
  const start = p.pos;
  const first = parseExpression(p);
  if (p.codes[p.pos] !== COMMA) return first;
  const elts: Expr[] = [first];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    if (STARTS_EXPRESSION[p.codes[p.pos]!] !== 1) break;
    elts.push(parseExpression(p));
  }
  return finishTuple(p, elts, start);
}

/** An unparenthesized Tuple from the start of its first element to the last consumed token. */
export function finishTuple(p: Parser, elts: Expr[], startIndex: number): Tuple {
  const last = p.lastToken();
  const first = p.toks[startIndex]!;
  return {
    kind: 'Tuple',
    elts,
    ctx: 'Load',
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** star_expression: `*` bitwise_or (a Starred) or an expression. */
export function parseStarExpression(p: Parser): Expr {
  if (p.codes[p.pos] === STAR) return parseStarred(p);
  return parseExpression(p);
}

/** star_named_expression: `*` bitwise_or or a named_expression. */
export function parseStarNamedExpression(p: Parser): Expr {
  if (p.codes[p.pos] === STAR) return parseStarred(p);
  return parseNamedExpression(p);
}

/** `*` bitwise_or as a Starred in Load context. */
function parseStarred(p: Parser): Starred {
  const tok = p.toks[p.pos++]!;
  const value = parseBitwiseOr(p);
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

/**
 * named_expression: NAME `:=` expression, or an expression not followed by `:=`. An `=` after it
 * gets CPython's invalid_named_expression messages unless `checkEquals` is false (call arguments).
 */
export function parseNamedExpression(
  p: Parser,
  checkEquals = true,
  checkWalrusTarget = true,
): Expr {
  const start = p.pos;
  if (p.codes[p.pos] === NAME && p.codes[p.pos + 1] === COLONEQUAL) {
    const tok = p.toks[p.pos]!;
    p.pos += 2;
    const target: Name = {
      kind: 'Name',
      id: identifierOf(tok),
      ctx: 'Store',
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: tok.endLine,
      end_col_offset: tok.endByteCol,
    };
    const value = parseExpression(p);
    const last = p.toks[p.pos - 1]!;
    const node: NamedExpr = {
      kind: 'NamedExpr',
      target,
      value,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: last.endLine,
      end_col_offset: last.endByteCol,
    };
    return node;
  }
  const e = parseExpression(p);
  const c = p.codes[p.pos];
  if (c === COLONEQUAL && checkWalrusTarget && startsExpression(p.codes[p.pos + 1]!)) {
    p.raiseAtNode(e, `cannot use assignment expressions with ${exprName(e)}`);
  }
  if (c === EQUAL && checkEquals) raiseEqualsAfterNamedExpression(p, start, e, p.pos);
  return e;
}

// ---- expression: lambda and conditional chains, built without recursion ----

/**
 * expression: a disjunction, `a if b else c`, or a lambda. Chains of lambdas and of `else` arms
 * are collected in a loop and built inside out, so deep chains cost no JS stack.
 */
export function parseExpression(p: Parser): Expr {
  if (p.parenDepth === 0 || p.lenientTrailers || p.invalidRulesOff > 0) {
    return parseExpressionAt(p);
  }
  // Inside brackets invalid_expression sees the failure too (see raiseCommaAfterLenientRead).
  const start = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  try {
    return parseExpressionAt(p);
  } catch (error) {
    if (error instanceof PySyntaxError && error.msg === 'invalid syntax') {
      raiseCommaAfterLenientRead(p, start, savedDepth, savedParens);
    }
    throw error;
  }
}

function parseExpressionAt(p: Parser): Expr {
  const start = p.pos;
  if (p.codes[start] !== KW_LAMBDA) {
    const d = parseDisjunction(p);
    if (p.codes[p.pos] !== KW_IF) return d;
    return parseConditionalChain(p, d, start);
  }
  return parseConditionalChain(p, null, start);
}

/** Pending outer nodes of a chain: a lambda header or the `body if test` of a conditional. */
interface PendingFrame {
  readonly lambdaArgs: Arguments | null;
  /** The first token of the lambda or of the conditional's body. */
  readonly startToken: Token;
  readonly body: Expr | null;
  readonly test: Expr | null;
  /** Token index of the conditional's `if` (-1 for a lambda). */
  readonly ifIndex: number;
}

/**
 * The test of `body if test`. When it fails with the generic error, invalid_expression's
 * `disjunction 'if' disjunction !('else'|':')` still sees the longest disjunction PEG reads there
 * (backtracking out of a failing trailer or operand) and reports the missing `else` over both.
 */
function parseConditionTest(p: Parser, body: Expr): Expr {
  const start = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  try {
    return parseDisjunction(p);
  } catch (error) {
    if (
      !(error instanceof PySyntaxError) ||
      error.msg !== 'invalid syntax' ||
      p.lenientTrailers ||
      p.lenientRetries <= 0
    ) {
      throw error;
    }
    p.lenientRetries--;
    const failedAt = p.pos;
    p.noteRead(p.pos);
    p.pos = start;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
    const lenient = p.lenientTrailers;
    p.lenientTrailers = true;
    let test: Expr | null = null;
    try {
      test = parseDisjunction(p);
    } catch (error) {
      if (raisedInEveryReading(error)) throw error;
      test = null;
    } finally {
      p.lenientTrailers = lenient;
    }
    const c = p.codes[p.pos];
    if (test !== null && c !== KW_ELSE && c !== COLON) {
      p.raiseRange(body, test, "expected 'else' after 'if' expression");
    }
    p.noteRead(p.pos);
    p.pos = failedAt;
    throw error;
  }
}

function parseConditionalChain(p: Parser, first: Expr | null, firstStart: number): Expr {
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  const frames: PendingFrame[] = [];
  let current = first;
  let currentStart = firstStart;
  // The `if` whose test and `else` are being read (-1: none).
  let readingIf = -1;
  for (;;) {
    try {
      if (current === null) {
        currentStart = p.pos;
        if (p.codes[p.pos] === KW_LAMBDA) {
          const tok = p.toks[p.pos++]!;
          const args = parseLambdaParameters(p);
          // In an f-string field a top-level `:` starts the format spec (3.11 reads `(lambda x)`).
          if (p.parenDepth === p.fstringFieldDepth) p.raiseInvalidSyntax();
          p.expect(COLON);
          frames.push({ lambdaArgs: args, startToken: tok, body: null, test: null, ifIndex: -1 });
          if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
          continue;
        }
        current = parseDisjunction(p);
      }
      if (p.codes[p.pos] === KW_IF) {
        readingIf = p.pos;
        p.pos++;
        const test = parseConditionTest(p, current);
        if (p.codes[p.pos] !== KW_ELSE) raiseMissingElse(p, current, test);
        p.pos++;
        frames.push({
          lambdaArgs: null,
          startToken: p.toks[currentStart]!,
          body: current,
          test,
          ifIndex: readingIf,
        });
        readingIf = -1;
        if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
        current = null;
        continue;
      }
      break;
    } catch (error) {
      // PEG backtracking (lenient reading): when what follows an `if` fails, the innermost
      // conditional is its body alone (expression's `disjunction` alternative), before the `if`.
      if (!p.lenientTrailers || !(error instanceof PySyntaxError) || raisedInEveryReading(error)) {
        throw error;
      }
      p.noteRead(p.pos);
      if (readingIf < 0 || current === null) {
        let at = frames.length - 1;
        while (at >= 0 && frames[at]!.ifIndex < 0) at--;
        if (at < 0) throw error;
        const frame = frames[at]!;
        frames.length = at;
        current = frame.body!;
        readingIf = frame.ifIndex;
      }
      p.pos = readingIf;
      p.parenDepth = savedParens;
      break;
    }
  }
  if (current === null) return p.raiseInvalidSyntax();
  let result: Expr = current;
  const last = p.toks[p.pos - 1]!;
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    const tok = frame.startToken;
    if (frame.lambdaArgs !== null) {
      const lambda: Lambda = {
        kind: 'Lambda',
        args: frame.lambdaArgs,
        body: result,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: last.endLine,
        end_col_offset: last.endByteCol,
      };
      result = lambda;
    } else {
      const node: IfExp = {
        kind: 'IfExp',
        test: frame.test!,
        body: frame.body!,
        orelse: result,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: last.endLine,
        end_col_offset: last.endByteCol,
      };
      result = node;
    }
  }
  p.depth = savedDepth;
  return result;
}

// ---- boolean operators and comparisons ----

/** disjunction: conjunction (`or` conjunction)* as one BoolOp. */
export function parseDisjunction(p: Parser): Expr {
  const start = p.pos;
  const first = parseConjunction(p);
  if (p.codes[p.pos] !== KW_OR) {
    p.disjunctionEnd = p.pos;
    return first;
  }
  const values: Expr[] = [first];
  while (p.codes[p.pos] === KW_OR) {
    p.pos++;
    values.push(parseConjunction(p));
  }
  p.disjunctionEnd = p.pos;
  return makeBoolOp(p, 'Or', values, start);
}

function parseConjunction(p: Parser): Expr {
  const start = p.pos;
  const first = parseInversion(p);
  if (p.codes[p.pos] !== KW_AND) return first;
  const values: Expr[] = [first];
  while (p.codes[p.pos] === KW_AND) {
    p.pos++;
    values.push(parseInversion(p));
  }
  return makeBoolOp(p, 'And', values, start);
}

function makeBoolOp(p: Parser, op: 'And' | 'Or', values: Expr[], start: number): BoolOp {
  const first = p.toks[start]!;
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'BoolOp',
    op,
    values,
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** inversion: `not`* comparison, built without recursion. */
function parseInversion(p: Parser): Expr {
  if (p.codes[p.pos] !== KW_NOT) return parseComparison(p);
  const start = p.pos;
  while (p.codes[p.pos] === KW_NOT) p.pos++;
  const count = p.pos - start;
  if (p.depth + count > MAX_NESTING_DEPTH) p.raiseTooDeep();
  p.depth += count;
  let operand = parseComparison(p);
  p.depth -= count;
  const last = p.toks[p.pos - 1]!;
  for (let k = count - 1; k >= 0; k--) {
    const tok = p.toks[start + k]!;
    const node: UnaryOp = {
      kind: 'UnaryOp',
      op: 'Not',
      operand,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: last.endLine,
      end_col_offset: last.endByteCol,
    };
    operand = node;
  }
  return operand;
}

/** comparison: bitwise_or (compare_op bitwise_or)* as one Compare. */
function parseComparison(p: Parser): Expr {
  const start = p.pos;
  const left = parseBitwiseOr(p);
  let op = compareOperatorAt(p);
  if (op === undefined) return left;
  const ops: CmpOperator[] = [];
  const comparators: Expr[] = [];
  let opStart = p.pos - (op === 'NotIn' || op === 'IsNot' ? 2 : 1);
  do {
    if (p.lenientTrailers) {
      // PEG backtracking: a failing comparand ends the comparison before its operator.
      const parens = p.parenDepth;
      try {
        comparators.push(parseBitwiseOr(p));
      } catch (error) {
        if (raisedInEveryReading(error)) throw error;
        if (!(error instanceof PySyntaxError)) throw error;
        p.noteRead(p.pos);
        p.pos = opStart;
        p.parenDepth = parens;
        break;
      }
    } else {
      comparators.push(parseBitwiseOr(p));
    }
    ops.push(op);
    opStart = p.pos;
    op = compareOperatorAt(p);
  } while (op !== undefined);
  if (ops.length === 0) return left;
  const first = p.toks[start]!;
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'Compare',
    left,
    ops,
    comparators,
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** Consumes a comparison operator and returns it, or returns undefined consuming nothing. */
function compareOperatorAt(p: Parser): CmpOperator | undefined {
  const c = p.codes[p.pos]!;
  if (c === KW_NOT) {
    if (p.codes[p.pos + 1] !== KW_IN) return undefined;
    p.pos += 2;
    return 'NotIn';
  }
  const op = COMPARE_OPERATOR[c];
  if (op === undefined) return undefined;
  if (c === KW_IS && p.codes[p.pos + 1] === KW_NOT) {
    p.pos += 2;
    return 'IsNot';
  }
  p.pos++;
  return op;
}

// ---- binary operators: precedence climbing ----

/** bitwise_or: every binary operator from `|` down to `*`, by precedence climbing. */
export function parseBitwiseOr(p: Parser): Expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrecedence: number): Expr {
  const start = p.pos;
  let left = parseFactor(p);
  let prec = BINARY_PRECEDENCE[p.codes[p.pos]!]!;
  if (prec < minPrecedence) return left;
  const savedDepth = p.depth;
  while (prec >= minPrecedence && prec !== 0) {
    const op = BINARY_OPERATOR[p.codes[p.pos]!]!;
    const opIndex = p.pos;
    p.pos++;
    if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
    let right: Expr;
    if (p.lenientTrailers) {
      // PEG backtracking: a failing right operand leaves the left one as the result.
      const parens = p.parenDepth;
      try {
        right = prec === 6 ? parseFactor(p) : parseBinary(p, prec + 1);
      } catch (error) {
        if (raisedInEveryReading(error)) throw error;
        if (!(error instanceof PySyntaxError)) throw error;
        p.noteRead(p.pos);
        p.pos = opIndex;
        p.parenDepth = parens;
        break;
      }
    } else {
      right = prec === 6 ? parseFactor(p) : parseBinary(p, prec + 1);
    }
    const first = p.toks[start]!;
    const last = p.toks[p.pos - 1]!;
    const node: BinOp = {
      kind: 'BinOp',
      left,
      op,
      right,
      lineno: first.line,
      col_offset: first.byteCol,
      end_lineno: last.endLine,
      end_col_offset: last.endByteCol,
    };
    left = node;
    prec = BINARY_PRECEDENCE[p.codes[p.pos]!]!;
  }
  p.depth = savedDepth;
  return left;
}

// ---- unary operators and power, built without recursion ----

/**
 * factor: unary `+ - ~` and power (`a ** factor`), right-associative. Collected in one loop:
 * a stack of unary-operator token indexes (numbers) and `**` bases (Exprs), built inside out.
 */
function parseFactor(p: Parser): Expr {
  const start = p.pos;
  const c = p.codes[start]!;
  if (c !== PLUS && c !== MINUS && c !== TILDE) {
    const base = parseAwaitPrimary(p);
    if (p.codes[p.pos] !== DOUBLESTAR) return base;
    p.pos++;
    return parseFactorChain(p, [base], [start]);
  }
  return parseFactorChain(p, [], []);
}

/** `stack` holds unary-operator token indexes and `**` bases; `baseStarts` the bases' first tokens. */
function parseFactorChain(p: Parser, stack: (number | Expr)[], baseStarts: number[]): Expr {
  const savedDepth = p.depth;
  let result: Expr;
  for (;;) {
    const operandStart = p.pos;
    const stackLength = stack.length;
    let c = p.codes[p.pos]!;
    let base: Expr;
    try {
      while (c === PLUS || c === MINUS || c === TILDE) {
        stack.push(p.pos);
        p.pos++;
        if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
        c = p.codes[p.pos]!;
      }
      base = parseAwaitPrimary(p);
    } catch (error) {
      if (raisedInEveryReading(error)) throw error;
      // PEG backtracking (lenient reading): a failing operand after `**` leaves the power as its
      // base alone, ending before the `**`.
      const top = stack[stackLength - 1];
      if (!p.lenientTrailers || !(error instanceof PySyntaxError) || typeof top !== 'object') {
        throw error;
      }
      p.noteRead(p.pos);
      stack.length = stackLength - 1;
      baseStarts.pop();
      p.pos = operandStart - 1;
      base = top;
      result = base;
      break;
    }
    const baseStart = operandStart + (stack.length - stackLength);
    if (p.codes[p.pos] === DOUBLESTAR) {
      p.pos++;
      stack.push(base);
      baseStarts.push(baseStart);
      if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
      continue;
    }
    result = base;
    break;
  }
  const last = p.toks[p.pos - 1]!;
  let baseIndex = baseStarts.length - 1;
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (typeof entry === 'number') {
      const tok = p.toks[entry]!;
      const code = p.codes[entry]!;
      const op: UnaryOperator = code === MINUS ? 'USub' : code === PLUS ? 'UAdd' : 'Invert';
      const node: UnaryOp = {
        kind: 'UnaryOp',
        op,
        operand: result,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: last.endLine,
        end_col_offset: last.endByteCol,
      };
      result = node;
    } else {
      const tok = p.toks[baseStarts[baseIndex--]!]!;
      const node: BinOp = {
        kind: 'BinOp',
        left: entry,
        op: 'Pow',
        right: result,
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: last.endLine,
        end_col_offset: last.endByteCol,
      };
      result = node;
    }
  }
  p.depth = savedDepth;
  return result;
}

// ---- primaries ----

/** await_primary: `await` primary, or primary. */
function parseAwaitPrimary(p: Parser): Expr {
  if (p.codes[p.pos] !== KW_AWAIT) return parsePrimary(p);
  const tok = p.toks[p.pos++]!;
  const value = parsePrimary(p);
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'Await',
    value,
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

/** primary: an atom followed by any number of `.name`, `(args)` and `[slices]` trailers. */
export function parsePrimary(p: Parser): Expr {
  const start = p.pos;
  let e = parseAtom(p);
  let c = p.codes[p.pos]!;
  if (c !== DOT && c !== LPAR && c !== LSQB) return e;
  const savedDepth = p.depth;
  const first = p.toks[start]!;
  for (;;) {
    if (c !== DOT && c !== LPAR && c !== LSQB) break;
    if (p.lenientTrailers) {
      const trailerStart = p.pos;
      const parens = p.parenDepth;
      try {
        e = parseTrailer(p, e, first, c);
      } catch (error) {
        if (raisedInEveryReading(error)) throw error;
        if (!(error instanceof PySyntaxError)) throw error;
        p.noteRead(p.pos);
        p.pos = trailerStart;
        p.parenDepth = parens;
        break;
      }
    } else {
      e = parseTrailer(p, e, first, c);
    }
    if (++p.depth > MAX_NESTING_DEPTH) p.raiseTooDeep();
    c = p.codes[p.pos]!;
  }
  p.depth = savedDepth;
  return e;
}

/** One `.name`, `(args)` or `[slices]` trailer (`c` is its first token) applied to `e`. */
function parseTrailer(p: Parser, e: Expr, first: Token, c: number): Expr {
  if (c === LPAR) return parseCall(p, e, first);
  if (c === LSQB) return parseSubscript(p, e, first);
  p.pos++;
  const nameTok = p.toks[p.pos]!;
  const attr = p.expectName();
  return {
    kind: 'Attribute',
    value: e,
    attr,
    ctx: 'Load',
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: nameTok.endLine,
    end_col_offset: nameTok.endByteCol,
  };
}

/** `value[slices]`: a Subscript in Load context. */
function parseSubscript(p: Parser, value: Expr, first: Token): Expr {
  const open = p.pos;
  p.pos++;
  enterBracket(p);
  let slice: Expr;
  let close: Token;
  try {
    slice = parseSlices(p);
    // A starred subscript element is `'*' expression` (whose value invalid_expression checks).
    if (p.codes[p.pos] !== RSQB) raiseAfterElement(p, lastElement(slice), true);
    close = p.expect(RSQB);
  } catch (error) {
    if (error instanceof PySyntaxError && error.msg === 'invalid syntax') {
      raiseComprehensionAfterPrimary(p, open);
      raiseLegacyAfterSoftName(p, value, open);
    }
    throw error;
  }
  p.parenDepth--;
  return {
    kind: 'Subscript',
    value,
    slice,
    ctx: 'Load',
    lineno: first.line,
    col_offset: first.byteCol,
    end_lineno: close.endLine,
    end_col_offset: close.endByteCol,
  };
}

const COMPREHENSION_TARGET_ERRORS = new Set([
  'iterable unpacking cannot be used in comprehension',
  'did you forget parentheses around the comprehension target?',
]);

/**
 * CPython's `primary genexp` comes before the subscript, and genexp's invalid_comprehension also
 * takes `[`: a subscript that fails is read again from `open` as a list display, whose
 * comprehension-target errors (`v[*a for a in b]`, `v[a, b for a in c]`) are raised. The cursor
 * is put back otherwise.
 */
function raiseComprehensionAfterPrimary(p: Parser, open: number): void {
  const { pos, depth, parenDepth, readLimit, furthest, furthestGenericError, disjunctionEnd } = p;
  p.pos = open;
  try {
    parseListDisplay(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    if (error instanceof PySyntaxError && COMPREHENSION_TARGET_ERRORS.has(error.msg)) throw error;
  }
  // What this reading fetched past the failed subscript does not count (invalid_comprehension
  // stops early when the display is not a comprehension).
  p.readLimit = readLimit;
  p.furthest = furthest;
  p.furthestGenericError = furthestGenericError;
  p.disjunctionEnd = disjunctionEnd;
  p.pos = pos;
  p.depth = depth;
  p.parenDepth = parenDepth;
}

/** The last element of a bare tuple, or the expression itself. */
export function lastElement(e: Expr): Expr {
  return e.kind === 'Tuple' && e.elts.length > 0 ? e.elts[e.elts.length - 1]! : e;
}

/** Counts an opened bracket, failing past CPython's 200 levels. */
export function enterBracket(p: Parser): void {
  if (++p.parenDepth > MAX_PAREN_DEPTH) p.raiseTooManyParens();
}

/** slices: one slice, or a Tuple of slices and starred expressions. */
function parseSlices(p: Parser): Expr {
  const start = p.pos;
  const first = parseSliceOrStarred(p);
  if (p.codes[p.pos] !== COMMA) {
    // `a[*b]` is a one-element tuple: `slice !','` does not take a starred expression.
    return first.kind === 'Starred' ? finishTuple(p, [first], start) : first;
  }
  const elts: Expr[] = [first];
  while (p.codes[p.pos] === COMMA) {
    p.pos++;
    if (p.codes[p.pos] === RSQB) break;
    elts.push(parseSliceOrStarred(p));
  }
  return finishTuple(p, elts, start);
}

function parseSliceOrStarred(p: Parser): Expr {
  const c = p.codes[p.pos]!;
  if (c === STAR) {
    const tok = p.toks[p.pos++]!;
    const value = parseExpression(p);
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
  const start = p.pos;
  if (c === COLON) return parseSliceRest(p, null, start);
  const lower = parseNamedExpression(p);
  if (p.codes[p.pos] !== COLON) return lower;
  if (lower.kind === 'NamedExpr' && p.codes[start] !== LPAR) p.raiseInvalidSyntax();
  return parseSliceRest(p, lower, start);
}

/** The rest of a slice after its lower bound (or none), from the first `:`. */
function parseSliceRest(p: Parser, lower: Expr | null, start: number): Slice {
  const startTok = p.toks[start]!;
  p.pos++;
  let upper: Expr | null = null;
  let step: Expr | null = null;
  let c = p.codes[p.pos]!;
  if (c !== COLON && c !== COMMA && c !== RSQB) upper = parseExpression(p);
  if (p.codes[p.pos] === COLON) {
    p.pos++;
    c = p.codes[p.pos]!;
    if (c !== COMMA && c !== RSQB) step = parseExpression(p);
  }
  const last = p.lastToken();
  return {
    kind: 'Slice',
    lower,
    upper,
    step,
    lineno: startTok.line,
    col_offset: startTok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}

// ---- atoms ----

/** atom: names, constants, strings, numbers, and the bracketed displays and comprehensions. */
export function parseAtom(p: Parser): Expr {
  const tok = p.toks[p.pos]!;
  switch (p.codes[p.pos]) {
    case NAME: {
      p.pos++;
      const node: Name = {
        kind: 'Name',
        id: identifierOf(tok),
        ctx: 'Load',
        lineno: tok.line,
        col_offset: tok.byteCol,
        end_lineno: tok.endLine,
        end_col_offset: tok.endByteCol,
      };
      return node;
    }
    case NUMBER:
      p.pos++;
      return makeConstant(
        decodeNumber(tok.text),
        tok.line,
        tok.byteCol,
        tok.endLine,
        tok.endByteCol,
      );
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
    case ELLIPSIS:
      p.pos++;
      return makeConstant(ELLIPSIS_VALUE, tok.line, tok.byteCol, tok.endLine, tok.endByteCol);
    case LPAR:
      return parseParenthesized(p);
    case LSQB:
      return parseListDisplay(p);
    case LBRACE:
      return parseBraceDisplay(p);
    default:
      return p.raiseInvalidSyntax();
  }
}

const ELLIPSIS_VALUE = { type: 'ellipsis' } as const;

/** A Constant node with no `kind` marker. */
export function makeConstant(
  value: Constant['value'],
  lineno: number,
  col: number,
  endLineno: number,
  endCol: number,
): Constant {
  return {
    kind: 'Constant',
    value,
    constant_kind: null,
    lineno,
    col_offset: col,
    end_lineno: endLineno,
    end_col_offset: endCol,
  };
}

// ---- yield ----

/** yield_expr: `yield from` expression, or `yield` [star_expressions]. */
export function parseYieldExpression(p: Parser): Expr {
  const tok = p.toks[p.pos++]!;
  if (p.codes[p.pos] === KW_FROM) {
    p.pos++;
    const value = parseExpression(p);
    return {
      kind: 'YieldFrom',
      value,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: p.toks[p.pos - 1]!.endLine,
      end_col_offset: p.toks[p.pos - 1]!.endByteCol,
    };
  }
  const c = p.codes[p.pos]!;
  if (c === STAR || STARTS_EXPRESSION[c] === 1) {
    const value = parseStarExpressions(p);
    return {
      kind: 'Yield',
      value,
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: p.toks[p.pos - 1]!.endLine,
      end_col_offset: p.toks[p.pos - 1]!.endByteCol,
    };
  }
  return {
    kind: 'Yield',
    value: null,
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: tok.endLine,
    end_col_offset: tok.endByteCol,
  };
}
