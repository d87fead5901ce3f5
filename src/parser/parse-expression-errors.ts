// CPython's targeted expression errors (Grammar/python.gram invalid_expression,
// invalid_legacy_expression, missing `else`), raised when the expression grammar meets a token it
// cannot continue with. Statement-level errors live in parse-statement-errors.ts.

import type { Expr } from './ast.js';
import {
  parseDisjunction,
  parseExpression,
  parseStarExpressions,
  parseStarNamedExpression,
  startsExpression,
} from './parse-expressions.js';
import {
  COLON,
  COLONEQUAL,
  COMMA,
  FSTRING_START,
  KW_ELSE,
  LBRACE,
  LPAR,
  LSQB,
  NAME,
  type Parser,
  RPAR,
  STAR,
  STRING,
} from './parse-state.js';
import { exprName } from './parse-targets.js';
import { PySyntaxError, raisedInEveryReading } from './syntax-errors.js';

/**
 * Whether a name is what 3.11's SOFT_KEYWORD token (which `invalid_expression` refuses to start
 * with) matches: CPython compares only the name's length of each soft keyword (`_`, `case`,
 * `match`), so any non-empty prefix of one matches too (`c`, `ma`).
 */
function isSoftKeywordToken(name: string): boolean {
  return name === '_' || 'case'.startsWith(name) || 'match'.startsWith(name);
}

/**
 * invalid_expression's second alternative: `a if b` with neither `else` nor `:` after it gives
 * "expected 'else' after 'if' expression"; otherwise the generic error.
 */
export function raiseMissingElse(p: Parser, body: Expr, test: Expr): never {
  const c = p.codes[p.pos];
  if (c !== KW_ELSE && c !== COLON)
    p.raiseRange(body, test, "expected 'else' after 'if' expression");
  return p.raiseInvalidSyntax();
}

/**
 * The element `e` of a bracketed display or argument list was followed by a token that cannot
 * come next. When another expression starts there, CPython says "invalid syntax. Perhaps you
 * forgot a comma?" over both; otherwise it is the generic error at the token.
 */
export function raiseAfterElement(p: Parser, e: Expr, starredValue = false): never {
  // A reading without targeted errors fetches nothing past the failure (no invalid_expression).
  if (p.invalidRulesOff > 0) return p.raiseInvalidSyntax();
  const a = rightmostDisjunction(p, starredValue && e.kind === 'Starred' ? e.value : e);
  if (a !== null && !startsWithNameString(p, a) && !isLegacyName(a)) {
    const b = tryParseExpression(p);
    if (b !== null) p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
  }
  if (!(starredValue && e.kind === 'Starred')) raiseLegacyExpression(p, e);
  return p.raiseInvalidSyntax();
}

/**
 * An expression inside brackets failed with the generic error somewhere within it (`g(f(yield))`).
 * CPython's invalid_expression reads the disjunction there as PEG does, backtracking out of the
 * failing trailer or operand (`f`), and when another expression starts right after it
 * (`(yield)`), reports "Perhaps you forgot a comma?" over both. Returns otherwise (the caller's
 * generic error stands); the cursor and nesting counts are left as they were at the failure.
 */
export function raiseCommaAfterLenientRead(
  p: Parser,
  start: number,
  savedDepth: number,
  savedParens: number,
): void {
  if (p.lenientRetries <= 0) return;
  p.lenientRetries--;
  const { pos, depth, parenDepth } = p;
  const lenient = p.lenientTrailers;
  p.noteRead(p.pos);
  p.pos = start;
  p.depth = savedDepth;
  p.parenDepth = savedParens;
  p.lenientTrailers = true;
  let a: Expr | null = null;
  try {
    a = parseDisjunction(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    a = null;
  } finally {
    p.lenientTrailers = lenient;
  }
  if (a !== null && startsExpression(p.codes[p.pos]!)) {
    if (!startsWithNameString(p, a) && !isLegacyName(a)) {
      const b = tryParseExpression(p);
      if (b !== null) p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
    }
  }
  p.noteRead(p.pos);
  p.pos = pos;
  p.depth = depth;
  p.parenDepth = parenDepth;
}

/**
 * A statement-level expression `e` was followed by an unexpected token: `print x` gives the
 * "Missing parentheses" message; otherwise the generic error.
 */
export function raiseAfterStatementExpression(p: Parser, e: Expr): never {
  if (p.codes[p.pos] === COLONEQUAL && e.kind !== 'Name' && e.kind !== 'Tuple') {
    if (startsExpression(p.codes[p.pos + 1]!)) {
      p.raiseAtNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
  }
  if (e.kind === 'Tuple' && startsExpression(p.codes[p.pos]!)) {
    // invalid_assignment's `star_named_expression ',' star_named_expressions* ':' expression`
    // reads more star_named_expressions here, each a named_expression whose `x = y` error can
    // fire (`a, b c = d`); a `:` and an expression after them make it "only single target".
    const saved = p.pos;
    // Reading on here is the second pass: where no rule matches, the generic error stays where
    // the first pass stopped (`x, a a: (f(for))` at the second `a`, not at `for`).
    const { furthest, furthestGenericError } = p;
    let complete = true;
    try {
      const startsItem = (code: number) => code === STAR || startsExpression(code);
      let previous: Expr = e.elts[e.elts.length - 1]!;
      let previousMemoized = false;
      while (startsItem(p.codes[p.pos]!)) {
        // This item follows the previous one without a comma: the previous one's
        // invalid_expression read it first, without targeted errors, and that reading is
        // memoized (`a, f f(x, *)` reads `f` here, then the parenthesized `(x, *)`). A memoized
        // item that ended before a failing trailer was read with that trailer, even when no
        // invalid_expression starts at it (`a, b match(1 2)`).
        const juxtaposed = juxtaposedAfterInvalidExpression(p, previous);
        const readMemoized: boolean =
          juxtaposed || (previousMemoized && (p.codes[p.pos] === LPAR || p.codes[p.pos] === LSQB));
        const item = readMemoized ? parseMemoizedItem(p) : parseStarNamedExpression(p);
        if (item === null) {
          complete = false;
          break;
        }
        previous = item;
        previousMemoized = readMemoized;
        while (p.codes[p.pos] === COMMA && startsItem(p.codes[p.pos + 1]!)) {
          p.pos++;
          previous = parseStarNamedExpression(p);
        }
        if (p.codes[p.pos] === COMMA) p.pos++;
      }
    } catch (error) {
      if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
      complete = false;
    }
    if (complete && isUnparenthesizedTuple(e) && p.codes[p.pos] === COLON) {
      p.pos++;
      const annotationStart = p.pos;
      const { depth, parenDepth } = p;
      try {
        parseExpression(p);
      } catch (error) {
        if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
        // The annotation as PEG reads it (a failing trailer ends it: `x, a a: f(for)`).
        try {
          reparseAsPeg(p, annotationStart, depth, parenDepth);
        } catch (inner) {
          if (inner instanceof PySyntaxError && inner.msg !== 'invalid syntax') throw inner;
          complete = false;
        }
      }
      if (complete) p.raiseAtNode(e.elts[0]!, 'only single target (not tuple) can be annotated');
    }
    p.furthest = furthest;
    p.furthestGenericError = furthestGenericError;
    p.pos = saved;
  }
  raiseLegacyExpression(p, e);
  return p.raiseInvalidSyntax();
}

/**
 * Whether the item at the cursor, right after `previous` with no comma between, was read by
 * `previous`'s invalid_expression (`!(NAME STRING | SOFT_KEYWORD) disjunction
 * expression_without_invalid`).
 */
function juxtaposedAfterInvalidExpression(p: Parser, previous: Expr): boolean {
  if (p.codes[p.pos - 1] === COMMA || p.codes[p.pos] === STAR) return false;
  const a = rightmostDisjunction(p, previous);
  return a !== null && !startsWithNameString(p, a);
}

/**
 * An item whose disjunction CPython memoized while invalid rules were off: read as PEG reads it
 * (a failing trailer or operand ends it) with no targeted error; null when nothing parses.
 */
function parseMemoizedItem(p: Parser): Expr | null {
  const start = p.pos;
  const { depth, parenDepth, furthest, furthestGenericError } = p;
  // A brace display's targeted errors still fire (CPython read it with invalid rules on first).
  if (p.codes[start] === LBRACE) return parseStarNamedExpression(p);
  // invalid_named_expression was not memoized (`b c = 1`), and its `!(list | tuple | genexp)`
  // reads a bracketed item again with invalid rules on: its own errors fire, as do
  // invalid_expression's other than the comma one (`b c if d`).
  try {
    parseStarNamedExpression(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    if (error instanceof PySyntaxError && UNMEMOIZED_ERROR.test(error.msg)) throw error;
  }
  p.noteRead(p.pos);
  p.pos = start;
  p.depth = depth;
  p.parenDepth = parenDepth;
  const lenient = p.lenientTrailers;
  p.lenientTrailers = true;
  p.invalidRulesOff++;
  try {
    return parseStarNamedExpression(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    p.noteRead(p.pos);
    p.pos = start;
    p.depth = depth;
    p.parenDepth = parenDepth;
    return null;
  } finally {
    p.lenientTrailers = lenient;
    p.invalidRulesOff--;
    p.furthest = furthest;
    p.furthestGenericError = furthestGenericError;
  }
}

/**
 * Messages of the rules above the memoized disjunction (invalid_named_expression, and
 * invalid_expression's conditional alternative), which still fire on a memoized item.
 */
const UNMEMOIZED_ERROR =
  /^(invalid syntax\. Maybe you meant '==' or ':=' instead of '='\?|cannot assign to |cannot use assignment expressions with |expected 'else' after 'if' expression)/;

/**
 * A compound statement header's expression `e` was followed by a token other than `:` or the
 * line's end: only invalid_legacy_expression's reading applies there; returns when it finds
 * nothing (the caller raises the generic error).
 */
export function raiseAfterHeaderExpression(p: Parser, e: Expr): void {
  raiseLegacyExpression(p, e);
}

/**
 * Eval input's expressions `e` were followed by a token other than the end: only
 * invalid_legacy_expression applies there (`print x`); otherwise the generic error.
 */
export function raiseAfterEvalExpressions(p: Parser, e: Expr): never {
  raiseLegacyExpression(p, e);
  return p.raiseInvalidSyntax();
}

/**
 * invalid_legacy_expression, `NAME !'(' star_expressions`: after any name CPython reads the
 * expressions that follow with its targeted errors on, so an error inside them is the one
 * reported (`im{port a.b}` is "forgot a comma" inside the braces); after `print` / `exec` a
 * readable star_expressions gives "Missing parentheses in call to ...".
 */
function raiseLegacyExpression(p: Parser, e: Expr): void {
  if (e.kind !== 'Name') {
    raiseInsideFollowingBraces(p, e);
    return;
  }
  if (p.codes[p.pos] === LPAR || !startsExpression(p.codes[p.pos]!)) return;
  // Each reading is a retry of what follows: the shared budget keeps nested ones linear.
  if (!isLegacyName(e)) {
    if (p.lenientRetries <= 0) return;
    p.lenientRetries--;
  }
  const start = p.pos;
  // After `name name`, what invalid_expression's expression_without_invalid read from the
  // second name is memoized without targeted errors (`whle bool(abs(x)0)` is the generic error);
  // after a string or a display they fire, and after a soft keyword too (invalid_expression never
  // starts with one, so nothing was memoized: `match f(1 2)` is "forgot a comma" inside the call).
  // A `[` after a name is a subscript that failed: what follows it was memoized the same way
  // (`[v [v for v i n]]` is the generic error).
  const next = p.codes[p.pos];
  const keepTargeted = (next !== NAME && next !== LSQB) || isSoftKeywordToken(e.id);
  const memoized = p.dictValuesMemoized;
  p.dictValuesMemoized = keepTargeted;
  let b: Expr | null;
  try {
    b = tryParseStarExpressions(p, keepTargeted);
  } finally {
    p.dictValuesMemoized = memoized;
  }
  // A failing trailer ends the expression before it (PEG backtracking): `print f(1 2)` is the
  // missing-parentheses error over `print f`.
  if (b === null && isLegacyName(e)) b = tryParseStarExpressions(p, false, true);
  if (b === null) return;
  // The expression read there may itself be followed by another one, which invalid_expression
  // reads too: inside brackets "forgot a comma" over those two, the error raised first (outside
  // them only the tokens it fetched matter, against a tokenizer error further on).
  if (b.kind !== 'Tuple') {
    const saved = p.pos;
    p.pos = tokenIndexAfter(p, start, b);
    if (p.pos > start && startsExpression(p.codes[p.pos]!)) {
      const a = rightmostDisjunction(p, b);
      // No invalid_expression starts at a soft-keyword-like name: its own
      // invalid_legacy_expression reads on after it (`b c d(x=1, *)`).
      if (b.kind === 'Name' && p.pos === start + 1 && isSoftKeywordToken(b.id)) {
        raiseLegacyExpression(p, b);
      }
      if (a !== null && !startsWithNameString(p, a) && !isLegacyName(a)) {
        const next = tryParseExpression(p);
        if (next !== null && p.parenDepth > 0) {
          p.raiseRange(a, next, 'invalid syntax. Perhaps you forgot a comma?');
        }
      }
    }
    p.pos = saved;
  }
  if (isLegacyName(e)) {
    p.raiseRange(e, b, `Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`);
  }
}

/**
 * A subscript of a soft-keyword-like name failed (`c [x for a b in c]`): no invalid_expression
 * starts at such a name, so nothing after it was memoized, and invalid_legacy_expression reads
 * the `[` display with its targeted errors on. Returns when none fires.
 */
export function raiseLegacyAfterSoftName(p: Parser, value: Expr, open: number): void {
  if (value.kind !== 'Name' || open < 1 || p.codes[open - 1] !== NAME) return;
  if (!isSoftKeywordToken(value.id) || p.lenientRetries <= 0) return;
  p.lenientRetries--;
  const saved = p.pos;
  p.pos = open;
  tryParseStarExpressions(p, true);
  p.pos = saved;
}

/**
 * A brace display right after an expression that is not a name (`1 {a b}`, `d.x {a b}`): CPython
 * reports the targeted errors inside it (not in or after a dict value), as after a name.
 */
function raiseInsideFollowingBraces(p: Parser, e: Expr): void {
  if (p.codes[p.pos] !== LBRACE || p.lenientRetries <= 0) return;
  const last = e.kind === 'Tuple' && e.elts.length > 0 ? e.elts[e.elts.length - 1]! : e;
  const a = rightmostDisjunction(p, last);
  if (a === null || startsWithNameString(p, a)) return;
  p.lenientRetries--;
  const memoized = p.dictValuesMemoized;
  p.dictValuesMemoized = true;
  try {
    tryParseStarExpressions(p, true);
  } finally {
    p.dictValuesMemoized = memoized;
  }
}

/** Index of the first token at or after `start` that begins after node `e` ends. */
function tokenIndexAfter(p: Parser, start: number, e: Expr): number {
  let i = start;
  while (i < p.toks.length - 1) {
    const tok = p.toks[i]!;
    if (tok.line > e.end_lineno || (tok.line === e.end_lineno && tok.byteCol >= e.end_col_offset))
      break;
    i++;
  }
  return i;
}

/**
 * The disjunction that ends `e` (through the else-arm of conditionals and lambda bodies, but not
 * into parentheses: a parenthesized expression is a group atom, itself the disjunction). The
 * token before the cursor is the last one of `e`.
 */
function rightmostDisjunction(p: Parser, e: Expr): Expr | null {
  const last = p.toks[p.pos - 1];
  for (;;) {
    if (
      last !== undefined &&
      (e.end_lineno !== last.endLine || e.end_col_offset !== last.endByteCol)
    ) {
      return e.kind === 'Starred' || e.kind === 'Slice' ? null : e;
    }
    switch (e.kind) {
      case 'IfExp':
        e = e.orelse;
        break;
      case 'Lambda':
        e = e.body;
        break;
      case 'NamedExpr':
        e = e.value;
        break;
      case 'Slice':
        // Only a slice's upper bound is followed by what failed (its step is not: CPython
        // reports the generic error after one).
        if (e.step !== null || e.upper === null) return null;
        e = e.upper;
        break;
      case 'Starred':
      case 'Yield':
      case 'YieldFrom':
        return null;
      default:
        return e;
    }
  }
}

/** A Tuple written without parentheses (its first element starts where it does). */
function isUnparenthesizedTuple(e: Expr): boolean {
  if (e.kind !== 'Tuple' || e.elts.length === 0) return false;
  const first = e.elts[0]!;
  return first.lineno === e.lineno && first.col_offset === e.col_offset;
}

/** `!(NAME STRING | SOFT_KEYWORD)` at the start of `a`. */
function startsWithNameString(p: Parser, a: Expr): boolean {
  const index = tokenIndexAt(p, a.lineno, a.col_offset);
  if (index < 0 || p.codes[index] !== NAME) return false;
  // A parenthesized `a` starts at its `(`.
  if (index > 0 && p.codes[index - 1] === LPAR && p.codes[tokenIndexAfter(p, index, a)] === RPAR) {
    return false;
  }
  // An f-string was a STRING token in 3.11.
  const next = p.codes[index + 1];
  if (next === STRING || next === FSTRING_START) return true;
  return isSoftKeywordToken(p.toks[index]!.text);
}

function isLegacyName(e: Expr): e is Expr & { kind: 'Name'; id: string } {
  return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** Index of the token starting at (line, byte column), searching back from the cursor. */
export function tokenIndexAt(p: Parser, line: number, byteCol: number): number {
  for (let i = Math.min(p.pos, p.toks.length - 1); i >= 0; i--) {
    const tok = p.toks[i]!;
    if (tok.line === line && tok.byteCol === byteCol) return i;
    if (tok.line < line) break;
  }
  return -1;
}

/**
 * Parses an expression at the cursor without moving it; null when none parses (or when the
 * statement's retry budget is spent: nested failures would otherwise retry exponentially).
 */
function tryParseExpression(p: Parser): Expr | null {
  if (p.lenientRetries <= 0) return null;
  p.lenientRetries--;
  const saved = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  // CPython reads this in its second pass: the generic error stays where the first pass stopped.
  const { furthest, furthestGenericError } = p;
  // CPython's expression_without_invalid: no invalid_* rule reads ahead from inside it.
  p.invalidRulesOff++;
  try {
    return parseExpression(p);
  } catch (failure) {
    if (raisedInEveryReading(failure)) throw failure;
    try {
      return reparseAsPeg(p, saved, savedDepth, savedParens);
    } catch (error) {
      if (raisedInEveryReading(error)) throw error;
      return null;
    }
  } finally {
    p.invalidRulesOff--;
    p.noteRead(p.pos);
    p.pos = saved;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
    p.furthest = furthest;
    p.furthestGenericError = furthestGenericError;
  }
}

/**
 * After an expression failed to parse from `start` (depth and bracket count as they were there):
 * what PEG settles for instead — the primary before a failing trailer, or else the disjunction
 * before a failing `if`. Rewinds to `start` before each try; throws when neither parses.
 */
export function reparseAsPeg(
  p: Parser,
  start: number,
  savedDepth: number,
  savedParens: number,
): Expr {
  const rewind = (): void => {
    p.noteRead(p.pos);
    p.pos = start;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
  };
  rewind();
  const lenient = p.lenientTrailers;
  p.lenientTrailers = true;
  try {
    return parseExpression(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    rewind();
    return parseDisjunction(p);
  } finally {
    p.lenientTrailers = lenient;
  }
}

function tryParseStarExpressions(
  p: Parser,
  keepTargetedErrors = false,
  lenientTrailers = false,
): Expr | null {
  const saved = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  const lenient = p.lenientTrailers;
  // CPython reads this in its second pass: the generic error stays where the first pass stopped.
  const { furthest, furthestGenericError } = p;
  p.lenientTrailers = lenientTrailers || lenient;
  if (!keepTargetedErrors) p.invalidRulesOff++;
  try {
    return parseStarExpressions(p);
  } catch (error) {
    if (raisedInEveryReading(error)) throw error;
    if (keepTargetedErrors && error instanceof PySyntaxError && error.msg !== 'invalid syntax') {
      throw error;
    }
    return null;
  } finally {
    if (!keepTargetedErrors) p.invalidRulesOff--;
    p.noteRead(p.pos);
    p.pos = saved;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
    p.lenientTrailers = lenient;
    p.furthest = furthest;
    p.furthestGenericError = furthestGenericError;
  }
}
