// The state of one code object while it is being generated: basic blocks of instructions (with
// pseudo-instructions for exception handling), constant/name/variable tables and the frame-block
// stack. The assembler (assembler.ts) turns a finished unit into a CodeObject.

import type { CodeConstant } from './code-object.js';
import type { Located } from './compile-errors.js';
import { Op } from './opcodes.js';
import type { SymbolTableEntry } from './symtable-entry.js';

/** Pseudo-instruction: push an exception handler that pushes the exception (try body). */
export const SETUP_FINALLY = 1000;
/** Pseudo-instruction: push a handler that pushes lasti and the exception (cleanup code). */
export const SETUP_CLEANUP = 1001;
/** Pseudo-instruction: like SETUP_CLEANUP, but unwinds below the `__enter__` result (with). */
export const SETUP_WITH = 1002;
/** Pseudo-instruction: pop the innermost handler pushed by a SETUP_*. */
export const POP_BLOCK = 1003;

/** Whether an opcode is one of the pseudo-instructions removed by the assembler. */
export function isPseudo(op: number): boolean {
  return op >= SETUP_FINALLY;
}

/** Whether an opcode pushes an exception handler. */
export function isBlockPush(op: number): boolean {
  return op === SETUP_FINALLY || op === SETUP_CLEANUP || op === SETUP_WITH;
}

/** Whether an opcode is a (conditional or unconditional) jump to its target block. */
export function isJump(op: number): boolean {
  switch (op) {
    case Op.JUMP:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.FOR_ITER:
    case Op.SEND:
      return true;
    default:
      return false;
  }
}

/** Whether control never falls through past an opcode. */
export function isTerminator(op: number): boolean {
  return op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** A source range (AST convention: 1-based lines, 0-based UTF-8 byte columns; -1 when unknown). */
export interface SourceLocation extends Located {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** The location of compiler-generated instructions with no source of their own. */
export const NO_LOCATION: SourceLocation = {
  lineno: -1,
  col_offset: -1,
  end_lineno: -1,
  end_col_offset: -1,
};

/** One instruction of a basic block; `target` is set for jumps and SETUP_* pseudo-instructions. */
export class Instr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  loc: SourceLocation;
  /** The innermost exception handler covering this instruction (set by exception-table.ts). */
  handler: BasicBlock | null = null;

  constructor(op: number, arg: number, target: BasicBlock | null, loc: SourceLocation) {
    this.op = op;
    this.arg = arg;
    this.target = target;
    this.loc = loc;
  }
}

/** A straight-line run of instructions; blocks are laid out in the order they are used. */
export class BasicBlock {
  readonly instrs: Instr[] = [];
  /** Value-stack depth on entry (-1 until computed; also marks reachability). */
  startDepth = -1;
  /** The handler stack on entry (exception-table.ts). */
  exceptStack: BasicBlock[] | null = null;
  /** Set when this block is the target of a SETUP_CLEANUP/SETUP_WITH (the handler pushes lasti). */
  preserveLasti = false;
  /** First instruction index of the block in the final code (assembler). */
  offset = -1;

  /** Whether the block ends in an instruction that never falls through. */
  get endsInTerminator(): boolean {
    const last = this.instrs[this.instrs.length - 1];
    return last !== undefined && isTerminator(last.op);
  }
}

/** The kinds of frame blocks that break/continue/return must unwind (CPython's fblocktype). */
export type FrameBlockKind =
  | 'while-loop'
  | 'for-loop'
  | 'try-except'
  | 'finally-try'
  | 'finally-end'
  | 'with'
  | 'async-with'
  | 'handler-cleanup'
  | 'pop-value'
  | 'exception-handler'
  | 'exception-group-handler'
  | 'async-comprehension-generator';

/** One entry of the frame-block stack. */
export interface FrameBlock {
  readonly kind: FrameBlockKind;
  /** Loop start (continue target) or the block that opened it. */
  readonly block: BasicBlock | null;
  /** Loop exit (break target). */
  readonly exit: BasicBlock | null;
  /** finally body (finally-try), the with statement (with), the bound name (handler-cleanup). */
  readonly datum: unknown;
}

/** The kind of code a unit compiles (CPython's COMPILER_SCOPE_*). */
export type UnitScopeKind =
  | 'module'
  | 'class'
  | 'function'
  | 'async-function'
  | 'lambda'
  | 'comprehension';

/** Maximum nesting of frame blocks, as CPython's CO_MAXBLOCKS. */
export const MAX_FRAME_BLOCKS = 20;

/** A key identifying equal constants (CPython's _PyCode_ConstantKey); null for code objects. */
export function constantKey(value: CodeConstant): string | null {
  if (value === null) return 'N';
  switch (typeof value) {
    case 'boolean':
      return value ? 'T' : 'F';
    case 'number':
    case 'bigint':
      return `i${value}`;
    case 'string':
      return `s${JSON.stringify(value)}`;
    default:
      break;
  }
  switch (value.type) {
    case 'float':
      return `f${floatKey(value.value)}`;
    case 'complex':
      return `c${floatKey(value.real)},${floatKey(value.imag)}`;
    case 'bytes': {
      let hex = '';
      for (const byte of value.value) hex += byte.toString(16).padStart(2, '0');
      return `b${hex}`;
    }
    case 'ellipsis':
      return 'E';
    case 'tuple':
    case 'frozenset': {
      const keys: string[] = [];
      for (const item of value.items) {
        const key = constantKey(item);
        if (key === null) return null;
        keys.push(key);
      }
      return `${value.type === 'tuple' ? 't' : 'z'}(${keys.join(',')})`;
    }
    case 'code':
      return null;
  }
}

function floatKey(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** The mutable state of one code object under construction. */
export class CompilerUnit {
  readonly entry: SymbolTableEntry;
  readonly name: string;
  readonly scopeKind: UnitScopeKind;
  qualname: string;
  readonly firstlineno: number;
  /** Class name used for private-name mangling, inherited from the enclosing unit. */
  privateName: string | null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  docstring: string | null = null;

  readonly consts: CodeConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varnameIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];

  /** Blocks in layout order (the order they were started). */
  readonly blocks: BasicBlock[] = [];
  current: BasicBlock;
  readonly frameBlocks: FrameBlock[] = [];
  /** The location given to emitted instructions. */
  loc: SourceLocation = NO_LOCATION;

  constructor(
    entry: SymbolTableEntry,
    name: string,
    scopeKind: UnitScopeKind,
    qualname: string,
    firstlineno: number,
    privateName: string | null,
    cellvars: string[],
    freevars: string[],
  ) {
    this.entry = entry;
    this.name = name;
    this.scopeKind = scopeKind;
    this.qualname = qualname;
    this.firstlineno = firstlineno;
    this.privateName = privateName;
    this.cellvars = cellvars;
    this.freevars = freevars;
    for (const param of entry.varnames) this.addVarname(param);
    this.current = new BasicBlock();
    this.blocks.push(this.current);
  }

  /** Index of a constant in `consts`, adding it if new (equal constants share one slot). */
  addConst(value: CodeConstant): number {
    const key = constantKey(value);
    if (key !== null) {
      const found = this.constIndex.get(key);
      if (found !== undefined) return found;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(value);
    return this.consts.length - 1;
  }

  /** Index of a name in `names`, adding it if new. */
  addName(name: string): number {
    const found = this.nameIndex.get(name);
    if (found !== undefined) return found;
    this.nameIndex.set(name, this.names.length);
    this.names.push(name);
    return this.names.length - 1;
  }

  /** Index of a local in `varnames`, adding it if new. */
  addVarname(name: string): number {
    const found = this.varnameIndex.get(name);
    if (found !== undefined) return found;
    this.varnameIndex.set(name, this.varnames.length);
    this.varnames.push(name);
    return this.varnames.length - 1;
  }

  /** Deref index of a name looked up among the cellvars only, or -1. */
  cellSlot(name: string): number {
    return this.cellvars.indexOf(name);
  }

  /** Deref index of a name looked up among the freevars only, or -1. */
  freeSlot(name: string): number {
    const index = this.freevars.indexOf(name);
    return index < 0 ? -1 : this.cellvars.length + index;
  }

  /** Starts laying out `block` after the current one; later instructions go into it. */
  useBlock(block: BasicBlock): void {
    this.blocks.push(block);
    this.current = block;
  }

  /** Appends an instruction at the current location. */
  emit(op: number, arg: number, target: BasicBlock | null): void {
    if (this.current.endsInTerminator) this.useBlock(new BasicBlock());
    this.current.instrs.push(new Instr(op, arg, target, this.loc));
  }
}
