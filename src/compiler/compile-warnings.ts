// Compile-time SyntaxWarnings of CPython 3.11's compiler (compile.c: check_compare, check_caller,
// check_subscripter, check_index, compiler_assert). Printing them is left to the caller's sink.

import type * as ast from '../parser/ast.js';
import type { CodeConstant } from './code-object.js';
import type { Codegen } from './codegen.js';
import { constantValueOf, NOT_CONSTANT } from './constant-folding.js';

/** A warning raised while compiling, as `warnings.warn_explicit` receives it. */
export interface CompileWarning {
  /** The warning class name. */
  readonly category: 'SyntaxWarning';
  readonly message: string;
  /** Line of the node being compiled when the warning was raised. */
  readonly lineno: number;
}

/**
 * Receives each compile-time warning in the order CPython's compiler raises them. A sink that
 * throws `WarningAsError` (a filter's "error" action) makes the compiler raise a SyntaxError with
 * the warning's message at the current location instead, as CPython does.
 */
export type CompileWarningSink = (warning: CompileWarning) => void;

/** Thrown by a sink when the warning is to become a SyntaxError. */
export class WarningAsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WarningAsError';
  }
}

/** The Python type name of a constant (`type(value).__name__`). */
function constantTypeName(value: CodeConstant): string {
  if (value === null) return 'NoneType';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
    case 'number':
    case 'bigint':
      return 'int';
    default:
      break;
  }
  switch (value.type) {
    case 'ellipsis':
      return 'ellipsis';
    case 'code':
      return 'code';
    default:
      return value.type;
  }
}

/** The constant an expression folds to (CPython's AST optimizer runs before these checks). */
function folded(e: ast.Expr): CodeConstant | typeof NOT_CONSTANT {
  return constantValueOf(e);
}

/** CPython's infer_type: the type name an expression certainly has, or null. */
function inferType(e: ast.Expr): string | null {
  const value = folded(e);
  if (value !== NOT_CONSTANT) return constantTypeName(value);
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    default:
      return null;
  }
}

/** check_is_arg: false for a literal other than None, True, False and `...`. */
function isAllowedIdentityOperand(e: ast.Expr): boolean {
  const value = folded(e);
  if (value === NOT_CONSTANT) return true;
  return (
    value === null ||
    typeof value === 'boolean' ||
    (typeof value === 'object' && value.type === 'ellipsis')
  );
}

/** `x is 1`: "is" with a literal (at most one warning per comparison chain). */
export function checkCompare(c: Codegen, e: ast.Compare): void {
  let left = isAllowedIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const right = isAllowedIdentityOperand(e.comparators[i]!);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      c.warn(
        op === 'Is'
          ? '"is" with a literal. Did you mean "=="?'
          : '"is not" with a literal. Did you mean "!="?',
      );
      return;
    }
    left = right;
  }
}

/** `'abc'()`: calling a literal or display. */
export function checkCaller(c: Codegen, func: ast.Expr): void {
  switch (func.kind) {
    case 'Constant':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'FormattedValue':
      break;
    default:
      // Folded constants (`(-1)()`, `(1, 2)()`) count as constants too.
      if (folded(func) === NOT_CONSTANT) return;
  }
  const name = inferType(func);
  if (name === null) return;
  c.warn(`'${name}' object is not callable; perhaps you missed a comma?`);
}

/** `5[0]` and `[1, 2]['a']`: subscripting a literal that cannot be, or with an index that cannot be. */
export function checkSubscript(c: Codegen, e: ast.Subscript): void {
  checkSubscripter(c, e.value);
  checkIndex(c, e.value, e.slice);
}

function checkSubscripter(c: Codegen, value: ast.Expr): void {
  const constant = folded(value);
  if (constant !== NOT_CONSTANT) {
    const name = constantTypeName(constant);
    if (!['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset'].includes(name)) {
      return;
    }
    c.warn(`'${name}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  switch (value.kind) {
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'Lambda':
      c.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
      return;
    default:
      return;
  }
}

function checkIndex(c: Codegen, value: ast.Expr, index: ast.Expr): void {
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  const constant = folded(value);
  if (constant !== NOT_CONSTANT) {
    const name = constantTypeName(constant);
    if (name !== 'str' && name !== 'bytes' && name !== 'tuple') return;
  } else {
    switch (value.kind) {
      case 'List':
      case 'ListComp':
      case 'JoinedStr':
      case 'FormattedValue':
        break;
      default:
        return;
    }
  }
  c.warn(
    `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
  );
}

/** `assert (x, 'message')`: a non-empty tuple is always true. */
export function checkAssert(c: Codegen, s: ast.Assert): void {
  if (s.test.kind === 'Tuple' && s.test.elts.length > 0) {
    c.warn('assertion is always true, perhaps remove parentheses?');
  }
}

/**
 * Raises the warnings of an expression that CPython 3.11 compiles a second time (a `while` loop's
 * test is compiled before and after the body), in the order compiling it raises them.
 */
export function repeatWarnings(c: Codegen, e: ast.Expr): void {
  const saved = c.loc;
  walkForWarnings(c, e);
  c.loc = saved;
}

function walkForWarnings(c: Codegen, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) walkForWarnings(c, item);
    return;
  }
  if (value === null || typeof value !== 'object' || !('kind' in value)) return;
  const node = value as ast.Expr | ast.Comprehension;
  switch (node.kind) {
    case 'Constant':
      return;
    case 'Compare':
      c.setLoc(node);
      checkCompare(c, node);
      break;
    case 'Call':
      c.setLoc(node);
      checkCaller(c, node.func);
      break;
    case 'Subscript':
      if (node.ctx === 'Load') {
        c.setLoc(node);
        checkSubscript(c, node);
      }
      break;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp': {
      // The comprehension's code (conditions, inner iterables, element) is compiled before the
      // outermost iterable, which is evaluated in the enclosing scope.
      const [outer, ...inner] = node.generators;
      if (outer === undefined) return;
      walkForWarnings(c, outer.ifs);
      for (const generator of inner) walkForWarnings(c, generator);
      if (node.kind === 'DictComp') {
        walkForWarnings(c, node.key);
        walkForWarnings(c, node.value);
      } else {
        walkForWarnings(c, node.elt);
      }
      walkForWarnings(c, outer.iter);
      return;
    }
    default:
      break;
  }
  for (const key in node) {
    if (key !== 'kind') walkForWarnings(c, (node as unknown as Record<string, unknown>)[key]);
  }
}
