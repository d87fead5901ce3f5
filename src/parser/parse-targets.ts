// Assignment and deletion targets: turning a parsed expression into a Store/Del target, and the
// names and searches CPython uses in its "cannot assign to ..." messages (Parser/pegen.c helpers).

import type { Expr, ExprContext } from './ast.js';
import type { Parser } from './parse-state.js';

/** Which statement a target belongs to (CPython's TARGETS_TYPE). */
export type TargetsType = 'star' | 'del' | 'for';

/**
 * The noun CPython uses for an expression in error messages (`_PyPegen_get_expr_name`).
 * @see https://github.com/python/cpython/blob/3.11/Parser/pegen.c
 */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const value = e.value;
      if (value === null) return 'None';
      if (value === false) return 'False';
      if (value === true) return 'True';
      if (typeof value === 'object' && value.type === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/**
 * The first sub-expression of `e` that cannot be a target of this kind, or null
 * (`_PyPegen_get_invalid_target`). For `for` targets a leading `x in y` comparison is looked through.
 */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      if (type === 'for') {
        return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/**
 * Raises CPython's "cannot assign to X" / "cannot delete X" for the first invalid part of `e`
 * (RAISE_SYNTAX_ERROR_INVALID_TARGET); returns normally when every part is a valid target.
 */
export function raiseInvalidTarget(p: Parser, e: Expr, type: TargetsType): void {
  const bad = invalidTarget(e, type);
  if (bad === null) return;
  const verb = type === 'del' ? 'cannot delete' : 'cannot assign to';
  p.raiseAtNode(bad, `${verb} ${exprName(bad)}`);
}

/**
 * Turns a parsed expression into a target in place (Name, Attribute, Subscript, Starred, and
 * Tuple/List of those get `ctx`); returns false when some part cannot be a target.
 */
export function setContext(e: Expr, ctx: ExprContext): boolean {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return true;
    case 'Starred':
      if (ctx === 'Del') return false;
      e.ctx = ctx;
      return setContext(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) if (!setContext(elt, ctx)) return false;
      e.ctx = ctx;
      return true;
    default:
      return false;
  }
}
