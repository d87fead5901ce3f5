// The code generator's core: the stack of compiler units, instruction emission, source locations,
// name resolution to LOAD_FAST/DEREF/GLOBAL/NAME, frame-block unwinding, and the dispatch of each
// statement and expression to its visitor in the codegen-*.ts files (one area per file).

import type * as ast from '../parser/ast.js';
import { assemble } from './assembler.js';
import type { CodeConstant, CodeObject } from './code-object.js';
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from './code-object.js';
import { visitComprehension } from './codegen-comprehensions.js';
import {
  visitAsyncWith,
  visitRaise,
  visitTry,
  visitTryStar,
  visitWith,
} from './codegen-exceptions.js';
import {
  visitAttribute,
  visitBinOp,
  visitBoolOp,
  visitCall,
  visitCompare,
  visitDict,
  visitFormattedValue,
  visitIfExp,
  visitJoinedStr,
  visitList,
  visitNamedExpr,
  visitSet,
  visitSlice,
  visitStarred,
  visitSubscript,
  visitTuple,
  visitUnaryOp,
} from './codegen-expressions.js';
import { visitClassDef, visitFunctionDef, visitLambda } from './codegen-functions.js';
import { visitAwait, visitYield, visitYieldFrom } from './codegen-generators.js';
import { visitMatch } from './codegen-match.js';
import {
  visitAnnAssign,
  visitAssert,
  visitAssign,
  visitAsyncFor,
  visitAugAssign,
  visitBreak,
  visitContinue,
  visitDelete,
  visitExprStmt,
  visitFor,
  visitIf,
  visitImport,
  visitImportFrom,
  visitReturn,
  visitTypeAlias,
  visitWhile,
} from './codegen-statements.js';
import {
  BasicBlock,
  CompilerUnit,
  type FrameBlock,
  type FrameBlockKind,
  MAX_FRAME_BLOCKS,
  NO_LOCATION,
  POP_BLOCK,
  type SourceLocation,
  type UnitScopeKind,
} from './codegen-unit.js';
import {
  assignToDebug,
  compilerRecursionLimit,
  deleteDebug,
  type Located,
  syntaxErrorAt,
} from './compile-errors.js';
import { type CompileWarningSink, WarningAsError } from './compile-warnings.js';
import { Op } from './opcodes.js';
import { MAX_COMPILER_NESTING, type SymbolTable } from './symtable.js';
import {
  DEF_FREE_CLASS,
  mangle,
  SCOPE_CELL,
  SCOPE_FREE,
  SCOPE_GLOBAL_EXPLICIT,
  SCOPE_GLOBAL_IMPLICIT,
  SCOPE_LOCAL,
} from './symtable-entry.js';

/** Settings of one compilation that codegen consults. */
export interface CodegenOptions {
  readonly filename: string;
  /** `from __future__ import annotations` is in effect. */
  readonly futureAnnotations: boolean;
  /** Line of the last `from __future__` import at the top of the module (0 when none). */
  readonly futureLineno: number;
  /** 'single' mode: top-level expression statements print their value. */
  readonly interactive: boolean;
  /** Receives compile-time SyntaxWarnings (none: they are dropped). */
  readonly onWarning?: CompileWarningSink | undefined;
}

/** The code generator of one compilation; visitors in codegen-*.ts receive it as `c`. */
export class Codegen {
  readonly symtable: SymbolTable;
  readonly options: CodegenOptions;
  /** The unit being generated. */
  unit: CompilerUnit = undefined as unknown as CompilerUnit;
  private readonly units: CompilerUnit[] = [];
  private depth = 0;

  constructor(symtable: SymbolTable, options: CodegenOptions) {
    this.symtable = symtable;
    this.options = options;
  }

  /** Number of units enclosing the current one (0 for the module). */
  get nestLevel(): number {
    return this.units.length;
  }

  // ---- units ----

  /** Starts generating a new code object for the scope opened by `key`. */
  enterScope(name: string, kind: UnitScopeKind, key: object, firstlineno: number): void {
    const entry = this.symtable.entries.get(key);
    if (entry === undefined) throw new Error(`codegen: no symbol table entry for ${name}`);
    const cellvars: string[] = [];
    const freevars: string[] = [];
    for (const [symbol, scope] of entry.scopes) {
      if (scope === SCOPE_CELL) cellvars.push(symbol);
      if (scope === SCOPE_FREE || entry.flagsOf(symbol) & DEF_FREE_CLASS) freevars.push(symbol);
    }
    if (entry.needsClassClosure) cellvars.push('__class__');
    // Cells that are parameters come first, in parameter order (CPython's localsplus order).
    const cellParams = entry.varnames.filter((param) => cellvars.includes(param));
    const otherCells = cellvars.filter((cell) => !entry.varnames.includes(cell)).sort(compareNames);
    cellvars.length = 0;
    cellvars.push(...cellParams, ...otherCells);
    freevars.sort(compareNames);
    const parent: CompilerUnit | null = this.unit ?? null;
    const unit = new CompilerUnit(
      entry,
      name,
      kind,
      name,
      firstlineno,
      parent?.privateName ?? null,
      cellvars,
      freevars,
    );
    if (parent !== null) {
      this.units.push(parent);
      unit.qualname = this.qualnameOf(unit, parent);
    }
    // Prologue code (class namespace setup, closure cells) is located at the first line.
    if (kind !== 'module') {
      unit.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    }
    this.unit = unit;
  }

  /** CPython's compiler_set_qualname. */
  private qualnameOf(unit: CompilerUnit, parent: CompilerUnit): string {
    if (this.units.length <= 1) return unit.name;
    if (
      unit.scopeKind === 'function' ||
      unit.scopeKind === 'async-function' ||
      unit.scopeKind === 'class'
    ) {
      const mangled = mangle(parent.privateName, unit.name);
      if (parent.entry.scopeOf(mangled) === SCOPE_GLOBAL_EXPLICIT) return unit.name;
    }
    const parentKind = parent.scopeKind;
    const base =
      parentKind === 'function' || parentKind === 'async-function' || parentKind === 'lambda'
        ? `${parent.qualname}.<locals>`
        : parent.qualname;
    return `${base}.${unit.name}`;
  }

  /** Finishes the current unit, returns its code object and resumes the enclosing unit. */
  exitScope(): CodeObject {
    const unit = this.unit;
    const code = assemble(unit, this.options.filename, this.codeFlags(unit));
    const parent = this.units.pop();
    if (parent !== undefined) this.unit = parent;
    return code;
  }

  private codeFlags(unit: CompilerUnit): number {
    const entry = unit.entry;
    let flags = 0;
    if (entry.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (entry.nested) flags |= CO_NESTED;
      if (entry.generator && !entry.coroutine) flags |= CO_GENERATOR;
      if (!entry.generator && entry.coroutine) flags |= CO_COROUTINE;
      if (entry.generator && entry.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (entry.varargs) flags |= CO_VARARGS;
      if (entry.varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (this.options.futureAnnotations) flags |= CO_FUTURE_ANNOTATIONS;
    return flags;
  }

  // ---- emission ----

  /** Emits an instruction at the current location. */
  emit(op: number, arg = 0): void {
    this.unit.emit(op, arg, null);
  }

  /** Emits a jump (or SETUP_* pseudo-instruction) to `target`. */
  emitJump(op: number, target: BasicBlock): void {
    this.unit.emit(op, 0, target);
  }

  /** Emits LOAD_CONST of a constant. */
  emitConst(value: CodeConstant): void {
    this.unit.emit(Op.LOAD_CONST, this.unit.addConst(value), null);
  }

  /** Emits an instruction whose argument is a (mangled) entry of co_names (CPython's ADDOP_NAME). */
  emitName(op: number, name: string): void {
    this.unit.emit(op, this.unit.addName(mangle(this.unit.privateName, name)), null);
  }

  /** Emits an instruction whose argument is an unmangled entry of co_names. */
  emitRawName(op: number, name: string): void {
    this.unit.emit(op, this.unit.addName(name), null);
  }

  /** A new, not yet placed block. */
  newBlock(): BasicBlock {
    return new BasicBlock();
  }

  /** Places `block` next in the layout; following instructions go into it. */
  useBlock(block: BasicBlock): void {
    this.unit.useBlock(block);
  }

  /** The location instructions are currently given. */
  get loc(): SourceLocation {
    return this.unit.loc;
  }

  set loc(loc: SourceLocation) {
    this.unit.loc = loc;
  }

  /** Sets the current location to a node's (the node itself serves as the location: no allocation). */
  setLoc(node: Located): void {
    this.unit.loc =
      node.end_lineno !== null && node.end_col_offset !== null
        ? (node as SourceLocation)
        : locationOf(node);
  }

  /** Marks following instructions as compiler-generated (they inherit the previous position). */
  unsetLoc(): void {
    this.unit.loc = NO_LOCATION;
  }

  /** Raises a SyntaxWarning at the current line (CPython's compiler_warn). */
  warn(message: string): void {
    const sink = this.options.onWarning;
    if (sink === undefined) return;
    try {
      sink({ category: 'SyntaxWarning', message, lineno: this.unit.loc.lineno });
    } catch (error) {
      if (error instanceof WarningAsError) throw this.error(message);
      throw error;
    }
  }

  /** A SyntaxError at the current location. */
  error(message: string): Error {
    return syntaxErrorAt(message, this.unit.loc);
  }

  // ---- names ----

  /** Loads, stores or deletes a variable with the opcode its scope calls for (compiler_nameop). */
  nameOp(name: string, ctx: ast.ExprContext): void {
    if (name === '__debug__') {
      if (ctx === 'Store') throw assignToDebug(this.unit.loc);
      if (ctx === 'Del') throw deleteDebug(this.unit.loc);
    }
    const unit = this.unit;
    const mangled = mangle(unit.privateName, name);
    const scope = unit.entry.scopeOf(mangled);
    const isFunction = unit.entry.type === 'function';
    switch (scope) {
      case SCOPE_FREE:
      case SCOPE_CELL: {
        const slot = scope === SCOPE_FREE ? unit.freeSlot(mangled) : unit.cellSlot(mangled);
        if (slot < 0) throw new Error(`codegen: no cell for ${mangled}`);
        const op =
          ctx === 'Load'
            ? unit.entry.type === 'class'
              ? Op.LOAD_CLASSDEREF
              : Op.LOAD_DEREF
            : ctx === 'Store'
              ? Op.STORE_DEREF
              : Op.DELETE_DEREF;
        this.emit(op, slot);
        return;
      }
      case SCOPE_LOCAL:
        if (isFunction) {
          const op =
            ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
          this.emit(op, unit.addVarname(mangled));
          return;
        }
        break;
      case SCOPE_GLOBAL_IMPLICIT:
        if (isFunction) {
          this.emitGlobal(mangled, ctx);
          return;
        }
        break;
      case SCOPE_GLOBAL_EXPLICIT:
        this.emitGlobal(mangled, ctx);
        return;
      default:
        break;
    }
    const op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
    this.emit(op, unit.addName(mangled));
  }

  private emitGlobal(mangled: string, ctx: ast.ExprContext): void {
    const op =
      ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
    this.emit(op, this.unit.addName(mangled));
  }

  /** Pushes a cell or free variable itself for a closure tuple (CPython's get_ref_type rules). */
  loadClosure(name: string): void {
    const unit = this.unit;
    let slot: number;
    if (unit.scopeKind === 'class' && name === '__class__') slot = unit.cellSlot(name);
    else if (unit.entry.scopeOf(name) === SCOPE_CELL) slot = unit.cellSlot(name);
    else slot = unit.freeSlot(name);
    if (slot < 0) throw new Error(`codegen: closure variable ${name} not found in ${unit.name}`);
    this.emit(Op.LOAD_CLOSURE, slot);
  }

  // ---- frame blocks ----

  /** Pushes a frame block (loops, try, with, handlers) for break/continue/return unwinding. */
  pushFrameBlock(
    kind: FrameBlockKind,
    block: BasicBlock | null,
    exit: BasicBlock | null,
    datum: unknown,
  ): void {
    if (this.unit.frameBlocks.length >= MAX_FRAME_BLOCKS) {
      throw this.error('too many statically nested blocks');
    }
    this.unit.frameBlocks.push({ kind, block, exit, datum });
  }

  /** Pops the innermost frame block, which must be of `kind`. */
  popFrameBlock(kind: FrameBlockKind): void {
    const top = this.unit.frameBlocks.pop();
    if (top?.kind !== kind) throw new Error(`codegen: frame block mismatch ${kind}`);
  }

  /**
   * Emits the code that leaves one frame block early (compiler_unwind_fblock). With
   * `preserveTos` the value on top of the stack (a return value) is kept above the cleanup.
   */
  unwindFrameBlock(block: FrameBlock, preserveTos: boolean): void {
    switch (block.kind) {
      case 'while-loop':
      case 'exception-handler':
      case 'exception-group-handler':
      case 'async-comprehension-generator':
        return;
      case 'for-loop':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'try-except':
        this.emit(POP_BLOCK);
        return;
      case 'finally-try': {
        this.emit(POP_BLOCK);
        if (preserveTos) this.pushFrameBlock('pop-value', null, null, null);
        this.visitStmts(block.datum as ast.Stmt[]);
        if (preserveTos) this.popFrameBlock('pop-value');
        this.unsetLoc();
        return;
      }
      case 'finally-end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
      case 'async-with': {
        this.setLoc(block.datum as ast.With | ast.AsyncWith);
        this.emit(POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (block.kind === 'async-with') {
          this.emit(Op.GET_AWAITABLE, 2);
          this.emitConst(null);
          this.emitYieldFrom(true);
        }
        this.emit(Op.POP_TOP);
        this.unsetLoc();
        return;
      }
      case 'handler-cleanup': {
        const name = block.datum as string | null;
        if (name !== null) this.emit(POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (name !== null) {
          this.emitConst(null);
          this.nameOp(name, 'Store');
          this.nameOp(name, 'Del');
        }
        return;
      }
      case 'pop-value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      default:
        assertNever(block.kind);
    }
  }

  /**
   * Unwinds frame blocks from the innermost outwards; stops at (and returns) the innermost loop
   * when `stopAtLoop`, otherwise unwinds everything (return). Returns null when no loop was found.
   */
  unwindFrameBlockStack(preserveTos: boolean, stopAtLoop: boolean): FrameBlock | null {
    const stack = this.unit.frameBlocks;
    const top = stack[stack.length - 1];
    if (top === undefined) return null;
    if (top.kind === 'exception-group-handler') {
      throw this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.kind === 'while-loop' || top.kind === 'for-loop')) return top;
    stack.pop();
    this.unwindFrameBlock(top, preserveTos);
    const loop = this.unwindFrameBlockStack(preserveTos, stopAtLoop);
    stack.push(top);
    return loop;
  }

  /** Calls the `__exit__` below TOS with three Nones (`CALL 2` with exit in the method slot). */
  callExitWithNones(): void {
    this.emitConst(null);
    this.emitConst(null);
    this.emitConst(null);
    this.emit(Op.CALL, 2);
  }

  /** The SEND loop of `yield from` / `await`: `SEND end; YIELD_VALUE 1; JUMP send; end:`. */
  emitYieldFrom(_isAwait: boolean): void {
    const start = this.newBlock();
    const exit = this.newBlock();
    this.useBlock(start);
    this.emitJump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE, 1);
    this.emitJump(Op.JUMP, start);
    this.useBlock(exit);
  }

  // ---- dispatch ----

  /** Compiles a statement list. */
  visitStmts(body: readonly ast.Stmt[]): void {
    for (const stmt of body) this.visitStmt(stmt);
  }

  /** Compiles one statement (the location becomes the statement's). */
  visitStmt(s: ast.Stmt): void {
    if (++this.depth > MAX_COMPILER_NESTING) throw compilerRecursionLimit(s);
    this.setLoc(s);
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        visitFunctionDef(this, s);
        break;
      case 'ClassDef':
        visitClassDef(this, s);
        break;
      case 'Return':
        visitReturn(this, s);
        break;
      case 'Delete':
        visitDelete(this, s);
        break;
      case 'Assign':
        visitAssign(this, s);
        break;
      case 'AugAssign':
        visitAugAssign(this, s);
        break;
      case 'AnnAssign':
        visitAnnAssign(this, s);
        break;
      case 'For':
        visitFor(this, s);
        break;
      case 'AsyncFor':
        visitAsyncFor(this, s);
        break;
      case 'While':
        visitWhile(this, s);
        break;
      case 'If':
        visitIf(this, s);
        break;
      case 'With':
        visitWith(this, s, 0);
        break;
      case 'AsyncWith':
        visitAsyncWith(this, s, 0);
        break;
      case 'Match':
        visitMatch(this, s);
        break;
      case 'Raise':
        visitRaise(this, s);
        break;
      case 'Try':
        visitTry(this, s);
        break;
      case 'TryStar':
        visitTryStar(this, s);
        break;
      case 'Assert':
        visitAssert(this, s);
        break;
      case 'Import':
        visitImport(this, s);
        break;
      case 'ImportFrom':
        visitImportFrom(this, s);
        break;
      case 'Global':
      case 'Nonlocal':
        break;
      case 'Expr':
        visitExprStmt(this, s);
        break;
      case 'Pass':
        // A location marker only: the assembler drops NOPs (their position carries on).
        this.emit(Op.NOP);
        break;
      case 'Break':
        visitBreak(this, s);
        break;
      case 'Continue':
        visitContinue(this, s);
        break;
      case 'TypeAlias':
        visitTypeAlias(this, s);
        break;
      default:
        assertNever(s);
    }
    this.depth--;
  }

  /** Compiles an expression; the location is the expression's while it is compiled. */
  visitExpr(e: ast.Expr): void {
    if (++this.depth > MAX_COMPILER_NESTING) throw compilerRecursionLimit(e);
    const saved = this.unit.loc;
    this.setLoc(e);
    switch (e.kind) {
      case 'NamedExpr':
        visitNamedExpr(this, e);
        break;
      case 'BoolOp':
        visitBoolOp(this, e);
        break;
      case 'BinOp':
        visitBinOp(this, e);
        break;
      case 'UnaryOp':
        visitUnaryOp(this, e);
        break;
      case 'Lambda':
        visitLambda(this, e);
        break;
      case 'IfExp':
        visitIfExp(this, e);
        break;
      case 'Dict':
        visitDict(this, e);
        break;
      case 'Set':
        visitSet(this, e);
        break;
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        visitComprehension(this, e);
        break;
      case 'Yield':
        visitYield(this, e);
        break;
      case 'YieldFrom':
        visitYieldFrom(this, e);
        break;
      case 'Await':
        visitAwait(this, e);
        break;
      case 'Compare':
        visitCompare(this, e);
        break;
      case 'Call':
        visitCall(this, e);
        break;
      case 'FormattedValue':
        visitFormattedValue(this, e);
        break;
      case 'JoinedStr':
        visitJoinedStr(this, e);
        break;
      case 'Constant':
        this.emitConst(e.value);
        break;
      case 'Attribute':
        visitAttribute(this, e);
        break;
      case 'Subscript':
        visitSubscript(this, e);
        break;
      case 'Starred':
        visitStarred(this, e);
        break;
      case 'Name':
        if (e.id === '__debug__' && e.ctx === 'Load') this.emitConst(true);
        else this.nameOp(e.id, e.ctx);
        break;
      case 'List':
        visitList(this, e);
        break;
      case 'Tuple':
        visitTuple(this, e);
        break;
      case 'Slice':
        visitSlice(this, e);
        break;
      default:
        assertNever(e);
    }
    this.unit.loc = saved;
    this.depth--;
  }

  /** Counts one level of visitor recursion for helpers that recurse outside visitExpr/visitStmt. */
  enterNesting(at: Located): void {
    if (++this.depth > MAX_COMPILER_NESTING) throw compilerRecursionLimit(at);
  }

  /** Leaves a level counted by enterNesting. */
  leaveNesting(): void {
    this.depth--;
  }
}

/** `co_flags` bit of `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** A node's location as a SourceLocation. */
export function locationOf(node: Located): SourceLocation {
  return {
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno ?? node.lineno,
    end_col_offset: node.end_col_offset ?? node.col_offset,
  };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exhaustiveness guard for switches over AST kinds. */
export function assertNever(value: never): never {
  throw new Error(
    `codegen: unexpected ${JSON.stringify((value as { kind?: string }).kind ?? value)}`,
  );
}
