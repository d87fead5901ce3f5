// The CodeObject: what the compiler produces and the VM executes, as plain data (it goes into snapshots).
// It mirrors CPython 3.11's code object fields; building one is codegen's job, running it the VM's.

import type { ConstantValue } from '../parser/ast.js';

export { Op, type OpcodeNumber } from './opcodes.js';

/** `co_flags` bits, numbered as CPython's `CO_*` constants (`inspect.CO_*`). */
export const CO_OPTIMIZED = 0x0001;
/** A new locals dict is made for each call (functions, not module or class bodies). */
export const CO_NEWLOCALS = 0x0002;
/** The function has a `*args` parameter (its name follows the kw-only names in `varnames`). */
export const CO_VARARGS = 0x0004;
/** The function has a `**kwargs` parameter (its name is the last parameter in `varnames`). */
export const CO_VARKEYWORDS = 0x0008;
/** The code is nested inside a function (it may have free variables). */
export const CO_NESTED = 0x0010;
/** Calling the function returns a generator. */
export const CO_GENERATOR = 0x0020;
/** The code has neither free nor cell variables. */
export const CO_NOFREE = 0x0040;
/** Calling the function returns a coroutine (`async def`). */
export const CO_COROUTINE = 0x0080;
/** A generator-based coroutine (`types.coroutine`); never set by the compiler. */
export const CO_ITERABLE_COROUTINE = 0x0100;
/** Calling the function returns an async generator (`async def` with `yield`). */
export const CO_ASYNC_GENERATOR = 0x0200;

/**
 * A constant in `consts`. Scalars are the AST's `ConstantValue`s; tuples and frozensets of constants
 * come from folding (`x in (1, 2, 3)`, `BUILD_CONST_KEY_MAP` keys, `KW_NAMES`, default tuples);
 * nested code objects are the bodies of functions, lambdas, classes and comprehensions.
 */
export type CodeConstant = ConstantValue | ConstantTuple | ConstantFrozenSet | CodeObject;

/** A tuple constant (`co_consts` entry of type `tuple`). */
export interface ConstantTuple {
  readonly type: 'tuple';
  readonly items: readonly CodeConstant[];
}

/** A frozenset constant (from `x in {1, 2, 3}`); items are distinct, in source order. */
export interface ConstantFrozenSet {
  readonly type: 'frozenset';
  readonly items: readonly CodeConstant[];
}

/**
 * One exception-table entry, CPython 3.11 style: an exception raised by an instruction whose index
 * is in `[start, end)` is handled by popping the value stack down to `depth` items, pushing the
 * index of the raising instruction (as an int) when `lasti` is set, pushing the exception, and
 * jumping to instruction `target`. Entries never overlap and are sorted by `start`, so the VM can
 * binary-search them; an instruction covered by no entry propagates the exception to the caller.
 * @see https://github.com/python/cpython/blob/3.11/Objects/exception_handling_notes.txt
 */
export interface ExceptionTableEntry {
  /** First covered instruction index. */
  readonly start: number;
  /** One past the last covered instruction index. */
  readonly end: number;
  /** Instruction index of the handler. */
  readonly target: number;
  /** Value-stack depth to unwind to before pushing (lasti and) the exception. */
  readonly depth: number;
  /** Whether to push the raising instruction's index below the exception (for RERAISE with arg 1). */
  readonly lasti: boolean;
}

/**
 * A compiled unit: a module, a class body, a function, a lambda or a comprehension.
 * Everything here is plain data and immutable once built (the compiler never shares a mutable
 * array with the VM). Variable slots: locals are `varnames[i]` (LOAD_FAST i); cells and free
 * variables share one index space, `cellvars` first then `freevars` (LOAD_DEREF i).
 * @see https://docs.python.org/3.11/reference/datamodel.html#code-objects
 */
export interface CodeObject {
  /** Discriminates code objects from other `CodeConstant`s. */
  readonly type: 'code';
  /** `co_name`: the function or class name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`… */
  readonly name: string;
  /** `co_qualname`: dotted path as CPython computes it (`f.<locals>.g`, `C.m`). */
  readonly qualname: string;
  /** `co_filename`: the file name given to `compile`. */
  readonly filename: string;
  /** `co_firstlineno`: line of the `def`/`class` (of its first decorator, if any), 1 for modules. */
  readonly firstlineno: number;
  /** `co_argcount`: positional parameters, positional-only ones included; `*args` excluded. */
  readonly argcount: number;
  /** `co_posonlyargcount`: parameters before `/`. */
  readonly posonlyargcount: number;
  /** `co_kwonlyargcount`: parameters after `*` or `*args`; `**kwargs` excluded. */
  readonly kwonlyargcount: number;
  /** `co_flags`: an OR of the `CO_*` constants above. */
  readonly flags: number;
  /**
   * `co_varnames`: local variable names. The parameters come first, in the order positional
   * (incl. positional-only), keyword-only, then `*args` name if CO_VARARGS, then `**kwargs` name
   * if CO_VARKEYWORDS; other locals follow. Comprehension code has the parameter `.0`.
   */
  readonly varnames: readonly string[];
  /** `co_cellvars`: locals captured by nested code (deref indexes `0 … cellvars.length-1`). */
  readonly cellvars: readonly string[];
  /** `co_freevars`: variables of enclosing scopes (deref indexes after the cellvars), in the order of the closure tuple. */
  readonly freevars: readonly string[];
  /**
   * For each cellvar, the index in `varnames` of the parameter with that name, or -1. When the
   * frame is made, cell `i` is initialised with the argument value when `cell2arg[i] >= 0`, and
   * is empty otherwise. Code always reads such a parameter through its cell (LOAD_DEREF).
   */
  readonly cell2arg: readonly number[];
  /** `co_names`: global, attribute and imported names used by the *_NAME/GLOBAL/ATTR/METHOD/IMPORT ops. */
  readonly names: readonly string[];
  /** `co_consts`: constants used by LOAD_CONST, KW_NAMES, and MAKE_FUNCTION's code objects. */
  readonly consts: readonly CodeConstant[];
  /**
   * The instruction stream: instruction `i` is opcode `code[2*i]` (an `Op` value) with argument
   * `code[2*i+1]` (0 when the opcode takes none). Jump arguments are absolute instruction indexes.
   */
  readonly code: Int32Array;
  /**
   * Source positions of instruction `i`: `positions[4*i]` line, `[4*i+1]` end line, `[4*i+2]`
   * column, `[4*i+3]` end column (0-based UTF-8 byte columns, as the AST and `co_positions()`).
   * Each is -1 when unknown (e.g. compiler-generated cleanup code).
   */
  readonly positions: Int32Array;
  /** Exception handlers; see `ExceptionTableEntry`. */
  readonly exceptionTable: readonly ExceptionTableEntry[];
  /** Maximum value-stack depth any path through the code reaches (including the exception pushes of handlers). */
  readonly stacksize: number;
  /** The docstring of a function or lambda body (the VM sets `__doc__` from it), or null. Module and class docstrings are stored by their code (`__doc__ = ...`), as CPython does. */
  readonly docstring: string | null;
}

/** Number of instructions in a code object. */
export function instructionCount(code: CodeObject): number {
  return code.code.length >> 1;
}
