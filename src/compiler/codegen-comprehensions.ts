// Code generation for list/set/dict comprehensions and generator expressions: each is its own
// function, called at once with the iterator of its first `for` as the argument `.0`.

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { jumpIf } from './codegen-expressions.js';
import { makeClosure } from './codegen-functions.js';
import { emitYield } from './codegen-generators.js';
import { visitIterable } from './codegen-statements.js';
import { POP_BLOCK, SETUP_FINALLY } from './codegen-unit.js';
import { Op } from './opcodes.js';

type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

const NAMES: Record<ComprehensionNode['kind'], string> = {
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
  GeneratorExp: '<genexpr>',
};

/** Any comprehension or generator expression. */
export function visitComprehension(c: Codegen, e: ComprehensionNode): void {
  const outermost = e.generators[0]!;
  const enclosingKind = c.unit.scopeKind;
  c.enterScope(NAMES[e.kind], 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.unit.entry.coroutine;
  if (
    isAsyncGenerator &&
    e.kind !== 'GeneratorExp' &&
    enclosingKind !== 'async-function' &&
    enclosingKind !== 'comprehension'
  ) {
    throw c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (e.kind === 'ListComp') c.emit(Op.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') c.emit(Op.BUILD_SET, 0);
  else if (e.kind === 'DictComp') c.emit(Op.BUILD_MAP, 0);
  comprehensionGenerator(c, e, 0, 0);
  if (e.kind !== 'GeneratorExp') {
    c.emit(Op.RETURN_VALUE);
  } else {
    c.emitConst(null);
    c.emit(Op.RETURN_VALUE);
  }
  const code = c.exitScope();

  makeClosure(c, code, 0);
  visitIterable(c, outermost.iter);
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.emit(Op.CALL, 0);
  if (isAsyncGenerator && e.kind !== 'GeneratorExp') {
    c.emit(Op.GET_AWAITABLE, 0);
    c.emitConst(null);
    c.emitYieldFrom(true);
  }
}

function comprehensionGenerator(
  c: Codegen,
  e: ComprehensionNode,
  index: number,
  depth: number,
): void {
  const generator = e.generators[index]!;
  c.enterNesting(e);
  if (generator.is_async) asyncGenerator(c, e, index, depth);
  else syncGenerator(c, e, index, depth);
  c.leaveNesting();
}

/** Appends the element (or key/value, or yields it) once the innermost `for` produced a value. */
function emitElement(c: Codegen, e: ComprehensionNode, depth: number): void {
  switch (e.kind) {
    case 'GeneratorExp':
      c.visitExpr(e.elt);
      emitYield(c);
      c.emit(Op.POP_TOP);
      return;
    case 'ListComp':
      c.visitExpr(e.elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case 'SetComp':
      c.visitExpr(e.elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case 'DictComp':
      c.visitExpr(e.key);
      c.visitExpr(e.value);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}

function syncGenerator(c: Codegen, e: ComprehensionNode, index: number, depth: number): void {
  const generator = e.generators[index]!;
  let start: ReturnType<Codegen['newBlock']> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (index === 0) {
    c.unit.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    // `for y in [expr]` binds y to expr without building an iterator.
    const iter = generator.iter;
    const elts = iter.kind === 'List' || iter.kind === 'Tuple' ? iter.elts : null;
    if (elts !== null && elts.length === 1 && elts[0]!.kind !== 'Starred') {
      c.visitExpr(elts[0]!);
      start = null;
    } else {
      visitIterable(c, iter);
      c.emit(Op.GET_ITER);
    }
  }
  if (start !== null) {
    depth++;
    c.useBlock(start);
    c.emitJump(Op.FOR_ITER, anchor);
  }
  c.visitExpr(generator.target);
  for (const condition of generator.ifs) jumpIf(c, condition, ifCleanup, false);
  if (index + 1 < e.generators.length) comprehensionGenerator(c, e, index + 1, depth);
  else emitElement(c, e, depth);
  c.useBlock(ifCleanup);
  if (start !== null) {
    c.emitJump(Op.JUMP, start);
    c.useBlock(anchor);
  }
}

function asyncGenerator(c: Codegen, e: ComprehensionNode, index: number, depth: number): void {
  const generator = e.generators[index]!;
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  if (index === 0) {
    c.unit.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    c.visitExpr(generator.iter);
    c.emit(Op.GET_AITER);
  }
  c.useBlock(start);
  c.pushFrameBlock('async-comprehension-generator', start, null, null);
  c.emitJump(SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.emitConst(null);
  c.emitYieldFrom(true);
  c.emit(POP_BLOCK);
  c.visitExpr(generator.target);
  for (const condition of generator.ifs) jumpIf(c, condition, ifCleanup, false);
  depth++;
  if (index + 1 < e.generators.length) comprehensionGenerator(c, e, index + 1, depth);
  else emitElement(c, e, depth);
  c.useBlock(ifCleanup);
  c.emitJump(Op.JUMP, start);
  c.popFrameBlock('async-comprehension-generator');
  c.useBlock(except);
  c.emit(Op.END_ASYNC_FOR);
}
