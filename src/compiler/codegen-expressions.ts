// Code generation for expressions: operators, comparisons (chained with COPY/SWAP), boolean
// short-circuits, calls (method calls, KW_NAMES, star-args via CALL_FUNCTION_EX), displays,
// subscripts, attributes, f-strings, and the conditional-jump helper used by statements.

import type * as ast from '../parser/ast.js';
import type { CodeConstant } from './code-object.js';
import type { Codegen } from './codegen.js';
import { locationOf } from './codegen.js';
import { assignTargets } from './codegen-assign.js';
import { type BasicBlock, constantKey } from './codegen-unit.js';
import { checkCaller, checkCompare, checkSubscript } from './compile-warnings.js';
import {
  allConstant,
  constantIsTrue,
  constantTupleOf,
  constantValueOf,
  NOT_CONSTANT,
} from './constant-folding.js';
import { BINARY_OPS, COMPARE_OPS, Op } from './opcodes.js';
import { DEF_IMPORT } from './symtable-entry.js';

/** Above this many stack items, displays and calls are built incrementally (CPython's STACK_USE_GUARD). */
export const STACK_USE_GUARD = 30;

const BINARY_OP_SYMBOLS: Record<ast.Operator, string> = {
  Add: '+',
  BitAnd: '&',
  FloorDiv: '//',
  LShift: '<<',
  MatMult: '@',
  Mult: '*',
  Mod: '%',
  BitOr: '|',
  Pow: '**',
  RShift: '>>',
  Sub: '-',
  Div: '/',
  BitXor: '^',
};

/** BINARY_OP argument of an operator (in-place form when `inplace`). */
export function binaryOpArg(op: ast.Operator, inplace: boolean): number {
  const symbol = BINARY_OP_SYMBOLS[op];
  const index = (BINARY_OPS as readonly string[]).indexOf(inplace ? `${symbol}=` : symbol);
  if (index < 0) throw new Error(`codegen: no BINARY_OP for ${op}`);
  return index;
}

/** Emits the comparison instruction of one comparison operator. */
export function emitCompare(c: Codegen, op: ast.CmpOperator): void {
  switch (op) {
    case 'Eq':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('=='));
      return;
    case 'NotEq':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('!='));
      return;
    case 'Lt':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('<'));
      return;
    case 'LtE':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('<='));
      return;
    case 'Gt':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('>'));
      return;
    case 'GtE':
      c.emit(Op.COMPARE_OP, COMPARE_OPS.indexOf('>='));
      return;
    case 'Is':
      c.emit(Op.IS_OP, 0);
      return;
    case 'IsNot':
      c.emit(Op.IS_OP, 1);
      return;
    case 'In':
      c.emit(Op.CONTAINS_OP, 0);
      return;
    case 'NotIn':
      c.emit(Op.CONTAINS_OP, 1);
      return;
  }
}

/** `a + b` and the other binary operators. */
export function visitBinOp(c: Codegen, e: ast.BinOp): void {
  const folded = constantValueOf(e);
  if (folded !== NOT_CONSTANT) {
    c.emitConst(folded);
    return;
  }
  c.visitExpr(e.left);
  c.visitExpr(e.right);
  c.emit(Op.BINARY_OP, binaryOpArg(e.op, false));
}

/** `-x`, `+x`, `~x`, `not x` (negative number literals are folded to constants). */
export function visitUnaryOp(c: Codegen, e: ast.UnaryOp): void {
  const folded = constantValueOf(e);
  if (folded !== NOT_CONSTANT) {
    c.emitConst(folded);
    return;
  }
  c.visitExpr(e.operand);
  switch (e.op) {
    case 'UAdd':
      c.emit(Op.UNARY_POSITIVE);
      return;
    case 'USub':
      c.emit(Op.UNARY_NEGATIVE);
      return;
    case 'Invert':
      c.emit(Op.UNARY_INVERT);
      return;
    case 'Not':
      c.emit(Op.UNARY_NOT);
      return;
  }
}

/** `a and b or c`: each operand but the last jumps to the end keeping the deciding value. */
export function visitBoolOp(c: Codegen, e: ast.BoolOp): void {
  const end = c.newBlock();
  const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const last = e.values.length - 1;
  for (let i = 0; i < last; i++) {
    c.visitExpr(e.values[i]!);
    c.emitJump(jump, end);
  }
  c.visitExpr(e.values[last]!);
  c.useBlock(end);
}

/** `x if test else y`. */
export function visitIfExp(c: Codegen, e: ast.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  c.visitExpr(e.body);
  c.emitJump(Op.JUMP, end);
  c.useBlock(next);
  c.visitExpr(e.orelse);
  c.useBlock(end);
}

/** `(x := value)`: the value stays on the stack. */
export function visitNamedExpr(c: Codegen, e: ast.NamedExpr): void {
  c.visitExpr(e.value);
  c.emit(Op.COPY, 1);
  c.visitExpr(e.target);
}

/** `a < b < c`: middle operands are compared twice without being evaluated twice. */
export function visitCompare(c: Codegen, e: ast.Compare): void {
  checkCompare(c, e);
  c.visitExpr(e.left);
  const count = e.ops.length;
  if (count === 1) {
    visitComparator(c, e.ops[0]!, e.comparators[0]!);
    emitCompare(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < count - 1; i++) {
    c.visitExpr(e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]!);
    c.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitComparator(c, e.ops[count - 1]!, e.comparators[count - 1]!);
  emitCompare(c, e.ops[count - 1]!);
  const end = c.newBlock();
  c.emitJump(Op.JUMP, end);
  c.useBlock(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.useBlock(end);
}

/** Right operand of a comparison; `in [1, 2]` / `in {1, 2}` of constants become constants. */
function visitComparator(c: Codegen, op: ast.CmpOperator, right: ast.Expr): void {
  if ((op === 'In' || op === 'NotIn') && (right.kind === 'List' || right.kind === 'Set')) {
    const folded = constantTupleOf(right.elts);
    if (
      folded !== NOT_CONSTANT &&
      typeof folded === 'object' &&
      folded !== null &&
      folded.type === 'tuple'
    ) {
      const saved = c.loc;
      c.setLoc(right);
      c.emitConst(
        right.kind === 'Set'
          ? { type: 'frozenset', items: distinctConstants(folded.items) }
          : folded,
      );
      c.loc = saved;
      return;
    }
  }
  c.visitExpr(right);
}

/** Items with duplicates removed (first wins), for frozenset constants. */
export function distinctConstants(items: readonly CodeConstant[]): CodeConstant[] {
  const seen = new Set<string>();
  const result: CodeConstant[] = [];
  for (const item of items) {
    const key = constantKey(item) ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

/**
 * Emits code that jumps to `next` when `e` is true (`cond`) or false (`!cond`) and falls through
 * otherwise, without materializing booleans for `not`, `and`/`or`, conditional expressions and
 * chained comparisons (CPython's compiler_jump_if).
 */
export function jumpIf(c: Codegen, e: ast.Expr, next: BasicBlock, cond: boolean): void {
  c.enterNesting(e);
  jumpIfInner(c, e, next, cond);
  c.leaveNesting();
}

function jumpIfInner(c: Codegen, e: ast.Expr, next: BasicBlock, cond: boolean): void {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'Not') {
        jumpIf(c, e.operand, next, !cond);
        return;
      }
      break;
    case 'BoolOp': {
      const values = e.values;
      const last = values.length - 1;
      const cond2 = e.op === 'Or';
      const next2 = cond2 !== cond ? c.newBlock() : next;
      for (let i = 0; i < last; i++) jumpIf(c, values[i]!, next2, cond2);
      jumpIf(c, values[last]!, next, cond);
      if (next2 !== next) c.useBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.emitJump(Op.JUMP, end);
      c.useBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useBlock(end);
      return;
    }
    case 'Compare': {
      // As CPython: the comparison's location stays current for the code that follows.
      c.setLoc(e);
      const count = e.ops.length;
      if (count === 1) {
        const op = e.ops[0]!;
        const right = e.comparators[0]!;
        if ((op === 'Is' || op === 'IsNot') && right.kind === 'Constant' && right.value === null) {
          checkCompare(c, e);
          c.visitExpr(e.left);
          const jumpsWhenNone = (op === 'Is') === cond;
          c.emitJump(jumpsWhenNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, next);
          return;
        }
        break;
      }
      checkCompare(c, e);
      const cleanup = c.newBlock();
      c.visitExpr(e.left);
      for (let i = 0; i < count - 1; i++) {
        c.visitExpr(e.comparators[i]!);
        c.emit(Op.SWAP, 2);
        c.emit(Op.COPY, 2);
        emitCompare(c, e.ops[i]!);
        c.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
      }
      visitComparator(c, e.ops[count - 1]!, e.comparators[count - 1]!);
      emitCompare(c, e.ops[count - 1]!);
      c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
      const end = c.newBlock();
      c.emitJump(Op.JUMP, end);
      c.useBlock(cleanup);
      c.emit(Op.POP_TOP);
      if (!cond) c.emitJump(Op.JUMP, next);
      c.useBlock(end);
      return;
    }
    case 'Constant': {
      if (constantIsTrue(e.value) === cond) c.emitJump(Op.JUMP, next);
      return;
    }
    default:
      break;
  }
  c.visitExpr(e);
  c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

/**
 * Moves the start of the current location to the attribute name when the attribute is on a later
 * line than the expression start, so tracebacks point at `.name` (update_start_location_to_match_attr).
 */
export function matchLocationToAttribute(c: Codegen, attr: ast.Attribute): void {
  const loc = c.loc;
  if (loc.lineno === attr.end_lineno) return;
  const lineno = attr.end_lineno;
  const length = attr.attr.length;
  let col = -1;
  let endCol = loc.end_col_offset;
  if (length <= attr.end_col_offset) col = attr.end_col_offset - length;
  else endCol = -1;
  const endLine = Math.max(lineno, loc.end_lineno);
  if (lineno === endLine && col >= 0) endCol = Math.max(col, endCol);
  c.loc = { lineno, col_offset: col, end_lineno: endLine, end_col_offset: endCol };
}

/** `obj.name` in every context. */
export function visitAttribute(c: Codegen, e: ast.Attribute): void {
  if (e.attr === '__debug__') {
    if (e.ctx === 'Store') throw c.error('cannot assign to __debug__');
    if (e.ctx === 'Del') throw c.error('cannot delete __debug__');
  }
  c.visitExpr(e.value);
  matchLocationToAttribute(c, e);
  const op = e.ctx === 'Load' ? Op.LOAD_ATTR : e.ctx === 'Store' ? Op.STORE_ATTR : Op.DELETE_ATTR;
  c.emitName(op, e.attr);
}

/** `obj[index]` in every context. */
export function visitSubscript(c: Codegen, e: ast.Subscript): void {
  if (e.ctx === 'Load') checkSubscript(c, e);
  c.visitExpr(e.value);
  c.visitExpr(e.slice);
  c.emit(
    e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR,
  );
}

/** `a:b:c` inside a subscript: BUILD_SLICE with None for missing bounds. */
export function visitSlice(c: Codegen, e: ast.Slice): void {
  if (e.lower !== null) c.visitExpr(e.lower);
  else c.emitConst(null);
  if (e.upper !== null) c.visitExpr(e.upper);
  else c.emitConst(null);
  if (e.step !== null) {
    c.visitExpr(e.step);
    c.emit(Op.BUILD_SLICE, 3);
  } else {
    c.emit(Op.BUILD_SLICE, 2);
  }
}

/** A starred expression outside a call, display or assignment target list is an error. */
export function visitStarred(c: Codegen, e: ast.Starred): void {
  if (e.ctx === 'Store') throw c.error('starred assignment target must be in a list or tuple');
  throw c.error("can't use starred expression here");
}

/** `[a, *b]` (load), or an unpacking target (store), or `del [a, b]`. */
export function visitList(c: Codegen, e: ast.List): void {
  if (e.ctx === 'Store') {
    assignTargets(c, e.elts);
  } else if (e.ctx === 'Load') {
    starUnpackHelper(c, e.elts, 0, 'list', false);
  } else {
    for (const elt of e.elts) c.visitExpr(elt);
  }
}

/** `(a, *b)` (load, folded when constant), or an unpacking target (store), or `del (a, b)`. */
export function visitTuple(c: Codegen, e: ast.Tuple): void {
  if (e.ctx === 'Store') {
    assignTargets(c, e.elts);
  } else if (e.ctx === 'Load') {
    const folded = constantTupleOf(e.elts);
    if (folded !== NOT_CONSTANT) {
      c.emitConst(folded);
      return;
    }
    starUnpackHelper(c, e.elts, 0, 'list', true);
  } else {
    for (const elt of e.elts) c.visitExpr(elt);
  }
}

/** `{a, *b}`. */
export function visitSet(c: Codegen, e: ast.Set): void {
  starUnpackHelper(c, e.elts, 0, 'set', false);
}

/**
 * Builds a list, tuple or set from elements that may contain `*iterable` (CPython's
 * starunpack_helper); `pushed` items already on the stack become its first elements.
 */
export function starUnpackHelper(
  c: Codegen,
  elts: readonly ast.Expr[],
  pushed: number,
  kind: 'list' | 'set',
  tuple: boolean,
): void {
  const build = kind === 'list' ? Op.BUILD_LIST : Op.BUILD_SET;
  const add = kind === 'list' ? Op.LIST_APPEND : Op.SET_ADD;
  const extend = kind === 'list' ? Op.LIST_EXTEND : Op.SET_UPDATE;
  const count = elts.length;
  if (count > 2 && allConstant(elts)) {
    const folded = constantTupleOf(elts);
    if (
      folded !== NOT_CONSTANT &&
      typeof folded === 'object' &&
      folded !== null &&
      folded.type === 'tuple'
    ) {
      if (tuple && pushed === 0) {
        c.emitConst(folded);
        return;
      }
      c.emit(build, pushed);
      c.emitConst(
        kind === 'set' ? { type: 'frozenset', items: distinctConstants(folded.items) } : folded,
      );
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
      return;
    }
  }
  const big = count + pushed > STACK_USE_GUARD;
  let seenStar = false;
  for (const elt of elts) if (elt.kind === 'Starred') seenStar = true;
  if (!seenStar && !big) {
    for (const elt of elts) c.visitExpr(elt);
    c.emit(tuple ? Op.BUILD_TUPLE : build, count + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < count; i++) {
    const elt = elts[i]!;
    if (elt.kind === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      c.visitExpr(elt.value);
      c.emit(extend, 1);
    } else {
      c.visitExpr(elt);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

/** `{k: v, **m}`. */
export function visitDict(c: Codegen, e: ast.Dict): void {
  const keys = e.keys as readonly (ast.Expr | null)[];
  const count = e.values.length;
  let elements = 0;
  let haveDict = false;
  for (let i = 0; i < count; i++) {
    if (keys[i] === null) {
      if (elements > 0) {
        subDict(c, keys, e.values, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      c.visitExpr(e.values[i]!);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUARD) {
      subDict(c, keys, e.values, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    subDict(c, keys, e.values, count - elements, count);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function subDict(
  c: Codegen,
  keys: readonly (ast.Expr | null)[],
  values: readonly ast.Expr[],
  begin: number,
  end: number,
): void {
  const count = end - begin;
  const big = count * 2 > STACK_USE_GUARD;
  if (count > 1 && !big) {
    const keyExprs = keys.slice(begin, end) as ast.Expr[];
    const folded = constantTupleOf(keyExprs);
    if (folded !== NOT_CONSTANT) {
      for (let i = begin; i < end; i++) c.visitExpr(values[i]!);
      c.emitConst(folded);
      c.emit(Op.BUILD_CONST_KEY_MAP, count);
      return;
    }
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.visitExpr(keys[i]!);
    c.visitExpr(values[i]!);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, count);
}

/** `f'...{x!r:>10}...'`. */
export function visitJoinedStr(c: Codegen, e: ast.JoinedStr): void {
  const count = e.values.length;
  if (count > STACK_USE_GUARD) {
    c.emitConst('');
    c.emitRawName(Op.LOAD_METHOD, 'join');
    c.emit(Op.BUILD_LIST, 0);
    for (const value of e.values) {
      c.visitExpr(value);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  for (const value of e.values) c.visitExpr(value);
  if (count !== 1) c.emit(Op.BUILD_STRING, count);
}

/** One `{value!conversion:spec}` field of an f-string. */
export function visitFormattedValue(c: Codegen, e: ast.FormattedValue): void {
  c.visitExpr(e.value);
  let arg = 0;
  switch (e.conversion) {
    case 115:
      arg = 1;
      break;
    case 114:
      arg = 2;
      break;
    case 97:
      arg = 3;
      break;
    default:
      arg = 0;
  }
  if (e.format_spec !== null) {
    c.visitExpr(e.format_spec);
    arg |= 4;
  }
  c.emit(Op.FORMAT_VALUE, arg);
}

// ---- calls ----

function validateKeywords(c: Codegen, keywords: readonly ast.Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const name = keywords[i]!.arg;
    if (name === null) continue;
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j]!;
      if (other.arg === name) {
        c.setLoc(other);
        throw c.error(`keyword argument repeated: ${name}`);
      }
    }
  }
}

/** `f(args)`: LOAD_METHOD/CALL for `obj.m(...)`, PUSH_NULL + CALL otherwise. */
export function visitCall(c: Codegen, e: ast.Call): void {
  if (maybeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  const saved = c.loc;
  c.setLoc(e.func);
  c.emit(Op.PUSH_NULL);
  c.loc = saved;
  c.visitExpr(e.func);
  callHelper(c, 0, e.args, e.keywords);
}

function maybeMethodCall(c: Codegen, e: ast.Call): boolean {
  const method = e.func;
  if (method.kind !== 'Attribute' || method.ctx !== 'Load') return false;
  // Attributes of names imported at module level (modules, mostly) use LOAD_ATTR, as CPython.
  const base = method.value;
  if (base.kind === 'Name' && c.symtable.top.flagsOf(base.id) & DEF_IMPORT) return false;
  const argCount = e.args.length;
  const keywordCount = e.keywords.length;
  if (argCount + keywordCount >= STACK_USE_GUARD) return false;
  for (const arg of e.args) if (arg.kind === 'Starred') return false;
  for (const keyword of e.keywords) if (keyword.arg === null) return false;
  validateKeywords(c, e.keywords);
  c.visitExpr(method.value);
  const saved = c.loc;
  c.loc = locationOf(method);
  matchLocationToAttribute(c, method);
  c.emitName(Op.LOAD_METHOD, method.attr);
  c.loc = saved;
  for (const arg of e.args) c.visitExpr(arg);
  if (keywordCount > 0) {
    for (const keyword of e.keywords) c.visitExpr(keyword.value);
    emitKeywordNames(c, e.keywords);
  }
  matchLocationToAttribute(c, method);
  c.emit(Op.CALL, argCount + keywordCount);
  c.loc = saved;
  return true;
}

function emitKeywordNames(c: Codegen, keywords: readonly ast.Keyword[]): void {
  c.emit(
    Op.KW_NAMES,
    c.unit.addConst({ type: 'tuple', items: keywords.map((keyword) => keyword.arg!) }),
  );
}

/**
 * Emits the arguments and the call of a callable already on the stack with `pushed` extra
 * positional arguments above it (CPython's compiler_call_helper).
 */
export function callHelper(
  c: Codegen,
  pushed: number,
  args: readonly ast.Expr[],
  keywords: readonly ast.Keyword[],
): void {
  validateKeywords(c, keywords);
  const argCount = args.length;
  const keywordCount = keywords.length;
  let simple = argCount + keywordCount * 2 <= STACK_USE_GUARD;
  if (simple) for (const arg of args) if (arg.kind === 'Starred') simple = false;
  if (simple) for (const keyword of keywords) if (keyword.arg === null) simple = false;
  if (simple) {
    for (const arg of args) c.visitExpr(arg);
    if (keywordCount > 0) {
      for (const keyword of keywords) c.visitExpr(keyword.value);
      emitKeywordNames(c, keywords);
    }
    c.emit(Op.CALL, pushed + argCount + keywordCount);
    return;
  }
  // Positional arguments as one tuple.
  const first = args[0];
  if (pushed === 0 && argCount === 1 && first?.kind === 'Starred') {
    c.visitExpr(first.value);
  } else {
    starUnpackHelper(c, args, pushed, 'list', true);
  }
  // Keyword arguments as one dict.
  if (keywordCount > 0) {
    let haveDict = false;
    let seen = 0;
    for (let i = 0; i < keywordCount; i++) {
      const keyword = keywords[i]!;
      if (keyword.arg === null) {
        if (seen > 0) {
          subKeywordArgs(c, keywords, i - seen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          seen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        c.visitExpr(keyword.value);
        c.emit(Op.DICT_MERGE, 1);
      } else {
        seen++;
      }
    }
    if (seen > 0) {
      subKeywordArgs(c, keywords, keywordCount - seen, keywordCount);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, keywordCount > 0 ? 1 : 0);
}

function subKeywordArgs(
  c: Codegen,
  keywords: readonly ast.Keyword[],
  begin: number,
  end: number,
): void {
  const count = end - begin;
  const big = count * 2 > STACK_USE_GUARD;
  if (count > 1 && !big) {
    for (let i = begin; i < end; i++) c.visitExpr(keywords[i]!.value);
    c.emitConst({
      type: 'tuple',
      items: keywords.slice(begin, end).map((keyword) => keyword.arg!),
    });
    c.emit(Op.BUILD_CONST_KEY_MAP, count);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.emitConst(keywords[i]!.arg!);
    c.visitExpr(keywords[i]!.value);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, count);
}
