// One scope of the symbol table (CPython's PySTEntryObject): its symbols with their DEF_* flags and,
// after analysis, their resolved scope. Building entries is symtable.ts's job; reading them codegen's.

import type * as ast from '../parser/ast.js';

/** Symbol flag: declared `global` in this block. */
export const DEF_GLOBAL = 1;
/** Symbol flag: assigned in this block. */
export const DEF_LOCAL = 2;
/** Symbol flag: a formal parameter. */
export const DEF_PARAM = 4;
/** Symbol flag: declared `nonlocal` in this block. */
export const DEF_NONLOCAL = 8;
/** Symbol flag: the name is read in this block. */
export const USE = 16;
/** Symbol flag: used but not defined in a nested block (unused by CPython 3.11, kept for parity). */
export const DEF_FREE = 32;
/** Symbol flag: a free variable of a method that is also bound in the class body. */
export const DEF_FREE_CLASS = 64;
/** Symbol flag: bound by an import. */
export const DEF_IMPORT = 128;
/** Symbol flag: annotated (`x: int`). */
export const DEF_ANNOT = 256;
/** Symbol flag: a comprehension iteration variable. */
export const DEF_COMP_ITER = 512;
/** Any binding flag. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Resolved scope of a name, numbered as CPython's symtable.h. */
export const SCOPE_LOCAL = 1;
/** Declared `global`. */
export const SCOPE_GLOBAL_EXPLICIT = 2;
/** Not bound anywhere enclosing: a global or builtin. */
export const SCOPE_GLOBAL_IMPLICIT = 3;
/** Bound in an enclosing function: read through a cell. */
export const SCOPE_FREE = 4;
/** Local and captured by nested code: stored in a cell. */
export const SCOPE_CELL = 5;

/** CPython's block types (`_symtable.TYPE_*`), plus the annotation block of `from __future__ import annotations`. */
export type BlockType = 'module' | 'class' | 'function' | 'annotation';

/** Which comprehension a function block is, if any. */
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

/** AST nodes that open a scope. */
export type ScopeNode =
  | ast.Module
  | ast.Expression
  | ast.Interactive
  | ast.FunctionDef
  | ast.AsyncFunctionDef
  | ast.ClassDef
  | ast.Lambda
  | ast.ListComp
  | ast.SetComp
  | ast.DictComp
  | ast.GeneratorExp;

/** Where a `global`/`nonlocal` (or walrus-implied) directive for a name was written. */
export interface DirectiveLocation {
  readonly lineno: number;
  readonly colOffset: number;
  readonly endLineno: number;
  readonly endColOffset: number;
}

/**
 * One scope. `symbols` maps each (mangled) name to its DEF_* flags in insertion order, as
 * CPython's `ste_symbols`; `scopes` holds the resolved SCOPE_* of each after analysis.
 * @see https://docs.python.org/3.11/library/symtable.html
 */
export class SymbolTableEntry {
  /** Block type. */
  readonly type: BlockType;
  /** Block name as `symtable` reports it: `top`, the function or class name, `lambda`, `listcomp`… */
  readonly name: string;
  /** The AST node that opened the block. */
  readonly node: ScopeNode | null;
  /** First line of the block (of the def/class statement, decorators excluded). */
  readonly lineno: number;
  /** Column of the block's node. */
  readonly colOffset: number;
  /** Name → DEF_* flags. */
  readonly symbols = new Map<string, number>();
  /** Name → SCOPE_* after analysis. */
  readonly scopes = new Map<string, number>();
  /** Parameter names in order (CPython's `ste_varnames`). */
  readonly varnames: string[] = [];
  /** Child blocks in source order. */
  readonly children: SymbolTableEntry[] = [];
  /** Location of each name's global/nonlocal directive, for error messages. */
  readonly directives = new Map<string, DirectiveLocation>();
  /** True when inside a function (directly or through other blocks). */
  nested = false;
  /** Contains `yield` (or is a generator expression). */
  generator = false;
  /** `async def`, or contains `await`/async comprehension. */
  coroutine = false;
  /** Which comprehension this block is, or null. */
  comprehension: ComprehensionKind | null = null;
  /** Has `*args`. */
  varargs = false;
  /** Has `**kwargs`. */
  varkeywords = false;
  /** Contains `return <value>`. */
  returnsValue = false;
  /** A class whose methods use `__class__` or `super`: the class body gets a `__class__` cell. */
  needsClassClosure = false;
  /** Has free variables itself. */
  free = false;
  /** Some nested block has free variables. */
  childFree = false;
  /** While visiting a comprehension target: names bound are iteration variables. */
  compIterTarget = false;
  /** While visiting a comprehension's iterable expression (nesting count). */
  compIterExpr = 0;

  constructor(
    type: BlockType,
    name: string,
    node: ScopeNode | null,
    lineno: number,
    colOffset: number,
  ) {
    this.type = type;
    this.name = name;
    this.node = node;
    this.lineno = lineno;
    this.colOffset = colOffset;
  }

  /** The DEF_* flags of a name (0 when absent). */
  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved SCOPE_* of a name (0 when the block never mentions it). */
  scopeOf(name: string): number {
    return this.scopes.get(name) ?? 0;
  }

  /** Whether the block is a function-like block (functions, lambdas, comprehensions). */
  get isFunction(): boolean {
    return this.type === 'function';
  }
}

/**
 * Mangles a private name (`__x` inside class `C` becomes `_C__x`), as CPython's `_Py_Mangle`:
 * dunder names, dotted names, and names in classes made only of underscores are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  let start = 0;
  while (start < privateName.length && privateName.charCodeAt(start) === 0x5f) start++;
  if (start === privateName.length) return name;
  return `_${privateName.slice(start)}${name}`;
}
