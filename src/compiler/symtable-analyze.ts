// Resolves every symbol of a built symbol table to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE /
// CELL, following CPython 3.11's analyze_block: free variables flow up, bound names flow down,
// class bodies are skipped by their methods, and a method's `__class__` becomes the class's cell.

import {
  type Located,
  nameIsNonlocalAndGlobal,
  noBindingForNonlocal,
  nonlocalAtModuleLevel,
} from './compile-errors.js';
import {
  DEF_BOUND,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  SCOPE_CELL,
  SCOPE_FREE,
  SCOPE_GLOBAL_EXPLICIT,
  SCOPE_GLOBAL_IMPLICIT,
  SCOPE_LOCAL,
  type SymbolTableEntry,
} from './symtable-entry.js';

/** Resolves the scopes of every entry under `top` (which must be the module block). */
export function analyzeSymbolTable(top: SymbolTableEntry): void {
  analyzeBlock(top, null, new Set(), new Set());
}

function directiveLocation(entry: SymbolTableEntry, name: string): Located {
  const directive = entry.directives.get(name);
  if (directive === undefined) {
    return {
      lineno: entry.lineno,
      col_offset: entry.colOffset,
      end_lineno: null,
      end_col_offset: null,
    };
  }
  return {
    lineno: directive.lineno,
    col_offset: directive.colOffset,
    end_lineno: directive.endLineno,
    end_col_offset: directive.endColOffset,
  };
}

function analyzeName(
  entry: SymbolTableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw nameIsNonlocalAndGlobal(name, directiveLocation(entry, name));
    scopes.set(name, SCOPE_GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw nonlocalAtModuleLevel(directiveLocation(entry, name));
    if (!bound.has(name)) throw noBindingForNonlocal(name, directiveLocation(entry, name));
    scopes.set(name, SCOPE_FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, SCOPE_LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // A binding in an enclosing function makes the name free here; else it is a global.
  if (bound?.has(name)) {
    scopes.set(name, SCOPE_FREE);
    entry.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, SCOPE_GLOBAL_IMPLICIT);
    return;
  }
  if (entry.nested) entry.free = true;
  scopes.set(name, SCOPE_GLOBAL_IMPLICIT);
}

/**
 * Analyzes one block. `bound` holds names bound by enclosing functions (null at module level),
 * `global` names known to be global; `free` receives this block's unresolved free names.
 */
function analyzeBlock(
  entry: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // A class namespace is invisible to nested functions: compute what they see before analyzing it.
  if (entry.type === 'class') {
    for (const name of global) newGlobal.add(name);
    if (bound !== null) for (const name of bound) newBound.add(name);
  }

  for (const [name, flags] of entry.symbols) {
    analyzeName(entry, scopes, name, flags, bound, local, free, global);
  }

  if (entry.type !== 'class') {
    if (entry.type === 'function') for (const name of local) newBound.add(name);
    if (bound !== null) for (const name of bound) newBound.add(name);
    for (const name of global) newGlobal.add(name);
  } else {
    newBound.add('__class__');
  }

  const allFree = new Set<string>();
  for (const child of entry.children) {
    const childFree = analyzeChildBlock(child, newBound, newFree, newGlobal);
    for (const name of childFree) allFree.add(name);
    if (child.free || child.childFree) entry.childFree = true;
  }
  for (const name of allFree) newFree.add(name);

  if (entry.type === 'function') analyzeCells(scopes, newFree);
  else if (entry.type === 'class') dropClassFree(entry, newFree);

  updateSymbols(entry, scopes, bound, newFree, entry.type === 'class');
  for (const name of newFree) free.add(name);
}

/** Analyzes a child with copies of the sets, so siblings do not see each other's names. */
function analyzeChildBlock(
  child: SymbolTableEntry,
  bound: Set<string>,
  free: Set<string>,
  global: Set<string>,
): Set<string> {
  const childFree = new Set(free);
  analyzeBlock(child, new Set(bound), childFree, new Set(global));
  return childFree;
}

/** Locals of a function that nested blocks use freely become cells. */
function analyzeCells(scopes: Map<string, number>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== SCOPE_LOCAL || !free.has(name)) continue;
    scopes.set(name, SCOPE_CELL);
    free.delete(name);
  }
}

/** A method's free `__class__` is satisfied by the class's implicit cell. */
function dropClassFree(entry: SymbolTableEntry, free: Set<string>): void {
  if (free.delete('__class__')) entry.needsClassClosure = true;
}

function updateSymbols(
  entry: SymbolTableEntry,
  scopes: Map<string, number>,
  bound: Set<string> | null,
  free: Set<string>,
  isClass: boolean,
): void {
  for (const name of entry.symbols.keys()) entry.scopes.set(name, scopes.get(name) ?? 0);
  // Free names of children that this block does not define pass through it.
  for (const name of free) {
    const flags = entry.symbols.get(name);
    if (flags !== undefined) {
      if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) {
        entry.symbols.set(name, flags | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    entry.symbols.set(name, 0);
    entry.scopes.set(name, SCOPE_FREE);
  }
}
