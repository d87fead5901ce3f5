// The import system: `import a.b.c`, `from . import x`, `from m import *`, with sys.modules,
// built-in modules (src/stdlib/registry.ts), `.py` files and packages found through a FileSource
// on sys.path, circular-import behaviour and CPython's ImportError wording.

import type { CodeObject } from '../compiler/code-object.js';
import { withSourceText } from '../compiler/compile-errors.js';
import { codeFor } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { pyError } from '../objects/errors.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { getAttrOrUndefined } from '../objects/protocol-attr.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { lookupModule, type ModuleInit } from '../stdlib/registry.js';
// The VM-introspection helper of the Python-written traceback/inspect/warnings modules.
import '../stdlib/_pyex_introspect.js';
import { newSourceFileLoader, specFor } from '../stdlib/_pyex_import_specs.js';
import { embeddedModuleCode } from './code-cache.js';
import type { Interpreter } from './interpreter.js';
import { syntaxErrorToPython } from './syntax-error.js';

/**
 * Read access to Python source files for imports. The CLI supplies a Node-backed one; the sandbox
 * supplies its virtual filesystem. Paths are '/'-separated.
 */
export interface FileSource {
  /** The text of a file, or null when it does not exist. */
  readText(path: string): string | null;
  /** Whether `path` is a directory. */
  isDirectory(path: string): boolean;
}

function joinPath(directory: string, name: string): string {
  if (directory === '' || directory === '.') return name;
  return directory.endsWith('/') ? `${directory}${name}` : `${directory}/${name}`;
}

function moduleNotFound(name: string): PythonError {
  const error = pyError('ModuleNotFoundError', `No module named '${name}'`);
  (error.exception as PyBaseException).setMember('name', name);
  return error;
}

function importError(message: string, name: string | null, path: string | null): PythonError {
  const error = pyError('ImportError', message);
  const exc = error.exception as PyBaseException;
  exc.setMember('msg', message);
  exc.setMember('name', name ?? None);
  exc.setMember('path', path ?? None);
  return error;
}

/** Where a module comes from (ImportSystem.find). */
export type FoundModule =
  | { readonly kind: 'native'; readonly init: ModuleInit }
  | { readonly kind: 'python'; readonly source: string; readonly isPackage: boolean }
  | {
      readonly kind: 'file';
      readonly source: string;
      readonly path: string;
      readonly packagePath: string[] | null;
    }
  | { readonly kind: 'namespace'; readonly packagePath: string[] };

function assertNever(value: never): never {
  throw new Error(`internal: unexpected ${JSON.stringify(value)}`);
}

/** One interpreter's import machinery. */
export class ImportSystem {
  declare private readonly interp: Interpreter;
  declare private readonly files: FileSource | null;
  /** `sys.path` as a Python list (shared with the sys module). */
  declare readonly path: PyList;

  /** Names of code compiled from strings by exec/eval/compile (no lines in tracebacks). */
  declare private readonly stringSources: Set<string>;

  constructor(interp: Interpreter, files: FileSource | null, path: readonly string[]) {
    this.interp = interp;
    this.files = files;
    this.path = new PyList(path.slice());
    this.stringSources = new Set();
  }

  /**
   * Records that `filename` names code compiled from a string (`exec`, `eval`, `compile`): like
   * CPython's linecache, tracebacks, `linecache` and `inspect.getsource` then find no lines for it.
   */
  markStringSource(filename: string): void {
    this.stringSources.add(filename);
  }

  /** Whether `filename` was marked by markStringSource (and not imported as a file since). */
  isStringSource(filename: string): boolean {
    return this.stringSources.size > 0 && this.stringSources.has(filename);
  }

  /**
   * Sets the `__loader__` a script run as `__main__` has in CPython (a SourceFileLoader named
   * `__main__`; its `__spec__` stays None).
   */
  prepareMainModule(module: PyModule, filename: string): void {
    module.dict.setStr('__loader__', newSourceFileLoader('__main__', filename));
  }

  /** IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`. */
  importName(name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
    const absolute = level > 0 ? this.resolveRelative(name, globals, level) : name;
    if (absolute === '') throw pyError('ValueError', 'Empty module name');
    const module = this.importDotted(absolute);
    const fromNames = fromlist === None ? [] : iterableToArray(fromlist);
    if (fromNames.length === 0) {
      if (level > 0 && name === '') return module;
      const top = absolute.split('.')[0]!;
      if (level > 0) {
        // `import .a.b` is not valid syntax; relative imports always have a fromlist.
        return module;
      }
      return this.interp.modules.getStr(top) ?? module;
    }
    if (module instanceof PyModule && module.dict.hasStr('__path__')) {
      for (const item of fromNames) {
        const fromName = strValueOf(item);
        if (fromName === undefined || fromName === '*') continue;
        if (getAttrOrUndefined(module, fromName) !== undefined) continue;
        try {
          this.importDotted(`${absolute}.${fromName}`);
        } catch (error) {
          if (!isModuleNotFound(error, `${absolute}.${fromName}`)) throw error;
        }
      }
    }
    return module;
  }

  private resolveRelative(name: string, globals: PyDict, level: number): string {
    let packageName = globals.getStr('__package__');
    if (packageName === undefined || packageName === None) {
      const moduleName = globals.getStr('__name__');
      if (typeof moduleName !== 'string') {
        throw importError('attempted relative import with no known parent package', null, null);
      }
      packageName = globals.hasStr('__path__')
        ? moduleName
        : moduleName.split('.').slice(0, -1).join('.');
    }
    if (typeof packageName !== 'string' || packageName === '') {
      throw importError('attempted relative import with no known parent package', null, null);
    }
    const parts = packageName.split('.');
    if (level - 1 >= parts.length) {
      throw importError('attempted relative import beyond top-level package', null, null);
    }
    const base = parts.slice(0, parts.length - (level - 1)).join('.');
    return name === '' ? base : `${base}.${name}`;
  }

  /** Imports `a`, `a.b`, `a.b.c` in turn; returns the last. */
  importDotted(name: string): PyValue {
    const existing = this.interp.modules.getStr(name);
    if (existing !== undefined) {
      if (existing === None) throw moduleNotFound(name);
      return existing;
    }
    const parts = name.split('.');
    let parent: PyValue | null = null;
    let current = '';
    for (const part of parts) {
      current = current === '' ? part : `${current}.${part}`;
      const loaded = this.interp.modules.getStr(current);
      if (loaded !== undefined) {
        if (loaded === None) throw moduleNotFound(current);
        parent = loaded;
        continue;
      }
      const module = this.load(current, parent);
      if (parent instanceof PyModule) parent.dict.setStr(part, module);
      parent = module;
    }
    return parent!;
  }

  /** Finds and executes one module whose parent package (if any) is already imported. */
  private load(name: string, parent: PyValue | null): PyValue {
    const found = this.find(name, parent);
    if (found === null) throw moduleNotFound(name);
    switch (found.kind) {
      case 'native': {
        const module = this.interp.newModule(name, null);
        this.attachSpec(module, name, 'native', null, false, null);
        this.interp.modules.setStr(name, module);
        try {
          found.init(module);
        } catch (error) {
          this.interp.modules.deleteStr(name);
          throw error;
        }
        return this.interp.modules.getStr(name) ?? module;
      }
      case 'python':
        return this.execSource(
          name,
          found.source,
          `<frozen ${name}>`,
          found.isPackage ? [] : null,
          false,
        );
      case 'file':
        return this.execSource(name, found.source, found.path, found.packagePath, true);
      case 'namespace': {
        // A namespace package: a directory without __init__.py.
        const module = this.interp.newModule(name, null);
        module.dict.setStr('__path__', new PyList(found.packagePath.slice()));
        module.dict.setStr('__package__', name);
        this.attachSpec(module, name, 'namespace', null, true, found.packagePath);
        this.interp.modules.setStr(name, module);
        return module;
      }
      default:
        return assertNever(found);
    }
  }

  /**
   * Where module `name` would come from, without executing anything: the registry of built-in
   * modules, then `.py` files and packages on the search path (sys.path, or the parent's __path__).
   */
  find(name: string, parent: PyValue | null): FoundModule | null {
    const spec = lookupModule(name);
    if (spec !== undefined) {
      if (spec.kind === 'native') return { kind: 'native', init: spec.init };
      return { kind: 'python', source: spec.source, isPackage: spec.isPackage };
    }
    const searchPath = this.searchPathFor(name, parent);
    const shortName = name.split('.').pop()!;
    if (this.files === null) return null;
    for (const directory of searchPath) {
      const packageDir = joinPath(directory, shortName);
      if (this.files.isDirectory(packageDir)) {
        const initPath = joinPath(packageDir, '__init__.py');
        const initSource = this.files.readText(initPath);
        if (initSource !== null)
          return { kind: 'file', source: initSource, path: initPath, packagePath: [packageDir] };
      }
      const filePath = joinPath(directory, `${shortName}.py`);
      const source = this.files.readText(filePath);
      if (source !== null) return { kind: 'file', source, path: filePath, packagePath: null };
      if (this.files.isDirectory(packageDir))
        return { kind: 'namespace', packagePath: [packageDir] };
    }
    return null;
  }

  /**
   * Sets `__spec__` and `__loader__` of a module about to run (CPython sets them before the body
   * runs): native objects of src/stdlib/_pyex_import_specs.ts, so an import runs no extra Python.
   */
  private attachSpec(
    module: PyModule,
    name: string,
    kind: FoundModule['kind'],
    origin: string | null,
    isPackage: boolean,
    locations: readonly string[] | null,
  ): void {
    const [spec, loader] = specFor(name, kind, origin, isPackage, locations);
    module.dict.setStr('__spec__', spec);
    module.dict.setStr('__loader__', loader);
  }

  /**
   * Executes a module's source again in its existing namespace (`importlib.reload`). Native modules
   * are returned as they are.
   */
  reload(module: PyModule): PyValue {
    const name = module.name;
    const dot = name.lastIndexOf('.');
    const parent = dot < 0 ? null : (this.interp.modules.getStr(name.slice(0, dot)) ?? null);
    const found = this.find(name, parent);
    if (found === null) throw moduleNotFound(name);
    let source: string;
    let file: string;
    switch (found.kind) {
      case 'native':
      case 'namespace':
        return module;
      case 'python':
        source = found.source;
        file = `<frozen ${name}>`;
        break;
      case 'file':
        source = found.source;
        file = found.path;
        break;
      default:
        return assertNever(found);
    }
    const code =
      found.kind === 'file'
        ? this.compileFile(source, file)
        : this.compileEmbedded(name, source, file);
    this.interp.execCode(codeFor(code), module.dict);
    return this.interp.modules.getStr(name) ?? module;
  }

  /** Compiles a module file; a syntax error in it is the importer's Python SyntaxError. */
  private compileFile(source: string, file: string): CodeObject {
    try {
      return this.interp.compileSource(source, file);
    } catch (error) {
      // Compile-time (symtable, codegen) errors come without their line; CPython reads it from the file.
      if (error instanceof PySyntaxError) {
        const located = withSourceText(error, source);
        // Read from a file, the offending line keeps its newline (the tokenizer's end-of-input
        // errors quote it without one).
        if (typeof located.text === 'string' && !located.text.endsWith('\n')) {
          (located as { text: string | null }).text = `${located.text}\n`;
        }
        throw syntaxErrorToPython(located, file);
      }
      throw error;
    }
  }

  private searchPathFor(name: string, parent: PyValue | null): string[] {
    if (name.includes('.')) {
      if (!(parent instanceof PyModule)) return [];
      const parentPath = parent.dict.getStr('__path__');
      if (parentPath === undefined) {
        const error = pyError(
          'ModuleNotFoundError',
          `No module named '${name}'; '${parent.name}' is not a package`,
        );
        (error.exception as PyBaseException).setMember('name', name);
        throw error;
      }
      return iterableToArray(parentPath).map((item) => strValueOf(item) ?? '');
    }
    return this.path.items.map((item) => strValueOf(item) ?? '');
  }

  private execSource(
    name: string,
    source: string,
    file: string,
    packagePath: string[] | null,
    hasFile: boolean,
  ): PyValue {
    const module = this.interp.newModule(name, hasFile ? file : null);
    const dict = module.dict;
    if (packagePath !== null) {
      dict.setStr('__path__', new PyList(packagePath.slice()));
      dict.setStr('__package__', name);
    } else {
      dict.setStr('__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
    }
    this.attachSpec(
      module,
      name,
      hasFile ? 'file' : 'python',
      hasFile ? file : null,
      packagePath !== null,
      packagePath,
    );
    this.interp.modules.setStr(name, module);
    if (hasFile) this.stringSources.delete(file);
    module.initializing = true;
    try {
      // Embedded stdlib modules (no file) reuse one compilation per process: see code-cache.ts.
      const code = hasFile
        ? this.compileFile(source, file)
        : this.compileEmbedded(name, source, file);
      this.interp.execCode(codeFor(code), dict);
    } catch (error) {
      this.interp.modules.deleteStr(name);
      throw error;
    } finally {
      module.initializing = false;
    }
    return this.interp.modules.getStr(name) ?? module;
  }

  /** Compiles (or reuses the process-wide compilation of) an embedded module's source. */
  private compileEmbedded(name: string, source: string, file: string): CodeObject {
    // Tracebacks read source lines from interp.sources, so register it even on a cache hit.
    this.interp.sources.set(file, source);
    return embeddedModuleCode(name, file, source, () => this.interp.compileSource(source, file));
  }

  /** IMPORT_FROM: `from module import name`. */
  importFrom(module: PyValue, name: string): PyValue {
    const value = getAttrOrUndefined(module, name);
    if (value !== undefined) return value;
    const moduleName = module instanceof PyModule ? module.name : null;
    if (moduleName !== null) {
      const submodule = this.interp.modules.getStr(`${moduleName}.${name}`);
      if (submodule !== undefined && submodule !== None) return submodule;
    }
    const displayName = moduleName ?? '<unknown module name>';
    const file = module instanceof PyModule ? module.dict.getStr('__file__') : undefined;
    const location = typeof file === 'string' ? file : 'unknown location';
    if (module instanceof PyModule && module.initializing) {
      throw importError(
        `cannot import name '${name}' from partially initialized module '${displayName}' (most likely due to a circular import) (${location})`,
        moduleName,
        typeof file === 'string' ? file : null,
      );
    }
    throw importError(
      `cannot import name '${name}' from '${displayName}' (${location})`,
      moduleName,
      typeof file === 'string' ? file : null,
    );
  }

  /** IMPORT_STAR: copies `__all__` (or every public name) into `target`. */
  importStar(module: PyValue, target: PyDict): void {
    const all = getAttrOrUndefined(module, '__all__');
    if (all !== undefined) {
      for (const item of iterableToArray(all)) {
        const name = strValueOf(item);
        if (name === undefined) continue;
        target.setStr(name, this.importFrom(module, name));
      }
      return;
    }
    if (!(module instanceof PyModule)) return;
    for (const [key, value] of module.dict.entries()) {
      if (typeof key === 'string' && !key.startsWith('_')) target.setStr(key, value);
    }
  }
}

function isModuleNotFound(error: unknown, name: string): boolean {
  if (!(error instanceof PythonError)) return false;
  const exc = exceptionOf(error);
  return (
    exc.cls.isSubtypeOf(exceptionTypeNamed('ModuleNotFoundError')) && exc.getMember('name') === name
  );
}

/** The names a module exposes to `from m import *` (for tests and dir()). */
export function publicNames(module: PyModule): PyTuple {
  return new PyTuple(
    module.dict.liveKeys().filter((key) => typeof key === 'string' && !key.startsWith('_')),
  );
}

/** An empty namespace dict for a module run as a script. */
export function scriptGlobals(): PyDict {
  return new PyDict();
}
