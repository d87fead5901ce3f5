// Code generation for definitions: functions (decorators, defaults, kw-only defaults, annotation
// tuples, closures), lambdas, and classes (`__build_class__` with bases and keywords, `__module__`,
// `__qualname__`, the implicit `__class__` cell returned as `__classcell__`).

import type * as ast from '../parser/ast.js';
import type { CodeObject } from './code-object.js';
import type { Codegen } from './codegen.js';
import { visitAnnotationExpr } from './codegen-annotations.js';
import { callHelper } from './codegen-expressions.js';
import { compileBody, docstringOf } from './codegen-statements.js';
import { syntaxErrorAt } from './compile-errors.js';
import { Op } from './opcodes.js';
import { mangle } from './symtable-entry.js';

/** MAKE_FUNCTION flag: a defaults tuple is on the stack. */
export const MAKE_FUNCTION_DEFAULTS = 0x01;
/** MAKE_FUNCTION flag: a kw-only defaults dict is on the stack. */
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
/** MAKE_FUNCTION flag: an annotations tuple is on the stack. */
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
/** MAKE_FUNCTION flag: a closure tuple is on the stack. */
export const MAKE_FUNCTION_CLOSURE = 0x08;

/**
 * Pushes the function made from `code`: LOAD_CLOSURE of each free variable (from this unit's
 * cells or free variables) into a tuple, then LOAD_CONST code and MAKE_FUNCTION.
 */
export function makeClosure(c: Codegen, code: CodeObject, flags: number): void {
  if (code.freevars.length > 0) {
    for (const name of code.freevars) c.loadClosure(name);
    flags |= MAKE_FUNCTION_CLOSURE;
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
  }
  c.emitConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
}

/** Pushes the defaults tuple and kw-only defaults dict; returns the MAKE_FUNCTION flags. */
function visitDefaults(c: Codegen, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const value of args.defaults) c.visitExpr(value);
    c.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  const keys: string[] = [];
  const kwDefaults = args.kw_defaults as readonly (ast.Expr | null)[];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const value = kwDefaults[i] ?? null;
    if (value === null) continue;
    keys.push(mangle(c.unit.privateName, args.kwonlyargs[i]!.arg));
    c.visitExpr(value);
  }
  if (keys.length > 0) {
    c.emitConst({ type: 'tuple', items: keys });
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

/** Pushes `(name, annotation, ...)` for a def's annotations; returns whether anything was pushed. */
function visitAnnotations(c: Codegen, args: ast.Arguments, returns: ast.Expr | null): boolean {
  let count = 0;
  const visitOne = (name: string, annotation: ast.Expr | null) => {
    if (annotation === null) return;
    c.emitConst(mangle(c.unit.privateName, name));
    if (!c.options.futureAnnotations && annotation.kind === 'Starred') {
      c.visitExpr(annotation.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      visitAnnotationExpr(c, annotation);
    }
    count += 2;
  };
  // CPython's order: regular args before positional-only ones.
  for (const arg of args.args) visitOne(arg.arg, arg.annotation);
  for (const arg of args.posonlyargs) visitOne(arg.arg, arg.annotation);
  if (args.vararg !== null) visitOne(args.vararg.arg, args.vararg.annotation);
  for (const arg of args.kwonlyargs) visitOne(arg.arg, arg.annotation);
  if (args.kwarg !== null) visitOne(args.kwarg.arg, args.kwarg.annotation);
  visitOne('return', returns);
  if (count === 0) return false;
  c.emit(Op.BUILD_TUPLE, count);
  return true;
}

function checkDebugArgs(c: Codegen, args: ast.Arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
  if (args.vararg !== null) all.push(args.vararg);
  if (args.kwarg !== null) all.push(args.kwarg);
  for (const arg of all) {
    if (arg.arg === '__debug__') throw c.error('cannot assign to __debug__');
  }
}

/** `def` and `async def`. */
export function visitFunctionDef(c: Codegen, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  rejectTypeParams(c, s.type_params, "expected '('");
  const decorators = s.decorator_list;
  const firstlineno = decorators[0]?.lineno ?? s.lineno;
  checkDebugArgs(c, s.args);
  for (const decorator of decorators) c.visitExpr(decorator);
  let flags = visitDefaults(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= MAKE_FUNCTION_ANNOTATIONS;

  const isAsync = s.kind === 'AsyncFunctionDef';
  c.enterScope(s.name, isAsync ? 'async-function' : 'function', s, firstlineno);
  const docstring = docstringOf(s.body);
  c.unit.docstring = docstring;
  c.unit.addConst(docstring);
  c.unit.argcount = s.args.posonlyargs.length + s.args.args.length;
  c.unit.posonlyargcount = s.args.posonlyargs.length;
  c.unit.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < s.body.length; i++) c.visitStmt(s.body[i]!);
  emitImplicitReturn(c);
  const code = c.exitScope();

  c.setLoc(s);
  makeClosure(c, code, flags);
  applyDecorators(c, decorators);
  c.nameOp(s.name, 'Store');
}

/**
 * PEP 695 type parameters are Python 3.12 syntax; Pyex follows 3.11, whose parser rejects them at
 * the `[`: "expected '('" after a def name, "invalid syntax" after a class name. The AST has no
 * position for the bracket; it is taken to be just before the first parameter.
 */
function rejectTypeParams(
  c: Codegen,
  typeParams: readonly ast.TypeParam[],
  message: "expected '('" | 'invalid syntax',
): void {
  const first = typeParams[0];
  if (first === undefined) return;
  const col = Math.max(first.col_offset - 1, 0);
  throw syntaxErrorAt(message, {
    lineno: first.lineno,
    col_offset: col,
    end_lineno: first.lineno,
    end_col_offset: col + 1,
  });
}

/** Calls the decorators (pushed before the function) innermost first, each at its own location. */
function applyDecorators(c: Codegen, decorators: readonly ast.Expr[]): void {
  const saved = c.loc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    c.setLoc(decorators[i]!);
    c.emit(Op.CALL, 0);
  }
  c.loc = saved;
}

/** Ends a body that may fall off its end with `return None`. */
export function emitImplicitReturn(c: Codegen): void {
  if (c.unit.current.endsInTerminator) return;
  c.unsetLoc();
  c.emitConst(null);
  c.emit(Op.RETURN_VALUE);
}

/** `lambda args: body`. */
export function visitLambda(c: Codegen, e: ast.Lambda): void {
  checkDebugArgs(c, e.args);
  const flags = visitDefaults(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  // None is the first constant, so a lambda never has a docstring.
  c.unit.addConst(null);
  c.unit.argcount = e.args.posonlyargs.length + e.args.args.length;
  c.unit.posonlyargcount = e.args.posonlyargs.length;
  c.unit.kwonlyargcount = e.args.kwonlyargs.length;
  c.visitExpr(e.body);
  // Even a generator lambda returns its body's value (the StopIteration value), as CPython.
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  makeClosure(c, code, flags);
}

/** `class Name(bases, **keywords): body` via `__build_class__(func, name, *bases, **keywords)`. */
export function visitClassDef(c: Codegen, s: ast.ClassDef): void {
  rejectTypeParams(c, s.type_params, 'invalid syntax');
  const decorators = s.decorator_list;
  const firstlineno = decorators[0]?.lineno ?? s.lineno;
  for (const decorator of decorators) c.visitExpr(decorator);

  c.enterScope(s.name, 'class', s, firstlineno);
  c.unit.privateName = s.name;
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.emitConst(c.unit.qualname);
  c.nameOp('__qualname__', 'Store');
  compileBody(c, s.body, false);
  c.unsetLoc();
  if (c.unit.entry.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, c.unit.cellSlot('__class__'));
    c.emit(Op.COPY, 1);
    c.nameOp('__classcell__', 'Store');
  } else {
    c.emitConst(null);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();

  c.setLoc(s);
  c.emit(Op.PUSH_NULL);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.emitConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decorators);
  c.nameOp(s.name, 'Store');
}
