// Code generation for suspension points: `yield`, `yield from` and `await` (the SEND loop), with
// CPython's errors for using them outside the right kind of function.

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { Op } from './opcodes.js';

/** Emits the plain yield of the value on TOS (wrapped first in async generators). */
export function emitYield(c: Codegen): void {
  if (c.unit.entry.coroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE, 0);
}

/** `yield [value]`. */
export function visitYield(c: Codegen, e: ast.Yield): void {
  if (c.unit.entry.type !== 'function') throw c.error("'yield' outside function");
  if (e.value !== null) c.visitExpr(e.value);
  else c.emitConst(null);
  emitYield(c);
}

/** `yield from iterable`. */
export function visitYieldFrom(c: Codegen, e: ast.YieldFrom): void {
  if (c.unit.entry.type !== 'function') throw c.error("'yield' outside function");
  if (c.unit.scopeKind === 'async-function') throw c.error("'yield from' inside async function");
  c.visitExpr(e.value);
  c.emit(Op.GET_YIELD_FROM_ITER);
  c.emitConst(null);
  c.emitYieldFrom(false);
}

/** `await awaitable`. */
export function visitAwait(c: Codegen, e: ast.Await): void {
  if (c.unit.entry.type !== 'function') throw c.error("'await' outside function");
  const kind = c.unit.scopeKind;
  if (kind !== 'async-function' && kind !== 'comprehension') {
    throw c.error("'await' outside async function");
  }
  c.visitExpr(e.value);
  c.emit(Op.GET_AWAITABLE, 0);
  c.emitConst(null);
  c.emitYieldFrom(true);
}
