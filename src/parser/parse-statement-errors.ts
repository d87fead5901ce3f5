// CPython 3.11's messages for bad assignment and annotation targets (python.gram's
// invalid_assignment and invalid_named_expression), chosen in the order its second pass tries them.

import type { Expr } from './ast.js';
import { reparseAsPeg, tokenIndexAt } from './parse-expression-errors.js';
import { parseBitwiseOr, parseExpression } from './parse-expressions.js';
import {
  COLONEQUAL,
  COMMA,
  EQUAL,
  KW_FALSE,
  KW_FOR,
  KW_NONE,
  KW_TRUE,
  LBRACE,
  LPAR,
  LSQB,
  NAME,
  type Parser,
  RBRACE,
  RPAR,
  RSQB,
} from './parse-state.js';
import { exprName, invalidTarget } from './parse-targets.js';
import { PySyntaxError } from './syntax-errors.js';

/** Is `e` a Tuple written without parentheses? */
function isBareTuple(e: Expr): boolean {
  if (e.kind !== 'Tuple' || e.elts.length === 0) return false;
  const first = e.elts[0]!;
  return first.lineno === e.lineno && first.col_offset === e.col_offset;
}

/**
 * `targets = value` where some target is invalid. With a single `=`, invalid_named_expression
 * speaks first about the element just before the `=`; otherwise the first invalid target is named.
 */
export function raiseAssignmentError(
  p: Parser,
  startIndex: number,
  targets: Expr[],
  _value: Expr,
): never {
  raiseNamedExpressionStyle(p, startIndex, targets[0]!);
  return raiseInvalidTargets(p, targets);
}

/** invalid_assignment's `(star_targets '=')* a=... '='`: names the first invalid target. */
export function raiseInvalidTargets(p: Parser, targets: Expr[]): never {
  for (const target of targets) {
    if (target.kind === 'Yield' || target.kind === 'YieldFrom') {
      const index = tokenIndexAt(p, target.lineno, target.col_offset);
      if (index <= 0 || p.codes[index - 1] !== LPAR) {
        p.raiseAtNode(target, 'assignment to yield expression not possible');
      }
    }
    const bad = invalidTarget(target, 'star');
    if (bad !== null) p.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
  }
  return p.raiseInvalidSyntax();
}

/** invalid_named_expression's alternatives 2 and 3 for `... E = value` (one `=`). */
function raiseNamedExpressionStyle(p: Parser, startIndex: number, left: Expr): void {
  const equalIndex = findTopLevelEqual(p, startIndex);
  if (equalIndex < 0) return;
  let element: Expr = left;
  let elementStart = startIndex;
  if (isBareTuple(left) && left.kind === 'Tuple') {
    if (p.codes[equalIndex - 1] === COMMA) return;
    element = left.elts[left.elts.length - 1]!;
    elementStart = lastTopLevelCommaBefore(p, startIndex, equalIndex) + 1;
  }
  if (element.kind === 'Starred') return;
  raiseEqualsAfterNamedExpression(p, elementStart, element, equalIndex);
}

/**
 * invalid_named_expression: `E = value` where a named expression is expected. A bare name gives
 * "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"; another bitwise_or (not a list,
 * tuple, generator or True/None/False) "cannot assign to X here. Maybe you meant '==' ...". Only
 * when a bitwise_or follows the `=` without another `=` or `:=`; otherwise returns.
 */
export function raiseEqualsAfterNamedExpression(
  p: Parser,
  elementStart: number,
  element: Expr,
  equalIndex: number,
): void {
  const c = p.codes[elementStart];
  if (element.kind === 'Name' && c === NAME && elementStart + 1 === equalIndex) {
    const rhs = bitwiseOrAt(p, equalIndex + 1);
    if (rhs === null) return;
    p.raiseRange(element, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (c === KW_TRUE || c === KW_NONE || c === KW_FALSE) return;
  let wholeGroup = false;
  if (c === LPAR || c === LSQB) {
    const close = matchingClose(p, elementStart);
    const excluded =
      c === LPAR
        ? isTupleOrGenexp(p, elementStart, close)
        : !hasTopLevelFor(p, elementStart, close);
    if (excluded) return;
    wholeGroup = close === equalIndex - 1;
  }
  if (!wholeGroup && !isBitwiseLevel(element)) return;
  if (bitwiseOrAt(p, equalIndex + 1) === null) return;
  p.raiseAtNode(
    element,
    `cannot assign to ${exprName(element)} here. Maybe you meant '==' instead of '='?`,
  );
}

/**
 * A bitwise_or starting at `index` and not followed by `=` or `:=`, or null (cursor kept). A
 * targeted error found while reading it is raised (CPython's reading raises it there).
 */
function bitwiseOrAt(p: Parser, index: number): Expr | null {
  const saved = p.pos;
  const savedDepth = p.depth;
  const savedParens = p.parenDepth;
  p.pos = index;
  try {
    const e = parseBitwiseOr(p);
    const c = p.codes[p.pos];
    return c === EQUAL || c === COLONEQUAL ? null : e;
  } catch (error) {
    if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
    return null;
  } finally {
    p.noteRead(p.pos);
    p.pos = saved;
    p.depth = savedDepth;
    p.parenDepth = savedParens;
  }
}

function hasTopLevelFor(p: Parser, open: number, close: number): boolean {
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) depth--;
    else if (depth === 0 && c === KW_FOR) return true;
  }
  return false;
}

/** Expression kinds that `bitwise_or` can produce without parentheses. */
function isBitwiseLevel(e: Expr): boolean {
  switch (e.kind) {
    case 'BoolOp':
    case 'Compare':
    case 'IfExp':
    case 'Lambda':
    case 'NamedExpr':
    case 'Starred':
    case 'Yield':
    case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    case 'Tuple':
      return !isBareTuple(e);
    default:
      return true;
  }
}

function findTopLevelEqual(p: Parser, startIndex: number): number {
  let depth = 0;
  for (let i = startIndex; i < p.toks.length; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) depth--;
    else if (depth === 0 && c === EQUAL) return i;
  }
  return -1;
}

function lastTopLevelCommaBefore(p: Parser, startIndex: number, endIndex: number): number {
  let depth = 0;
  let last = startIndex - 1;
  for (let i = startIndex; i < endIndex; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) depth--;
    else if (depth === 0 && c === COMMA) last = i;
  }
  return last;
}

/** Index of the bracket closing the one at `openIndex`. */
export function matchingClose(p: Parser, openIndex: number): number {
  let depth = 0;
  for (let i = openIndex; i < p.toks.length; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return p.toks.length - 1;
}

/** Does `(`...`)` between these indexes hold a tuple (or nothing) or a generator expression? */
function isTupleOrGenexp(p: Parser, open: number, close: number): boolean {
  if (close === open + 1) return true;
  let depth = 0;
  for (let i = open + 1; i < close; i++) {
    const c = p.codes[i];
    if (c === LPAR || c === LSQB || c === LBRACE) depth++;
    else if (c === RPAR || c === RSQB || c === RBRACE) depth--;
    else if (depth === 0 && (c === COMMA || c === KW_FOR)) return true;
  }
  return false;
}

/** `target: annotation` where the target cannot be annotated. */
export function raiseAnnotationError(p: Parser, _startIndex: number, first: Expr): never {
  // A starred target is no `expression`, so no invalid rule reads on to the annotation: the
  // generic error stays where the first pass stopped (the `:`).
  if (first.kind === 'Starred') p.raiseInvalidSyntax();
  // CPython's rule reads the annotation first; if that runs into a tokenizer error, it wins.
  const saved = p.pos;
  const { depth, parenDepth, furthest, furthestGenericError } = p;
  p.pos++;
  try {
    parseExpression(p);
  } catch (error) {
    // A targeted error inside the annotation is CPython's answer; otherwise only the distance read.
    if (error instanceof PySyntaxError && error.msg !== 'invalid syntax') throw error;
    // The rules need an annotation as PEG reads it (a failing trailer or operand ends it):
    // without one none matches, and the generic error is where the first pass stopped (the `:`).
    try {
      reparseAsPeg(p, saved + 1, depth, parenDepth);
    } catch {
      p.pos = saved;
      p.furthest = furthest;
      p.furthestGenericError = furthestGenericError;
      p.raiseInvalidSyntax();
    }
  }
  p.noteRead(p.pos);
  p.pos = saved;
  if (first.kind === 'Tuple') {
    const at = isBareTuple(first) ? first.elts[0]! : first;
    p.raiseAtNode(at, 'only single target (not tuple) can be annotated');
  }
  if (first.kind === 'List') p.raiseAtNode(first, 'only single target (not list) can be annotated');
  return p.raiseAtNode(first, 'illegal target for annotation');
}
