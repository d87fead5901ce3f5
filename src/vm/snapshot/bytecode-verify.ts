// Bytecode verifier for restored code objects: every argument in range for what it indexes, and an
// abstract run over the flow graph (jumps, fall-through, exception edges) giving each reachable
// instruction one stack depth and, per stack slot, the kinds of value it can hold (NULL, a list, an
// exception…), so no instruction reads below its frame's stack, past its slots, or a value of a kind
// eval-loop.ts casts without checking. Checks of paused frames against these states are
// snapshot-frames.ts's; object fields are snapshot-validate.ts's.

import { isJump, isTerminator } from '../../compiler/codegen-unit.js';
import { BINARY_OPS, COMPARE_OPS, OPCODE_NAMES, Op } from '../../compiler/opcodes.js';
import { PyCode } from '../../objects/code.js';
import { PyTuple } from '../../objects/tuple.js';
import { GENERATOR_FLAGS } from '../call.js';
import { SnapshotFormatError } from './snapshot-format.js';

/** Stack slot kinds, as bits: a slot's mask is every kind of value it may hold. */
export const Kind = {
  /** CPython's NULL (`undefined` on the stack): PUSH_NULL, LOAD_METHOD's plain-attribute case. */
  NULL: 1,
  /** Any Python value of no kind tracked below. */
  VALUE: 2,
  LIST: 4,
  SET: 8,
  DICT: 16,
  STR: 32,
  TUPLE: 64,
  /** A tuple of cells built by BUILD_TUPLE from LOAD_CLOSUREs (MAKE_FUNCTION's closure). */
  CELL_TUPLE: 128,
  /** A PyCode (LOAD_CONST of a nested code object). */
  CODE: 256,
  /** An exception instance (pushed by exception handling). */
  EXCEPTION: 512,
  /** None or an exception: what PUSH_EXC_INFO saves (the exception being handled before). */
  EXC_INFO: 1024,
  /** A PyCell (LOAD_CLOSURE). */
  CELL: 2048,
} as const;

/** Every kind but NULL: a slot that always holds a Python value. */
const VALUES = 0xffff & ~Kind.NULL;
const ANY = 0xffff;
const TUPLES = Kind.TUPLE | Kind.CELL_TUPLE;

/** What the verifier found about one code object (kept per CodeObject during one restore). */
export interface VerifiedCode {
  /** The code object verified (its constants are what LOAD_CONST's kinds came from). */
  readonly pyCode: PyCode;
  /** Stack depth before each instruction; -1 for instructions no path reaches. */
  readonly depths: Int32Array;
  /** 1 where a basic block starts (flow merges there). */
  readonly leaders: Uint8Array;
  /** Slot kinds before each leader instruction (a mask per slot, deepest first). */
  readonly states: Map<number, Uint16Array>;
}

/** The most characters of a code object's name an error message shows. */
const NAME_LIMIT = 60;

function failure(pyCode: PyCode, at: number, detail: string): SnapshotFormatError {
  const name = String(pyCode.code.qualname).slice(0, NAME_LIMIT);
  return new SnapshotFormatError(
    `invalid snapshot: bytecode of '${name}' at instruction ${at}: ${detail}`,
  );
}

/** A kind mask in words, for error messages: `NULL or VALUE`. */
export function kindNames(mask: number): string {
  const names: string[] = [];
  for (const [name, bit] of Object.entries(Kind)) if ((mask & bit) !== 0) names.push(name);
  return names.join(' or ');
}

/** The kind of a constant pushed by LOAD_CONST. */
function kindOfConstant(value: unknown): number {
  if (typeof value === 'string') return Kind.STR;
  if (value instanceof PyTuple) return Kind.TUPLE;
  if (value instanceof PyCode) return Kind.CODE;
  return Kind.VALUE;
}

/**
 * One abstract run over a code object. `check` runs are the verification (edges merge into block
 * states, errors throw); a run with `stopAt` replays one block up to that instruction to give the
 * slot kinds there.
 */
class AbstractRun {
  readonly pyCode: PyCode;
  readonly instructions: Int32Array;
  readonly count: number;
  readonly stackSize: number;
  readonly localCount: number;
  readonly derefCount: number;
  readonly nameCount: number;
  readonly isGenerator: boolean;
  readonly handlerOf: Int32Array;
  readonly verified: VerifiedCode;
  /** The slot kinds of the instruction being stepped (deepest first). */
  readonly stack: Uint16Array;
  depth = 0;
  at = 0;
  readonly queue: number[] = [];
  readonly queued: Uint8Array;
  /** False while replaying a block: edges are not merged. */
  merging = true;

  constructor(pyCode: PyCode, verified: VerifiedCode, handlerOf: Int32Array) {
    const code = pyCode.code;
    this.pyCode = pyCode;
    this.instructions = code.code;
    this.count = code.code.length >> 1;
    this.stackSize = code.stacksize;
    this.localCount = code.varnames.length;
    this.derefCount = code.cellvars.length + code.freevars.length;
    this.nameCount = code.names.length;
    this.isGenerator = (code.flags & GENERATOR_FLAGS) !== 0;
    this.handlerOf = handlerOf;
    this.verified = verified;
    this.stack = new Uint16Array(code.stacksize + 1);
    this.queued = new Uint8Array(this.count);
  }

  fail(detail: string): SnapshotFormatError {
    return failure(this.pyCode, this.at, detail);
  }

  pop(allowed: number): number {
    if (this.depth <= 0) throw this.fail('pops an empty stack');
    const kind = this.stack[--this.depth]!;
    if ((kind & ~allowed) !== 0) throw this.wrongKind(kind);
    return kind;
  }

  wrongKind(kind: number): SnapshotFormatError {
    const op = OPCODE_NAMES[this.instructions[this.at * 2]!];
    return this.fail(`${op} given a stack value that may be ${kindNames(kind)}`);
  }

  popMany(count: number, allowed: number): void {
    for (let index = 0; index < count; index++) this.pop(allowed);
  }

  push(kind: number): void {
    if (this.depth >= this.stackSize) throw this.fail('stack overflow');
    this.stack[this.depth++] = kind;
  }

  /** Checks the slot `position` from the top (1 = TOS) without popping it; returns its kind. */
  peek(position: number, allowed: number): number {
    if (position < 1 || position > this.depth) throw this.fail('reads below the stack');
    const kind = this.stack[this.depth - position]!;
    if ((kind & ~allowed) !== 0) throw this.wrongKind(kind);
    return kind;
  }

  /** Merges the current stack (its first `depth` slots) into the state of block `target`. */
  merge(target: number, depth: number): void {
    if (!this.merging) return;
    if (target < 0 || target >= this.count) throw this.fail('a jump out of the code');
    const states = this.verified.states;
    const state = states.get(target);
    if (state === undefined) {
      states.set(target, this.stack.slice(0, depth));
      this.enqueue(target);
      return;
    }
    if (state.length !== depth) {
      throw this.fail(
        `instruction ${target} reached with stack depths ${state.length} and ${depth}`,
      );
    }
    let changed = false;
    for (let slot = 0; slot < depth; slot++) {
      const joined = state[slot]! | this.stack[slot]!;
      if (joined !== state[slot]) {
        state[slot] = joined;
        changed = true;
      }
    }
    if (changed) this.enqueue(target);
  }

  enqueue(target: number): void {
    if (this.queued[target] === 0) {
      this.queued[target] = 1;
      this.queue.push(target);
    }
  }

  /** Runs the block starting at `leader`; with `stopAt` >= 0 stops before that instruction. */
  runBlock(leader: number, stopAt: number): void {
    const state = this.verified.states.get(leader)!;
    this.stack.set(state);
    this.depth = state.length;
    const { depths, leaders } = this.verified;
    for (let index = leader; ; index++) {
      if (index === stopAt) return;
      if (index >= this.count) {
        this.at = index - 1;
        throw this.fail('runs past the last instruction');
      }
      if (index !== leader && leaders[index] === 1) {
        this.merge(index, this.depth);
        return;
      }
      this.at = index;
      if (this.merging) {
        if (depths[index]! >= 0 && depths[index] !== this.depth) {
          throw this.fail(`reached with stack depths ${depths[index]} and ${this.depth}`);
        }
        depths[index] = this.depth;
      }
      const op = this.instructions[index * 2]!;
      const arg = this.instructions[index * 2 + 1]!;
      const handler = this.handlerOf[index]!;
      if (handler >= 0 && this.merging) this.exceptionEdge(handler, op);
      this.step(index, op, arg);
      if (isTerminator(op)) return;
    }
  }

  /**
   * The edge to the handler of exception-table entry `entryIndex` from the instruction about to run
   * (`op`): unwinding keeps the slots below the handler's depth, which hold what they held before the
   * instruction (instructions write their results only once nothing can raise, except LOAD_METHOD,
   * which stores its NULL first).
   */
  exceptionEdge(entryIndex: number, op: number): void {
    const entry = this.pyCode.code.exceptionTable[entryIndex]!;
    if (entry.depth > this.depth) {
      throw this.fail(
        `an exception handler deeper (${entry.depth}) than the stack (${this.depth})`,
      );
    }
    const saved = this.depth;
    const savedFrom = Math.max(0, entry.depth - 1);
    const savedSlots = this.stack.slice(savedFrom, entry.depth + 2);
    if (op === Op.LOAD_METHOD && entry.depth === saved) this.stack[saved - 1]! |= Kind.NULL;
    this.depth = entry.depth;
    if (entry.lasti) this.push(Kind.VALUE);
    this.push(Kind.EXCEPTION);
    this.merge(entry.target, this.depth);
    this.stack.set(savedSlots, savedFrom);
    this.depth = saved;
  }

  checkIndex(arg: number, limit: number, what: string): void {
    if (arg < 0 || arg >= limit) throw this.fail(`${what} index ${arg} out of range`);
  }

  /** The abstract effect of one instruction (see eval-loop.ts and fast-outlined-ops.ts). */
  step(index: number, op: number, arg: number): void {
    switch (op) {
      case Op.NOP:
      case Op.SETUP_ANNOTATIONS:
        break;
      case Op.POP_TOP:
        this.pop(ANY);
        break;
      case Op.PUSH_NULL:
        this.push(Kind.NULL);
        break;
      case Op.SWAP: {
        this.peek(arg, ANY);
        const top = this.stack[this.depth - 1]!;
        this.stack[this.depth - 1] = this.stack[this.depth - arg]!;
        this.stack[this.depth - arg] = top;
        break;
      }
      case Op.COPY:
        this.push(this.peek(arg, ANY));
        break;
      case Op.UNARY_POSITIVE:
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_NOT:
      case Op.UNARY_INVERT:
      case Op.GET_ITER:
      case Op.GET_YIELD_FROM_ITER:
      case Op.GET_AITER:
      case Op.ASYNC_GEN_WRAP:
        this.pop(VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.GET_AWAITABLE:
        this.checkIndex(arg, 3, 'await kind');
        this.pop(VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.BINARY_OP:
      case Op.COMPARE_OP:
      case Op.IS_OP:
      case Op.CONTAINS_OP:
        if (op === Op.BINARY_OP) this.checkIndex(arg, BINARY_OPS.length, 'binary operator');
        else if (op === Op.COMPARE_OP) this.checkIndex(arg, COMPARE_OPS.length, 'comparison');
        else this.checkIndex(arg, 2, 'negation flag');
        this.popMany(2, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.BINARY_SUBSCR:
        this.popMany(2, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.STORE_SUBSCR:
        this.popMany(3, VALUES);
        break;
      case Op.DELETE_SUBSCR:
        this.popMany(2, VALUES);
        break;
      case Op.BUILD_SLICE:
        if (arg !== 2 && arg !== 3) throw this.fail(`BUILD_SLICE of ${arg} items`);
        this.popMany(arg, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.LOAD_CONST:
        this.checkIndex(arg, this.pyCode.consts.length, 'constant');
        this.push(kindOfConstant(this.pyCode.consts[arg]));
        break;
      case Op.LOAD_NAME:
      case Op.LOAD_GLOBAL:
        this.checkIndex(arg, this.nameCount, 'name');
        this.push(Kind.VALUE);
        break;
      case Op.STORE_NAME:
      case Op.STORE_GLOBAL:
        this.checkIndex(arg, this.nameCount, 'name');
        this.pop(VALUES);
        break;
      case Op.DELETE_NAME:
      case Op.DELETE_GLOBAL:
        this.checkIndex(arg, this.nameCount, 'name');
        break;
      case Op.LOAD_FAST:
        this.checkIndex(arg, this.localCount, 'local');
        this.push(Kind.VALUE);
        break;
      case Op.STORE_FAST:
        this.checkIndex(arg, this.localCount, 'local');
        this.pop(VALUES);
        break;
      case Op.DELETE_FAST:
        this.checkIndex(arg, this.localCount, 'local');
        break;
      case Op.LOAD_DEREF:
      case Op.LOAD_CLASSDEREF:
        this.checkIndex(arg, this.derefCount, 'cell');
        this.push(Kind.VALUE);
        break;
      case Op.STORE_DEREF:
        this.checkIndex(arg, this.derefCount, 'cell');
        this.pop(VALUES);
        break;
      case Op.DELETE_DEREF:
        this.checkIndex(arg, this.derefCount, 'cell');
        break;
      case Op.LOAD_CLOSURE:
        this.checkIndex(arg, this.derefCount, 'cell');
        this.push(Kind.CELL);
        break;
      case Op.LOAD_ATTR:
        this.checkIndex(arg, this.nameCount, 'name');
        this.pop(VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.STORE_ATTR:
        this.checkIndex(arg, this.nameCount, 'name');
        this.popMany(2, VALUES);
        break;
      case Op.DELETE_ATTR:
        this.checkIndex(arg, this.nameCount, 'name');
        this.pop(VALUES);
        break;
      case Op.LOAD_METHOD:
        this.checkIndex(arg, this.nameCount, 'name');
        this.pop(VALUES);
        this.push(Kind.NULL | Kind.VALUE);
        this.push(Kind.VALUE);
        break;
      case Op.LOAD_BUILD_CLASS:
      case Op.LOAD_ASSERTION_ERROR:
        this.push(Kind.VALUE);
        break;
      case Op.BUILD_TUPLE: {
        this.checkCount(arg);
        let cells = arg > 0;
        for (let item = 0; item < arg; item++) if (this.pop(VALUES) !== Kind.CELL) cells = false;
        this.push(cells ? Kind.CELL_TUPLE : Kind.TUPLE);
        break;
      }
      case Op.BUILD_LIST:
      case Op.BUILD_SET:
        this.checkCount(arg);
        this.popMany(arg, VALUES);
        this.push(op === Op.BUILD_LIST ? Kind.LIST : Kind.SET);
        break;
      case Op.BUILD_MAP:
        this.checkCount(arg * 2);
        this.popMany(arg * 2, VALUES);
        this.push(Kind.DICT);
        break;
      case Op.BUILD_CONST_KEY_MAP: {
        // The keys tuple must have one key per value: the LOAD_CONST just before says how many.
        const keys = this.constantBefore(index);
        if (!(keys instanceof PyTuple) || keys.items.length !== arg) {
          throw this.fail('BUILD_CONST_KEY_MAP without its keys tuple just before');
        }
        this.pop(TUPLES);
        this.checkCount(arg);
        this.popMany(arg, VALUES);
        this.push(Kind.DICT);
        break;
      }
      case Op.BUILD_STRING:
        this.checkCount(arg);
        this.popMany(arg, Kind.STR);
        this.push(Kind.STR);
        break;
      case Op.LIST_APPEND:
      case Op.LIST_EXTEND:
        this.pop(VALUES);
        this.peek(arg, Kind.LIST);
        break;
      case Op.SET_ADD:
      case Op.SET_UPDATE:
        this.pop(VALUES);
        this.peek(arg, Kind.SET);
        break;
      case Op.MAP_ADD:
        this.popMany(2, VALUES);
        this.peek(arg, Kind.DICT);
        break;
      case Op.DICT_UPDATE:
        this.pop(VALUES);
        this.peek(arg, Kind.DICT);
        break;
      case Op.DICT_MERGE:
        this.pop(VALUES);
        this.peek(arg, Kind.DICT);
        // The callable, named in its error messages.
        this.peek(arg + 2, VALUES);
        break;
      case Op.LIST_TO_TUPLE:
        this.pop(Kind.LIST);
        this.push(Kind.TUPLE);
        break;
      case Op.FORMAT_VALUE:
        this.checkIndex(arg, 8, 'format flags');
        if ((arg & 4) !== 0) this.pop(VALUES);
        this.pop(VALUES);
        this.push(Kind.STR);
        break;
      case Op.UNPACK_SEQUENCE:
        if (arg < 0) throw this.fail(`unpacking ${arg} items`);
        this.pop(VALUES);
        for (let item = 0; item < arg; item++) this.push(Kind.VALUE);
        break;
      case Op.UNPACK_EX: {
        if (arg < 0) throw this.fail(`unpacking ${arg} items`);
        this.pop(VALUES);
        const total = (arg & 0xff) + (arg >> 8) + 1;
        for (let item = 0; item < total; item++) this.push(Kind.VALUE);
        break;
      }
      case Op.JUMP:
        this.merge(arg, this.depth);
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        this.pop(VALUES);
        this.merge(arg, this.depth);
        break;
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE: {
        this.pop(VALUES);
        // After `COPY 1`, the value tested is the new TOS: where it is not None, None-or-exception
        // is an exception (except* re-raises PREP_RERAISE_STAR's result that way).
        const narrows =
          index > 0 &&
          this.verified.leaders[index] !== 1 &&
          this.instructions[(index - 1) * 2] === Op.COPY &&
          this.instructions[(index - 1) * 2 + 1] === 1 &&
          this.depth > 0;
        const top = this.depth - 1;
        const kind = this.stack[top]!;
        const notNone =
          (kind & Kind.EXC_INFO) !== 0 ? (kind & ~Kind.EXC_INFO) | Kind.EXCEPTION : kind;
        if (narrows && op === Op.POP_JUMP_IF_NOT_NONE) this.stack[top] = notNone;
        this.merge(arg, this.depth);
        this.stack[top] = narrows && op === Op.POP_JUMP_IF_NONE ? notNone : kind;
        break;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
        this.peek(1, VALUES);
        this.merge(arg, this.depth);
        this.pop(VALUES);
        break;
      case Op.FOR_ITER:
        this.peek(1, VALUES);
        this.depth--;
        this.merge(arg, this.depth);
        this.depth++;
        this.push(Kind.VALUE);
        break;
      case Op.SEND:
        if (!this.isGenerator) throw this.fail('SEND outside a generator');
        this.pop(VALUES);
        this.pop(VALUES);
        this.push(Kind.VALUE);
        this.merge(arg, this.depth);
        this.depth--;
        this.push(Kind.VALUE);
        this.push(Kind.VALUE);
        break;
      case Op.YIELD_VALUE:
        if (!this.isGenerator) throw this.fail('YIELD_VALUE outside a generator');
        this.checkIndex(arg, 2, 'yield kind');
        if (arg === 1 && (index === 0 || this.instructions[(index - 1) * 2] !== Op.SEND)) {
          throw this.fail('YIELD_VALUE 1 not just after a SEND');
        }
        this.pop(VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.MAKE_FUNCTION:
        this.makeFunction(index, arg);
        break;
      case Op.KW_NAMES: {
        this.checkIndex(arg, this.pyCode.kwnames.length, 'keyword names');
        const names = this.pyCode.kwnames[arg];
        const next = index + 1;
        if (
          !Array.isArray(names) ||
          next >= this.count ||
          this.instructions[next * 2] !== Op.CALL ||
          this.instructions[next * 2 + 1]! < names.length
        ) {
          throw this.fail('KW_NAMES not just before a CALL with that many arguments');
        }
        break;
      }
      case Op.CALL:
        if (arg < 0) throw this.fail(`CALL of ${arg} arguments`);
        this.checkCount(arg + 2);
        this.popMany(arg + 1, VALUES);
        this.pop(ANY);
        this.push(Kind.VALUE);
        break;
      case Op.CALL_FUNCTION_EX:
        this.checkIndex(arg, 2, 'call flags');
        if ((arg & 1) !== 0) this.pop(VALUES);
        this.popMany(2, VALUES);
        this.pop(ANY);
        this.push(Kind.VALUE);
        break;
      case Op.RETURN_VALUE:
        this.pop(VALUES);
        break;
      case Op.RAISE_VARARGS:
        this.checkIndex(arg, 3, 'raise form');
        this.popMany(arg, VALUES);
        break;
      case Op.RERAISE:
        this.pop(Kind.EXCEPTION);
        if (arg !== 0) this.peek(arg, ANY);
        break;
      case Op.PUSH_EXC_INFO:
        this.pop(Kind.EXCEPTION);
        this.push(Kind.EXC_INFO);
        this.push(Kind.EXCEPTION);
        break;
      case Op.POP_EXCEPT:
        this.pop(Kind.EXCEPTION | Kind.EXC_INFO);
        break;
      case Op.CHECK_EXC_MATCH:
        this.peek(2, VALUES);
        this.pop(VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.CHECK_EG_MATCH:
        // A later except* clause matches against the rest an earlier one left (None when none).
        this.pop(VALUES);
        this.pop(Kind.EXCEPTION | Kind.EXC_INFO);
        this.push(Kind.EXCEPTION | Kind.EXC_INFO);
        this.push(Kind.EXCEPTION | Kind.EXC_INFO);
        break;
      case Op.PREP_RERAISE_STAR:
        this.pop(Kind.LIST);
        this.pop(Kind.EXCEPTION);
        this.push(Kind.EXC_INFO);
        break;
      case Op.WITH_EXCEPT_START:
        this.peek(1, Kind.EXCEPTION);
        this.peek(4, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.BEFORE_WITH:
      case Op.BEFORE_ASYNC_WITH:
        this.pop(VALUES);
        this.push(Kind.VALUE);
        this.push(Kind.VALUE);
        break;
      case Op.GET_ANEXT:
      case Op.GET_LEN:
      case Op.MATCH_MAPPING:
      case Op.MATCH_SEQUENCE:
        this.peek(1, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.END_ASYNC_FOR:
        this.pop(Kind.EXCEPTION);
        this.pop(VALUES);
        break;
      case Op.IMPORT_NAME:
        this.checkIndex(arg, this.nameCount, 'name');
        this.popMany(2, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.IMPORT_FROM:
        this.checkIndex(arg, this.nameCount, 'name');
        this.peek(1, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.IMPORT_STAR:
      case Op.PRINT_EXPR:
        this.pop(VALUES);
        break;
      case Op.MATCH_KEYS:
        this.peek(1, TUPLES);
        this.peek(2, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.MATCH_CLASS:
        if (arg < 0) throw this.fail(`MATCH_CLASS of ${arg} patterns`);
        this.pop(TUPLES);
        this.popMany(2, VALUES);
        this.push(Kind.VALUE);
        break;
      case Op.COPY_DICT_WITHOUT_KEYS:
        this.pop(TUPLES);
        this.peek(1, VALUES);
        this.push(Kind.VALUE);
        break;
      default:
        throw this.fail(`unknown opcode ${op}`);
    }
  }

  checkCount(items: number): void {
    if (items < 0 || items > this.depth) {
      throw this.fail(`${OPCODE_NAMES[this.instructions[this.at * 2]!]} of ${items} items`);
    }
  }

  /** The constant the LOAD_CONST just before `index` pushes (none when a jump lands between). */
  constantBefore(index: number): unknown {
    if (index === 0 || this.verified.leaders[index] === 1) return undefined;
    const at = (index - 1) * 2;
    if (this.instructions[at] !== Op.LOAD_CONST) return undefined;
    return this.pyCode.consts[this.instructions[at + 1]!];
  }

  /**
   * MAKE_FUNCTION: the code object comes from the LOAD_CONST just before, and a closure (flag 8)
   * from the BUILD_TUPLE of exactly its free variables' cells before that (call.ts initCells copies
   * one cell per free variable).
   */
  makeFunction(index: number, arg: number): void {
    this.checkIndex(arg, 16, 'function flags');
    const fnCode = this.constantBefore(index);
    if (!(fnCode instanceof PyCode)) throw this.fail('MAKE_FUNCTION without its code just before');
    const freeCount = fnCode.code.freevars.length;
    if ((arg & 8) !== 0) {
      const at = (index - 2) * 2;
      if (
        index < 2 ||
        this.verified.leaders[index - 1] === 1 ||
        this.instructions[at] !== Op.BUILD_TUPLE ||
        this.instructions[at + 1] !== freeCount
      ) {
        throw this.fail('MAKE_FUNCTION without one closure cell per free variable');
      }
    } else if (freeCount !== 0) {
      throw this.fail('MAKE_FUNCTION of code with free variables without a closure');
    }
    this.pop(Kind.CODE);
    if ((arg & 8) !== 0) this.pop(Kind.CELL_TUPLE);
    if ((arg & 4) !== 0) this.pop(TUPLES | Kind.DICT);
    if ((arg & 2) !== 0) this.pop(Kind.DICT);
    if ((arg & 1) !== 0) this.pop(TUPLES);
    this.push(Kind.VALUE);
  }
}

/**
 * Verifies the bytecode of `pyCode` (whose fields snapshot-validate.ts has checked: arrays of the
 * right types, a sorted exception table in range). Throws SnapshotFormatError naming the
 * instruction and the broken rule. Linear in the code size (each block is run again only when a
 * merge adds kinds to its entry state, a bounded number of times).
 */
export function verifyBytecode(pyCode: PyCode): VerifiedCode {
  const code = pyCode.code;
  const instructions = code.code;
  const count = instructions.length >> 1;
  const leaders = new Uint8Array(count);
  const handlerOf = new Int32Array(count).fill(-1);
  const table = code.exceptionTable;
  for (let entryIndex = 0; entryIndex < table.length; entryIndex++) {
    const entry = table[entryIndex]!;
    for (let index = entry.start; index < entry.end; index++) handlerOf[index] = entryIndex;
    leaders[entry.target] = 1;
  }
  leaders[0] = 1;
  for (let index = 0; index < count; index++) {
    const op = instructions[index * 2]!;
    if (isJump(op)) {
      const target = instructions[index * 2 + 1]!;
      if (target >= 0 && target < count) leaders[target] = 1;
    }
    if ((isJump(op) || isTerminator(op)) && index + 1 < count) leaders[index + 1] = 1;
  }
  const verified: VerifiedCode = {
    pyCode,
    depths: new Int32Array(count).fill(-1),
    leaders,
    states: new Map([[0, new Uint16Array(0)]]),
  };
  const run = new AbstractRun(pyCode, verified, handlerOf);
  run.queue.push(0);
  run.queued[0] = 1;
  while (run.queue.length > 0) {
    const leader = run.queue.pop()!;
    run.queued[leader] = 0;
    run.runBlock(leader, -1);
  }
  return verified;
}

/**
 * The slot kinds before instruction `pc` (deepest first), or null when no path reaches it: the
 * block holding `pc` replayed from its entry state.
 */
export function stackKindsAt(
  pyCode: PyCode,
  verified: VerifiedCode,
  pc: number,
): Uint16Array | null {
  if (pc < 0 || pc >= verified.depths.length || verified.depths[pc]! < 0) return null;
  let leader = pc;
  while (verified.leaders[leader] !== 1) leader--;
  const run = new AbstractRun(pyCode, verified, new Int32Array(verified.depths.length).fill(-1));
  run.merging = false;
  run.runBlock(leader, pc);
  return run.stack.slice(0, run.depth);
}
