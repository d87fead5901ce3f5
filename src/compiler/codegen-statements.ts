// Code generation for simple and loop statements: assignments of every kind, del, return,
// if/while/for/async for with else, break/continue (unwinding through try/with), assert, imports,
// expression statements, and module/class bodies (docstring, SETUP_ANNOTATIONS).

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { visitAnnotationExpr } from './codegen-annotations.js';
import {
  binaryOpArg,
  distinctConstants,
  jumpIf,
  matchLocationToAttribute,
} from './codegen-expressions.js';
import { POP_BLOCK, SETUP_FINALLY } from './codegen-unit.js';
import { syntaxErrorAt } from './compile-errors.js';
import { checkAssert, repeatWarnings } from './compile-warnings.js';
import { constantTupleOf, constantValueOf, NOT_CONSTANT } from './constant-folding.js';
import { Op } from './opcodes.js';
import { mangle, SCOPE_LOCAL } from './symtable-entry.js';

/** The docstring of a body: its first statement when that is a string constant expression. */
export function docstringOf(body: readonly ast.Stmt[]): string | null {
  const first = body[0];
  if (first?.kind !== 'Expr') return null;
  const value = first.value;
  return value.kind === 'Constant' && typeof value.value === 'string' ? value.value : null;
}

/** Whether a body contains an annotated assignment outside nested scopes (CPython's find_ann). */
export function findAnnotations(body: readonly ast.Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (findAnnotations(s.body)) return true;
        break;
      case 'Try':
      case 'TryStar':
        for (const handler of s.handlers) if (findAnnotations(handler.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) {
          return true;
        }
        break;
      case 'Match':
        for (const matchCase of s.cases) if (findAnnotations(matchCase.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** A module or class body: SETUP_ANNOTATIONS if needed, `__doc__`, then the statements. */
export function compileBody(c: Codegen, body: readonly ast.Stmt[], isModule: boolean): void {
  const first = body[0];
  if (isModule && first !== undefined) c.setLoc(first);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  if (first === undefined) return;
  let start = 0;
  const docstring = docstringOf(body);
  if (docstring !== null && first.kind === 'Expr') {
    start = 1;
    c.setLoc(first);
    c.visitExpr(first.value);
    c.unsetLoc();
    c.nameOp('__doc__', 'Store');
  }
  for (let i = start; i < body.length; i++) c.visitStmt(body[i]!);
}

/** An expression statement: value discarded, or printed in interactive mode. */
export function visitExprStmt(c: Codegen, s: ast.ExprStmt): void {
  const value = s.value;
  if (c.options.interactive && c.nestLevel === 0) {
    c.visitExpr(value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (value.kind === 'Constant') {
    c.emit(Op.NOP);
    return;
  }
  c.visitExpr(value);
  c.emit(Op.POP_TOP);
}

/** `a = b = value`. */
export function visitAssign(c: Codegen, s: ast.Assign): void {
  if (s.targets.length === 1 && swapAssign(c, s.targets[0]!, s.value)) return;
  c.visitExpr(s.value);
  const last = s.targets.length - 1;
  for (let i = 0; i <= last; i++) {
    if (i < last) c.emit(Op.COPY, 1);
    c.visitExpr(s.targets[i]!);
  }
}

/**
 * `a, b = x, y` (2 or 3 names, no star): the values are pushed and reordered with SWAP instead of
 * building and unpacking a tuple (CPython's BUILD_TUPLE + UNPACK_SEQUENCE peephole).
 */
function swapAssign(c: Codegen, target: ast.Expr, value: ast.Expr): boolean {
  if (target.kind !== 'Tuple' && target.kind !== 'List') return false;
  if (value.kind !== 'Tuple') return false;
  const count = target.elts.length;
  if (count < 2 || count > 3 || value.elts.length !== count) return false;
  if (target.elts.some((elt) => elt.kind === 'Starred')) return false;
  if (value.elts.some((elt) => elt.kind === 'Starred')) return false;
  if (value.kind === 'Tuple' && constantValueOf(value) !== NOT_CONSTANT) return false;
  for (const elt of value.elts) c.visitExpr(elt);
  if (distinctFastLocals(c, target.elts)) {
    // Stores to distinct locals commute: store from the top instead of swapping (CPython's
    // apply_static_swaps). co_varnames keeps source order, as CPython numbers them before reordering.
    for (const elt of target.elts)
      c.unit.addVarname(mangle(c.unit.privateName, (elt as ast.Name).id));
    for (let i = count - 1; i >= 0; i--) c.visitExpr(target.elts[i]!);
    return true;
  }
  c.setLoc(target);
  c.emit(Op.SWAP, count);
  for (const elt of target.elts) c.visitExpr(elt);
  return true;
}

/** Whether every target is a plain name stored with STORE_FAST, and no name repeats. */
function distinctFastLocals(c: Codegen, targets: readonly ast.Expr[]): boolean {
  const entry = c.unit.entry;
  if (entry.type !== 'function') return false;
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.kind !== 'Name') return false;
    const name = mangle(c.unit.privateName, target.id);
    if (entry.scopeOf(name) !== SCOPE_LOCAL || seen.has(name)) return false;
    seen.add(name);
  }
  return true;
}

/** `target op= value`: the target's container and key are evaluated once. */
export function visitAugAssign(c: Codegen, s: ast.AugAssign): void {
  const target = s.target;
  const statementLoc = c.loc;
  c.setLoc(target);
  switch (target.kind) {
    case 'Attribute':
      c.visitExpr(target.value);
      c.emit(Op.COPY, 1);
      matchLocationToAttribute(c, target);
      c.emitName(Op.LOAD_ATTR, target.attr);
      break;
    case 'Subscript':
      c.visitExpr(target.value);
      c.visitExpr(target.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameOp(target.id, 'Load');
      break;
    default:
      throw new Error(`codegen: invalid augmented assignment target ${target.kind}`);
  }
  c.loc = statementLoc;
  c.visitExpr(s.value);
  c.emit(Op.BINARY_OP, binaryOpArg(s.op, true));
  c.setLoc(target);
  switch (target.kind) {
    case 'Attribute':
      matchLocationToAttribute(c, target);
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, target.attr);
      break;
    case 'Subscript':
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    default:
      c.nameOp(target.id, 'Store');
  }
}

/** Evaluates an expression only for its errors (annotations of complex targets). */
function checkAnnotationExpr(c: Codegen, e: ast.Expr): void {
  c.visitExpr(e);
  c.emit(Op.POP_TOP);
}

function checkAnnotationSubscript(c: Codegen, e: ast.Expr): void {
  if (e.kind === 'Slice') {
    if (e.lower !== null) checkAnnotationExpr(c, e.lower);
    if (e.upper !== null) checkAnnotationExpr(c, e.upper);
    if (e.step !== null) checkAnnotationExpr(c, e.step);
  } else if (e.kind === 'Tuple') {
    for (const elt of e.elts) checkAnnotationSubscript(c, elt);
  } else {
    checkAnnotationExpr(c, e);
  }
}

/** `target: annotation = value`; module and class bodies record simple names in `__annotations__`. */
export function visitAnnAssign(c: Codegen, s: ast.AnnAssign): void {
  const target = s.target;
  if (s.value !== null) {
    c.visitExpr(s.value);
    c.visitExpr(target);
  }
  const scopeKind = c.unit.scopeKind;
  switch (target.kind) {
    case 'Name':
      if (target.id === '__debug__') throw c.error('cannot assign to __debug__');
      if (s.simple && (scopeKind === 'module' || scopeKind === 'class')) {
        visitAnnotationExpr(c, s.annotation);
        c.emitRawName(Op.LOAD_NAME, '__annotations__');
        c.emitConst(mangle(c.unit.privateName, target.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      if (target.attr === '__debug__') throw c.error('cannot assign to __debug__');
      if (s.value === null) checkAnnotationExpr(c, target.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnotationExpr(c, target.value);
        checkAnnotationSubscript(c, target.slice);
      }
      break;
    default:
      throw new Error(`codegen: invalid annotated assignment target ${target.kind}`);
  }
  if (
    !s.simple &&
    !c.options.futureAnnotations &&
    (scopeKind === 'module' || scopeKind === 'class')
  ) {
    checkAnnotationExpr(c, s.annotation);
  }
}

/** `del a, b.c, d[e]`. */
export function visitDelete(c: Codegen, s: ast.Delete): void {
  for (const target of s.targets) c.visitExpr(target);
}

/** `return [value]`, running enclosing finally blocks and with-exits first. */
export function visitReturn(c: Codegen, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value.kind !== 'Constant';
  const entry = c.unit.entry;
  if (entry.type !== 'function') throw c.error("'return' outside function");
  if (value !== null && entry.coroutine && entry.generator) {
    throw c.error("'return' with value in async generator");
  }
  if (preserveTos) c.visitExpr(value);
  else if (value !== null) {
    c.setLoc(value);
    c.emit(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.emit(Op.NOP);
  }
  c.unwindFrameBlockStack(preserveTos, false);
  if (value === null) c.emitConst(null);
  else if (!preserveTos && value.kind === 'Constant') c.emitConst(value.value);
  c.emit(Op.RETURN_VALUE);
}

/** `break`: unwinds to the innermost loop and jumps past it. */
export function visitBreak(c: Codegen, _s: ast.Break): void {
  c.emit(Op.NOP);
  const loop = c.unwindFrameBlockStack(false, true);
  if (loop === null) throw c.error("'break' outside loop");
  c.unwindFrameBlock(loop, false);
  c.emitJump(Op.JUMP, loop.exit!);
}

/** `continue`: unwinds to the innermost loop and jumps to its start. */
export function visitContinue(c: Codegen, _s: ast.Continue): void {
  c.emit(Op.NOP);
  const loop = c.unwindFrameBlockStack(false, true);
  if (loop === null) throw c.error("'continue' not properly in loop");
  c.emitJump(Op.JUMP, loop.block!);
}

/** `if` / `elif` / `else`. */
export function visitIf(c: Codegen, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length > 0 ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  c.visitStmts(s.body);
  if (s.orelse.length > 0) {
    c.unsetLoc();
    c.emitJump(Op.JUMP, end);
    c.useBlock(next);
    c.visitStmts(s.orelse);
  }
  c.useBlock(end);
}

/**
 * `while test: ... else: ...`. Unlike CPython 3.11 the test is not repeated at the bottom: the loop
 * closes with a backward JUMP, because every backward jump must be a JUMP (the VM charges the
 * instruction budget there).
 */
export function visitWhile(c: Codegen, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const exit = c.newBlock();
  c.useBlock(loop);
  c.pushFrameBlock('while-loop', loop, exit, null);
  jumpIf(c, s.test, anchor, false);
  c.useBlock(body);
  c.visitStmts(s.body);
  // CPython 3.11 compiles the test again after the body (rotated loop): its warnings repeat.
  repeatWarnings(c, s.test);
  c.setLoc(s);
  c.emitJump(Op.JUMP, loop);
  c.popFrameBlock('while-loop');
  c.useBlock(anchor);
  c.visitStmts(s.orelse);
  c.useBlock(exit);
}

/** `for target in iter: ... else: ...`. */
export function visitFor(c: Codegen, s: ast.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFrameBlock('for-loop', start, end, null);
  visitIterable(c, s.iter);
  c.emit(Op.GET_ITER);
  c.useBlock(start);
  c.emitJump(Op.FOR_ITER, cleanup);
  c.useBlock(body);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.emitJump(Op.JUMP, start);
  c.useBlock(cleanup);
  c.popFrameBlock('for-loop');
  c.visitStmts(s.orelse);
  c.useBlock(end);
}

/**
 * The iterable of a `for` or comprehension: a list display is built as a tuple and a set display
 * of constants is a frozenset constant, as CPython's AST optimizer (fold_iter) does.
 */
export function visitIterable(c: Codegen, iter: ast.Expr): void {
  if (iter.kind === 'List' && iter.ctx === 'Load' && !iter.elts.some((e) => e.kind === 'Starred')) {
    c.visitExpr({ ...iter, kind: 'Tuple' } as ast.Tuple);
    return;
  }
  if (iter.kind === 'Set') {
    const folded = constantTupleOf(iter.elts);
    if (
      folded !== NOT_CONSTANT &&
      typeof folded === 'object' &&
      folded !== null &&
      folded.type === 'tuple'
    ) {
      const saved = c.loc;
      c.setLoc(iter);
      c.emitConst({ type: 'frozenset', items: distinctConstants(folded.items) });
      c.loc = saved;
      return;
    }
  }
  c.visitExpr(iter);
}

/** `async for target in aiter: ... else: ...`: __anext__ awaited under a StopAsyncIteration handler. */
export function visitAsyncFor(c: Codegen, s: ast.AsyncFor): void {
  if (c.unit.scopeKind !== 'async-function') {
    throw c.error("'async for' outside async function");
  }
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  c.visitExpr(s.iter);
  c.emit(Op.GET_AITER);
  c.useBlock(start);
  c.pushFrameBlock('for-loop', start, end, null);
  c.emitJump(SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.emitConst(null);
  c.emitYieldFrom(true);
  c.emit(POP_BLOCK);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  c.unsetLoc();
  c.emitJump(Op.JUMP, start);
  c.popFrameBlock('for-loop');
  c.useBlock(except);
  c.setLoc(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  c.visitStmts(s.orelse);
  c.useBlock(end);
}

/** `assert test, msg`. */
export function visitAssert(c: Codegen, s: ast.Assert): void {
  checkAssert(c, s);
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    c.visitExpr(s.msg);
    c.emit(Op.CALL, 0);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.useBlock(end);
}

/** `import a.b.c [as d], ...`. */
export function visitImport(c: Codegen, s: ast.Import): void {
  for (const alias of s.names) {
    c.emitConst(0);
    c.emitConst(null);
    c.emitName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

/** Binds `import a.b.c as d`: walks the submodules with IMPORT_FROM. */
function importAs(c: Codegen, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot < 0) {
    c.nameOp(asname, 'Store');
    return;
  }
  for (;;) {
    const position = dot + 1;
    dot = name.indexOf('.', position);
    c.emitRawName(Op.IMPORT_FROM, name.slice(position, dot >= 0 ? dot : undefined));
    if (dot < 0) break;
    c.emit(Op.SWAP, 2);
    c.emit(Op.POP_TOP);
  }
  c.nameOp(asname, 'Store');
  c.emit(Op.POP_TOP);
}

/** `from [.]module import a [as b], ...` and `from module import *`. */
export function visitImportFrom(c: Codegen, s: ast.ImportFrom): void {
  c.emitConst(s.level ?? 0);
  if (s.lineno > c.options.futureLineno && s.module === '__future__') {
    throw c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.emitConst({ type: 'tuple', items: s.names.map((alias) => alias.name) });
  c.emitName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name === '*') {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, 'Store');
  }
  c.emit(Op.POP_TOP);
}

/** `type X = ...` (PEP 695) is Python 3.12 syntax: 3.11 reports "invalid syntax" at the name. */
export function visitTypeAlias(_c: Codegen, s: ast.TypeAlias): void {
  throw syntaxErrorAt('invalid syntax', s.name);
}
