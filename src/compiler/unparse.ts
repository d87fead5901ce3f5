// Placeholder unparser (being written).
import type * as ast from '../parser/ast.js';

/** Source text of an expression as CPython's ast.unparse writes it. */
export function unparseExpression(e: ast.Expr): string {
  return e.kind;
}
