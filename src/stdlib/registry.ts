// The table of built-in modules (written in TypeScript, or as Python source shipped with Pyex).
// Module files register themselves here; the import system (src/vm/import-system.ts) consults it.

import type { PyModule } from '../objects/module.js';

/** Fills a fresh module's namespace (`module.dict`) with its functions, types and constants. */
export type ModuleInit = (module: PyModule) => void;

/** How a built-in module is made. */
export type ModuleSpec =
  | { readonly kind: 'native'; readonly name: string; readonly init: ModuleInit }
  | {
      readonly kind: 'python';
      readonly name: string;
      readonly source: string;
      readonly isPackage: boolean;
    };

const modules = new Map<string, ModuleSpec>();
/** `registeredModuleNames()` sorted once (every interpreter's sys module asks); null after a change. */
let sortedNames: readonly string[] | null = null;

/**
 * Registers a module implemented in TypeScript: `init` runs once per interpreter, the first time
 * the module is imported. Registering a name twice is a bug.
 */
export function registerNativeModule(name: string, init: ModuleInit): void {
  if (modules.has(name)) throw new Error(`internal: module ${name} registered twice`);
  modules.set(name, { kind: 'native', name, init });
  sortedNames = null;
}

/**
 * Registers a module written in Python (its source ships inside Pyex); `isPackage` makes it a
 * package whose submodules are registered under dotted names.
 */
export function registerPythonModule(name: string, source: string, isPackage = false): void {
  if (modules.has(name)) throw new Error(`internal: module ${name} registered twice`);
  modules.set(name, { kind: 'python', name, source, isPackage });
  sortedNames = null;
}

/** The spec of a built-in module, or undefined. */
export function lookupModule(name: string): ModuleSpec | undefined {
  return modules.get(name);
}

/** Names of every registered module, sorted (for `sys.builtin_module_names` and help); shared: do not modify. */
export function registeredModuleNames(): readonly string[] {
  sortedNames ??= [...modules.keys()].sort();
  return sortedNames;
}
