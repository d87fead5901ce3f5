// Builds the symbol table from the AST (CPython's symtable.c): one entry per scope with each name's
// DEF_* flags, then resolves every name to LOCAL / GLOBAL / FREE / CELL (symtable-analyze.ts).
// Codegen reads the result; the few errors CPython's symtable raises are raised here too.

import type * as ast from '../parser/ast.js';
import {
  annotatedNameCantBe,
  compilerRecursionLimit,
  duplicateArgument,
  importStarNotAtModuleLevel,
  innerLoopRebindsWalrusTarget,
  type Located,
  nameAssignedBefore,
  nameIsParameterAnd,
  nameUsedPriorTo,
  notAllowedInAnnotation,
  walrusInClassComprehension,
  walrusInComprehensionIterable,
  walrusRebindsIterationVariable,
  yieldInComprehension,
} from './compile-errors.js';
import { futureFeatures } from './future.js';
import { analyzeSymbolTable } from './symtable-analyze.js';
import {
  type BlockType,
  type ComprehensionKind,
  DEF_ANNOT,
  DEF_COMP_ITER,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  mangle,
  type ScopeNode,
  SymbolTableEntry,
  USE,
} from './symtable-entry.js';

/** The symbol table of one compilation: the top entry and the entry of each scope-opening node. */
export interface SymbolTable {
  readonly top: SymbolTableEntry;
  readonly entries: ReadonlyMap<object, SymbolTableEntry>;
}

/** Options that change how the table is built. */
export interface SymbolTableOptions {
  /** `from __future__ import annotations` is in effect: annotations go in their own blocks. */
  readonly futureAnnotations: boolean;
}

/**
 * Nesting bound of the visitors. CPython 3.11 raises RecursionError "maximum recursion depth
 * exceeded during compilation" at about 3000 levels; we stop at the same order of magnitude.
 */
export const MAX_COMPILER_NESTING = 3000;

/**
 * Builds and analyzes the symbol table of a module, expression or interactive statement. Without
 * options, `from __future__ import annotations` is detected from the module itself.
 */
export function buildSymbolTable(
  mod: ast.Module | ast.Expression | ast.Interactive,
  options: SymbolTableOptions = {
    futureAnnotations: mod.kind !== 'Expression' && futureFeatures(mod.body).annotations,
  },
): SymbolTable {
  const builder = new SymbolTableBuilder(mod, options);
  builder.visitModule(mod);
  analyzeSymbolTable(builder.top);
  return { top: builder.top, entries: builder.entries };
}

const COMPREHENSION_NAMES: Record<ComprehensionKind, string> = {
  list: 'listcomp',
  set: 'setcomp',
  dict: 'dictcomp',
  generator: 'genexpr',
};

class SymbolTableBuilder {
  readonly top: SymbolTableEntry;
  readonly entries = new Map<object, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private current: SymbolTableEntry;
  /** The enclosing class name used for private-name mangling (CPython's st_private). */
  private privateName: string | null = null;
  private depth = 0;
  private readonly futureAnnotations: boolean;

  constructor(mod: ast.Module | ast.Expression | ast.Interactive, options: SymbolTableOptions) {
    this.futureAnnotations = options.futureAnnotations;
    this.top = new SymbolTableEntry('module', 'top', mod, 0, 0);
    this.entries.set(mod, this.top);
    this.current = this.top;
    this.stack.push(this.top);
  }

  visitModule(mod: ast.Module | ast.Expression | ast.Interactive): void {
    if (mod.kind === 'Expression') this.visitExpr(mod.body);
    else this.visitStmts(mod.body);
  }

  // ---- blocks ----

  private enterBlock(
    name: string,
    type: BlockType,
    node: ScopeNode | null,
    at: Located,
    key: object,
  ): void {
    const entry = new SymbolTableEntry(type, name, node, at.lineno, at.col_offset);
    const parent = this.current;
    if (parent.nested || parent.type === 'function') entry.nested = true;
    // Annotation blocks (future annotations) are never compiled, and CPython's symtable module
    // does not list them: they stay out of the tree.
    if (type !== 'annotation') parent.children.push(entry);
    this.entries.set(key, entry);
    this.stack.push(entry);
    this.current = entry;
  }

  private exitBlock(): void {
    this.stack.pop();
    this.current = this.stack[this.stack.length - 1]!;
  }

  // ---- definitions ----

  /** Adds a flag to a name in the current block (CPython's symtable_add_def). */
  private addDef(name: string, flag: number, at: Located): void {
    this.addDefIn(this.current, name, flag, at);
  }

  private addDefIn(entry: SymbolTableEntry, name: string, flag: number, at: Located): void {
    const mangled = mangle(this.privateName, name);
    const old = entry.symbols.get(mangled);
    let value = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) throw duplicateArgument(name, at);
      value = old | flag;
    }
    if (entry.compIterTarget) {
      if (value & (DEF_GLOBAL | DEF_NONLOCAL)) throw innerLoopRebindsWalrusTarget(name, at);
      value |= DEF_COMP_ITER;
    }
    entry.symbols.set(mangled, value);
    if (flag & DEF_PARAM) {
      entry.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const globals = this.top.symbols;
      globals.set(mangled, flag | (globals.get(mangled) ?? 0));
    }
  }

  private lookup(name: string): number {
    return this.current.flagsOf(mangle(this.privateName, name));
  }

  private recordDirective(name: string, at: Located): void {
    const mangled = mangle(this.privateName, name);
    if (this.current.directives.has(mangled)) return;
    this.current.directives.set(mangled, {
      lineno: at.lineno,
      colOffset: at.col_offset,
      endLineno: at.end_lineno ?? at.lineno,
      endColOffset: at.end_col_offset ?? at.col_offset,
    });
  }

  // ---- statements ----

  private visitStmts(body: readonly ast.Stmt[]): void {
    for (const stmt of body) this.visitStmt(stmt);
  }

  private enter(at: Located): void {
    if (++this.depth > MAX_COMPILER_NESTING) throw compilerRecursionLimit(at);
  }

  private visitStmt(s: ast.Stmt): void {
    this.enter(s);
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s, s);
        if (s.kind === 'AsyncFunctionDef') this.current.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const keyword of s.keywords) this.visitExpr(keyword.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s, s);
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = savedPrivate;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.current.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const matchCase of s.cases) {
          this.visitPattern(matchCase.pattern);
          if (matchCase.guard !== null) this.visitExpr(matchCase.guard);
          this.visitStmts(matchCase.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const handler of s.handlers) {
          if (handler.type !== null) this.visitExpr(handler.type);
          if (handler.name !== null) this.addDef(handler.name, DEF_LOCAL, handler);
          this.visitStmts(handler.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) this.visitAlias(alias);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDirective(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'TypeAlias':
        this.visitExpr(s.name);
        this.visitExpr(s.value);
        break;
      default:
        assertNever(s);
    }
    this.depth--;
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target.kind === 'Name') {
      const current = this.lookup(target.id);
      if (current & (DEF_GLOBAL | DEF_NONLOCAL) && this.current !== this.top && s.simple) {
        throw annotatedNameCantBe(target.id, current & DEF_GLOBAL ? 'global' : 'nonlocal', s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDirective(s: ast.Global | ast.Nonlocal): void {
    const directive = s.kind === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const current = this.lookup(name);
      if (current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        if (current & DEF_PARAM) throw nameIsParameterAnd(name, directive, s);
        if (current & USE) throw nameUsedPriorTo(name, directive, s);
        if (current & DEF_ANNOT) throw annotatedNameCantBe(name, directive, s);
        throw nameAssignedBefore(name, directive, s);
      }
      this.addDef(name, s.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(alias: ast.Alias): void {
    const at: Located = alias;
    if (alias.name === '*') {
      if (this.current.type !== 'module') throw importStarNotAtModuleLevel(alias);
      return;
    }
    let storeName = alias.asname ?? alias.name;
    if (alias.asname === null) {
      const dot = storeName.indexOf('.');
      if (dot >= 0) storeName = storeName.slice(0, dot);
    }
    this.addDef(storeName, DEF_IMPORT, at);
  }

  // ---- functions ----

  private visitDefaults(args: ast.Arguments): void {
    this.visitExprs(args.defaults);
    for (const value of args.kw_defaults as readonly (ast.Expr | null)[]) {
      if (value !== null) this.visitExpr(value);
    }
  }

  private visitArguments(args: ast.Arguments): void {
    for (const arg of args.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of args.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of args.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.current.varargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.current.varkeywords = true;
    }
  }

  private visitAnnotations(
    def: ast.FunctionDef | ast.AsyncFunctionDef,
    args: ast.Arguments,
    returns: ast.Expr | null,
  ): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', null, def, args);
    const visitArgAnnotation = (arg: ast.Arg | null) => {
      if (arg?.annotation) this.visitExpr(arg.annotation);
    };
    args.posonlyargs.forEach(visitArgAnnotation);
    args.args.forEach(visitArgAnnotation);
    visitArgAnnotation(args.vararg);
    visitArgAnnotation(args.kwarg);
    args.kwonlyargs.forEach(visitArgAnnotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: ast.Expr): void {
    if (this.futureAnnotations)
      this.enterBlock('_annotation', 'annotation', null, annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  // ---- expressions ----

  private visitExprs(exprs: readonly ast.Expr[]): void {
    for (const expr of exprs) this.visitExpr(expr);
  }

  private visitExpr(e: ast.Expr): void {
    this.enter(e);
    switch (e.kind) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitDefaults(e.args);
        this.enterBlock('lambda', 'function', e, e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        for (const key of e.keys as readonly (ast.Expr | null)[])
          if (key !== null) this.visitExpr(key);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.visitComprehension(e, 'generator', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.visitComprehension(e, 'list', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.visitComprehension(e, 'set', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, 'dict', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        this.current.generator = true;
        if (this.current.comprehension !== null) {
          throw yieldInComprehension(this.current.comprehension, e);
        }
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.current.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const keyword of e.keywords) this.visitExpr(keyword.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.current.type === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      default:
        assertNever(e);
    }
    this.depth--;
  }

  private raiseIfAnnotationBlock(what: string, e: Located): void {
    if (this.current.type === 'annotation') throw notAllowedInAnnotation(what, e);
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.current.compIterExpr > 0) throw walrusInComprehensionIterable(e);
    if (this.current.comprehension !== null && e.target.kind === 'Name') {
      this.extendNamedExprScope(e.target);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus target inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i]!;
      if (entry.comprehension !== null) {
        if (entry.flagsOf(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          throw walrusRebindsIterationVariable(name, target);
        }
        continue;
      }
      if (entry.type === 'function') {
        const flags = entry.flagsOf(mangle(this.privateName, name));
        this.addDef(name, flags & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_LOCAL, target);
        return;
      }
      if (entry.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_GLOBAL, target);
        return;
      }
      if (entry.type === 'class') throw walrusInClassComprehension(target);
    }
  }

  private visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    kind: ComprehensionKind,
    generators: readonly ast.Comprehension[],
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const outermost = generators[0]!;
    this.current.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.current.compIterExpr--;
    this.enterBlock(COMPREHENSION_NAMES[kind], 'function', e, e, e);
    const entry = this.current;
    entry.comprehension = kind;
    if (outermost.is_async) entry.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    entry.compIterTarget = true;
    this.visitExpr(outermost.target);
    entry.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const generator = generators[i]!;
      entry.compIterTarget = true;
      this.visitExpr(generator.target);
      entry.compIterTarget = false;
      entry.compIterExpr++;
      this.visitExpr(generator.iter);
      entry.compIterExpr--;
      this.visitExprs(generator.ifs);
      if (generator.is_async) entry.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    const isGenerator = kind === 'generator';
    entry.generator = isGenerator;
    const isAsync = entry.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.current.coroutine = true;
  }

  // ---- patterns ----

  private visitPattern(p: ast.Pattern): void {
    this.enter(p);
    switch (p.kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const sub of p.patterns) this.visitPattern(sub);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const sub of p.patterns) this.visitPattern(sub);
        for (const sub of p.kwd_patterns) this.visitPattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub);
        break;
      default:
        assertNever(p);
    }
    this.depth--;
  }
}

function assertNever(value: never): never {
  throw new Error(`symtable: unexpected node ${(value as { kind: string }).kind}`);
}
