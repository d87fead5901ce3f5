// Code generation for `match` (CPython 3.11's pattern compiler): each case tests a copy of the
// subject; captured values are kept on the stack under the items being matched and stored only
// once the whole pattern (and guard) succeeded; failures jump to "fail_pop" blocks that pop
// exactly what was pushed so far.

import type * as ast from '../parser/ast.js';
import type { CodeConstant } from './code-object.js';
import type { Codegen } from './codegen.js';
import { binaryOpArg, emitCompare, jumpIf } from './codegen-expressions.js';
import { type BasicBlock, constantKey } from './codegen-unit.js';
import { constantValueOf, NOT_CONSTANT } from './constant-folding.js';
import { constantRepr } from './dis.js';
import { Op } from './opcodes.js';

/** The state of one pattern being compiled (CPython's pattern_context). */
interface PatternContext {
  /** Names captured so far; their values sit on the stack below `onTop` items. */
  stores: string[];
  /** Whether an irrefutable pattern is allowed here. */
  allowIrrefutable: boolean;
  /** failPop[n] pops n items then falls into failPop[n-1] … failPop[0] (the failure exit). */
  failPop: BasicBlock[];
  /** Items on the stack above the captured values that a failure must pop. */
  onTop: number;
}

function isWildcard(p: ast.Pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: ast.Pattern): boolean {
  return p.kind === 'MatchStar' && p.name === null;
}

/** `match subject: case ...`. */
export function visitMatch(c: Codegen, s: ast.Match): void {
  c.visitExpr(s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const matchCase = s.cases[i]!;
    c.setLoc(matchCase.pattern);
    const notLast = i !== cases - hasDefault - 1;
    if (notLast) c.emit(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = matchCase.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, matchCase.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (matchCase.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, matchCase.guard, pc.failPop[0]!, false);
    }
    if (notLast) c.emit(Op.POP_TOP);
    c.visitStmts(matchCase.body);
    c.emitJump(Op.JUMP, end);
    c.setLoc(matchCase.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    c.setLoc(last.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    if (last.guard !== null) jumpIf(c, last.guard, end, false);
    c.visitStmts(last.body);
  }
  c.useBlock(end);
}

function ensureFailPop(c: Codegen, pc: PatternContext, count: number): void {
  while (pc.failPop.length < count + 1) pc.failPop.push(c.newBlock());
}

/** Jumps (with `op`) to the failure block that pops everything pushed so far. */
function jumpToFailPop(c: Codegen, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Codegen, pc: PatternContext): void {
  const blocks = pc.failPop;
  if (blocks.length === 0) return;
  for (let i = blocks.length - 1; i > 0; i--) {
    c.useBlock(blocks[i]!);
    c.emit(Op.POP_TOP);
  }
  c.useBlock(blocks[0]!);
  pc.failPop = [];
}

/** Moves TOS down to position `count` (1-based), like 3.10's ROT_N. */
function rotate(c: Codegen, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

/** Captures TOS as `name` (or discards it for `_`), keeping it below the items still in use. */
function storeName(c: Codegen, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (name === '__debug__') throw c.error('cannot assign to __debug__');
  if (pc.stores.includes(name)) throw c.error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function compileSubpattern(c: Codegen, p: ast.Pattern, pc: PatternContext): void {
  const allowIrrefutable = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allowIrrefutable;
}

function compilePattern(c: Codegen, p: ast.Pattern, pc: PatternContext): void {
  c.enterNesting(p);
  c.setLoc(p);
  switch (p.kind) {
    case 'MatchValue':
      patternValue(c, p, pc);
      break;
    case 'MatchSingleton':
      c.emitConst(p.value);
      emitCompare(c, 'Is');
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      break;
    case 'MatchSequence':
      patternSequence(c, p, pc);
      break;
    case 'MatchMapping':
      patternMapping(c, p, pc);
      break;
    case 'MatchClass':
      patternClass(c, p, pc);
      break;
    case 'MatchStar':
      storeName(c, p.name, pc);
      break;
    case 'MatchAs':
      patternAs(c, p, pc);
      break;
    case 'MatchOr':
      patternOr(c, p, pc);
      break;
  }
  c.leaveNesting();
}

/** The value of a literal pattern, folding `-1` and `1+2j` as CPython's AST optimizer does. */
function patternConstant(e: ast.Expr): CodeConstant | typeof NOT_CONSTANT {
  const folded = constantValueOf(e);
  if (folded !== NOT_CONSTANT) return folded;
  if (e.kind === 'BinOp' && (e.op === 'Add' || e.op === 'Sub')) {
    const left = constantValueOf(e.left);
    const right = constantValueOf(e.right);
    if (left === NOT_CONSTANT || right === NOT_CONSTANT) return NOT_CONSTANT;
    if (typeof right !== 'object' || right === null || right.type !== 'complex')
      return NOT_CONSTANT;
    const real = realPart(left);
    if (real === null) return NOT_CONSTANT;
    const sign = e.op === 'Add' ? 1 : -1;
    return { type: 'complex', real: real + sign * right.real, imag: sign * right.imag };
  }
  return NOT_CONSTANT;
}

function realPart(value: CodeConstant): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null && value.type === 'float') return value.value;
  return null;
}

function patternValue(c: Codegen, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  const folded = patternConstant(value);
  if (folded !== NOT_CONSTANT) c.emitConst(folded);
  else if (value.kind === 'Attribute') c.visitExpr(value);
  else throw c.error('patterns may only match literals and attribute lookups');
  emitCompare(c, 'Eq');
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

/** A key under which constants that Python considers equal (1, 1.0, True) collide. */
function equalityKey(value: CodeConstant): string {
  if (typeof value === 'boolean') return `i${value ? 1 : 0}`;
  if (typeof value === 'object' && value !== null && value.type === 'float') {
    if (Number.isInteger(value.value)) return `i${BigInt(value.value)}`;
  }
  if (typeof value === 'object' && value !== null && value.type === 'complex' && value.imag === 0) {
    return equalityKey({ type: 'float', value: value.real });
  }
  return constantKey(value) ?? '';
}

function patternAs(c: Codegen, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) {
        throw c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      }
      throw c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.emit(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternSequence(c: Codegen, p: ast.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (pattern.kind === 'MatchStar') {
      if (star >= 0) throw c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(pattern);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(pattern);
  }
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.emitConst(size);
    emitCompare(c, 'Eq');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.emit(Op.GET_LEN);
    c.emitConst(size - 1);
    emitCompare(c, 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscript(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, pc);
  }
}

function sequenceUnpack(c: Codegen, patterns: readonly ast.Pattern[], pc: PatternContext): void {
  const size = patterns.length;
  let seenStar = false;
  for (let i = 0; i < size; i++) {
    if (patterns[i]!.kind !== 'MatchStar' || seenStar) continue;
    c.emit(Op.UNPACK_EX, i + ((size - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size;
  for (const pattern of patterns) {
    pc.onTop--;
    compileSubpattern(c, pattern, pc);
  }
}

/** `[first, *_, last]`: index the subject instead of unpacking it. */
function sequenceSubscript(
  c: Codegen,
  patterns: readonly ast.Pattern[],
  star: number,
  pc: PatternContext,
): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (isWildcard(pattern) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.emitConst(i);
    } else {
      c.emit(Op.GET_LEN);
      c.emitConst(size - i);
      c.emit(Op.BINARY_OP, binaryOpArg('Sub', false));
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, pattern, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function patternMapping(c: Codegen, p: ast.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  const starTarget = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && starTarget === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    c.emit(Op.GET_LEN);
    c.emitConst(size);
    emitCompare(c, 'GtE');
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    const folded = patternConstant(key);
    if (folded !== NOT_CONSTANT) {
      const identity = equalityKey(folded);
      if (seen.has(identity)) {
        throw c.error(`mapping pattern checks duplicate key (${constantRepr(folded)})`);
      }
      seen.add(identity);
      const saved = c.loc;
      c.setLoc(key);
      c.emitConst(folded);
      c.loc = saved;
    } else if (key.kind === 'Attribute') {
      c.visitExpr(key);
    } else {
      throw c.error('mapping pattern keys may only match literals and attribute lookups');
    }
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  // The keys tuple and the values tuple (or None) are now on top of the subject.
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.emitConst(null);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const pattern of p.patterns) {
    pc.onTop--;
    compileSubpattern(c, pattern, pc);
  }
  // A match: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[key] for each key (as CPython 3.11.7).
    c.emit(Op.BUILD_MAP, 0);
    c.emit(Op.SWAP, 3);
    c.emit(Op.DICT_UPDATE, 2);
    c.emit(Op.UNPACK_SEQUENCE, size);
    for (let remaining = size; remaining > 0; remaining--) {
      c.emit(Op.COPY, 1 + remaining);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.emit(Op.POP_TOP);
    c.emit(Op.POP_TOP);
  }
}

function patternClass(c: Codegen, p: ast.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const attrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const argCount = patterns.length;
  const attrCount = attrs.length;
  if (attrCount > 0) {
    for (let i = 0; i < attrCount; i++) {
      const attr = attrs[i]!;
      c.setLoc(kwdPatterns[i]!);
      if (attr === '__debug__') throw c.error('cannot assign to __debug__');
      for (let j = i + 1; j < attrCount; j++) {
        if (attrs[j] === attr) {
          c.setLoc(kwdPatterns[j]!);
          throw c.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    }
    c.setLoc(p);
  }
  c.visitExpr(p.cls);
  c.emitConst({ type: 'tuple', items: attrs.slice() });
  c.emit(Op.MATCH_CLASS, argCount);
  c.emit(Op.COPY, 1);
  c.emitConst(null);
  c.emit(Op.IS_OP, 1);
  // TOS is the tuple of (positional + keyword) attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, argCount + attrCount);
  pc.onTop += argCount + attrCount - 1;
  for (let i = 0; i < argCount + attrCount; i++) {
    pc.onTop--;
    const pattern = i < argCount ? patterns[i]! : kwdPatterns[i - argCount]!;
    if (isWildcard(pattern)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, pattern, pc);
  }
}

function patternOr(c: Codegen, p: ast.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = {
    stores: pc.stores,
    allowIrrefutable: pc.allowIrrefutable,
    failPop: pc.failPop,
    onTop: pc.onTop,
  };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const storeCount = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (storeCount !== control.length) {
      throw c.error('alternative patterns bind different names');
    } else if (storeCount > 0) {
      // Reorder the captured values on the stack to the order of the first alternative.
      for (let icontrol = storeCount - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.emitJump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the copy of the subject and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useBlock(end);
  const names = control ?? [];
  const rotations = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, rotations);
    if (pc.stores.includes(name))
      throw c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP);
}
