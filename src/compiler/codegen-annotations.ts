// How annotations are compiled: evaluated expressions normally, or (under
// `from __future__ import annotations`) string constants made by unparsing the annotation.

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { unparseExpression } from './unparse.js';

/** Pushes an annotation's value: the evaluated expression, or its source text under the future import. */
export function visitAnnotationExpr(c: Codegen, annotation: ast.Expr): void {
  if (c.options.futureAnnotations) {
    const saved = c.loc;
    c.setLoc(annotation);
    c.emitConst(unparseExpression(annotation));
    c.loc = saved;
    return;
  }
  c.visitExpr(annotation);
}
