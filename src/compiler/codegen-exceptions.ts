// Code generation for exception handling in CPython 3.11's zero-cost layout: try/except/else/
// finally, except* (exception groups), with/async with, and raise. Handlers are pseudo SETUP_*
// instructions that the assembler turns into the exception table.

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { POP_BLOCK, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH } from './codegen-unit.js';
import { Op } from './opcodes.js';

/** `raise`, `raise exc`, `raise exc from cause`. */
export function visitRaise(c: Codegen, s: ast.Raise): void {
  let count = 0;
  if (s.exc !== null) {
    c.visitExpr(s.exc);
    count++;
    if (s.cause !== null) {
      c.visitExpr(s.cause);
      count++;
    }
  }
  c.emit(Op.RAISE_VARARGS, count);
}

/** Restores the saved exception and re-raises the one on TOS with its original lasti. */
function popExceptAndReraise(c: Codegen): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** `try` with `except` clauses and/or `finally`. */
export function visitTry(c: Codegen, s: ast.Try): void {
  if (s.finalbody.length > 0) tryFinally(c, s, () => tryExcept(c, s));
  else tryExcept(c, s);
}

/** `try` with `except*` clauses and/or `finally`. */
export function visitTryStar(c: Codegen, s: ast.TryStar): void {
  if (s.finalbody.length > 0) tryFinally(c, s, () => tryStarExcept(c, s));
  else tryStarExcept(c, s);
}

/**
 * try/finally: the finally body is emitted once for the normal path and once as the exception
 * handler (break/continue/return emit it again while unwinding).
 */
function tryFinally(c: Codegen, s: ast.Try | ast.TryStar, compileTryExcept: () => void): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.emitJump(SETUP_FINALLY, end);
  c.useBlock(body);
  c.pushFrameBlock('finally-try', body, end, s.finalbody);
  if (s.handlers.length > 0) compileTryExcept();
  else c.visitStmts(s.body);
  c.emit(POP_BLOCK);
  c.popFrameBlock('finally-try');
  c.visitStmts(s.finalbody);
  c.unsetLoc();
  c.emitJump(Op.JUMP, exit);
  // The exceptional path.
  c.useBlock(end);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock('finally-end', end, null, null);
  c.visitStmts(s.finalbody);
  c.popFrameBlock('finally-end');
  c.unsetLoc();
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(exit);
}

/** Stores None into and deletes the `except ... as name` variable. */
function clearHandlerName(c: Codegen, name: string): void {
  c.emitConst(null);
  c.nameOp(name, 'Store');
  c.nameOp(name, 'Del');
}

function tryExcept(c: Codegen, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.emitJump(SETUP_FINALLY, except);
  c.useBlock(body);
  c.pushFrameBlock('try-except', body, null, null);
  c.visitStmts(s.body);
  c.popFrameBlock('try-except');
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.visitStmts(s.orelse);
  c.unsetLoc();
  c.emitJump(Op.JUMP, end);
  const count = s.handlers.length;
  c.useBlock(except);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock('exception-handler', null, null, null);
  for (let i = 0; i < count; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    if (handler.type === null && i < count - 1) throw c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type !== null) {
      c.visitExpr(handler.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emitJump(Op.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameOp(handler.name, 'Store');
      c.emitJump(SETUP_CLEANUP, cleanupEnd);
      c.useBlock(cleanupBody);
      c.pushFrameBlock('handler-cleanup', cleanupBody, null, handler.name);
      c.visitStmts(handler.body);
      c.popFrameBlock('handler-cleanup');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      clearHandlerName(c, handler.name);
      c.emitJump(Op.JUMP, end);
      // An exception inside the handler body: clear the name, re-raise.
      c.useBlock(cleanupEnd);
      c.unsetLoc();
      clearHandlerName(c, handler.name);
      c.emit(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.emit(Op.POP_TOP);
      c.useBlock(cleanupBody);
      c.pushFrameBlock('handler-cleanup', cleanupBody, null, null);
      c.visitStmts(handler.body);
      c.popFrameBlock('handler-cleanup');
      c.unsetLoc();
      c.emit(POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.emitJump(Op.JUMP, end);
    }
    c.useBlock(except);
  }
  c.unsetLoc();
  c.popFrameBlock('exception-handler');
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(end);
}

/**
 * try/except*: each clause splits the remaining exception group with CHECK_EG_MATCH; what the
 * clauses raise and what nothing matched are collected in a list for PREP_RERAISE_STAR.
 */
function tryStarExcept(c: Codegen, s: ast.Try | ast.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.emitJump(SETUP_FINALLY, except);
  c.useBlock(body);
  c.pushFrameBlock('try-except', body, null, null);
  c.visitStmts(s.body);
  c.popFrameBlock('try-except');
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.emitJump(Op.JUMP, orelse);
  const count = s.handlers.length;
  c.useBlock(except);
  c.unsetLoc();
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock('exception-group-handler', null, null, null);
  for (let i = 0; i < count; i++) {
    const handler = s.handlers[i]!;
    c.setLoc(handler);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      // [exc] -> [orig, [], exc]
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (handler.type !== null) {
      c.visitExpr(handler.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (handler.name !== null) c.nameOp(handler.name, 'Store');
    else c.emit(Op.POP_TOP);
    c.emitJump(SETUP_CLEANUP, cleanupEnd);
    c.useBlock(cleanupBody);
    c.pushFrameBlock('handler-cleanup', cleanupBody, null, handler.name);
    c.visitStmts(handler.body);
    c.popFrameBlock('handler-cleanup');
    c.unsetLoc();
    c.emit(POP_BLOCK);
    if (handler.name !== null) clearHandlerName(c, handler.name);
    c.emitJump(Op.JUMP, except);
    // The handler raised: record its exception in the list.
    c.useBlock(cleanupEnd);
    if (handler.name !== null) clearHandlerName(c, handler.name);
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP);
    c.emitJump(Op.JUMP, exceptWithError);
    c.useBlock(except);
    c.emit(Op.NOP);
    c.emitJump(Op.JUMP, exceptWithError);
    c.useBlock(noMatch);
    c.emit(Op.POP_TOP);
    c.useBlock(exceptWithError);
    if (i === count - 1) {
      // The unmatched rest (or None) joins the list.
      c.emit(Op.LIST_APPEND, 1);
      c.emitJump(Op.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFrameBlock('exception-group-handler');
  const reraise = c.newBlock();
  c.useBlock(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.emit(Op.POP_TOP);
  c.emit(POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emitJump(Op.JUMP, end);
  c.useBlock(reraise);
  c.emit(POP_BLOCK);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(orelse);
  c.visitStmts(s.orelse);
  c.useBlock(end);
}

/** After WITH_EXCEPT_START: suppress (pop everything) when __exit__ returned true, else re-raise. */
function withExceptFinish(c: Codegen, cleanup: ReturnType<Codegen['newBlock']>): void {
  const exit = c.newBlock();
  c.emitJump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.useBlock(cleanup);
  popExceptAndReraise(c);
  c.useBlock(exit);
  c.emit(Op.POP_TOP);
  c.emit(POP_BLOCK);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

/** `with a as x, b as y:` — one nested context per item, starting at `position`. */
export function visitWith(c: Codegen, s: ast.With, position: number): void {
  const item = s.items[position]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.visitExpr(item.context_expr);
  c.emit(Op.BEFORE_WITH);
  c.emitJump(SETUP_WITH, final);
  c.useBlock(block);
  c.pushFrameBlock('with', block, final, s);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (position + 1 === s.items.length) c.visitStmts(s.body);
  else visitWith(c, s, position + 1);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.popFrameBlock('with');
  c.setLoc(s);
  c.callExitWithNones();
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  // The exceptional path.
  c.useBlock(final);
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}

/** `async with a as x:`. */
export function visitAsyncWith(c: Codegen, s: ast.AsyncWith, position: number): void {
  if (c.unit.scopeKind !== 'async-function') {
    throw c.error("'async with' outside async function");
  }
  const item = s.items[position]!;
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.visitExpr(item.context_expr);
  c.emit(Op.BEFORE_ASYNC_WITH);
  c.emit(Op.GET_AWAITABLE, 1);
  c.emitConst(null);
  c.emitYieldFrom(true);
  c.emitJump(SETUP_WITH, final);
  c.useBlock(block);
  c.pushFrameBlock('async-with', block, final, s);
  if (item.optional_vars !== null) c.visitExpr(item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (position + 1 === s.items.length) c.visitStmts(s.body);
  else visitAsyncWith(c, s, position + 1);
  c.unsetLoc();
  c.emit(POP_BLOCK);
  c.popFrameBlock('async-with');
  c.setLoc(s);
  c.callExitWithNones();
  c.emit(Op.GET_AWAITABLE, 2);
  c.emitConst(null);
  c.emitYieldFrom(true);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP, exit);
  // The exceptional path.
  c.useBlock(final);
  c.emitJump(SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  c.emit(Op.GET_AWAITABLE, 2);
  c.emitConst(null);
  c.emitYieldFrom(true);
  withExceptFinish(c, cleanup);
  c.useBlock(exit);
}
