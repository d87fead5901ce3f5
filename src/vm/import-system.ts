// The import system: `import a.b.c`, `from . import x`, `from m import *`, with sys.modules,
// built-in modules (src/stdlib/registry.ts), `.py` files and packages found through a FileSource
// on sys.path, circular-import behaviour and CPython's ImportError wording.

import type { CodeObject } from '../compiler/code-object.js';
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
import { lookupModule } from '../stdlib/registry.js';
// The VM-introspection helper of the Python-written traceback/inspect/warnings modules.
import '../stdlib/_pyex_introspect.js';
import { embeddedModuleCode } from './code-cache.js';
import type { Interpreter } from './interpreter.js';

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

/** One interpreter's import machinery. */
export class ImportSystem {
  declare private readonly interp: Interpreter;
  declare private readonly files: FileSource | null;
  /** `sys.path` as a Python list (shared with the sys module). */
  declare readonly path: PyList;

  constructor(interp: Interpreter, files: FileSource | null, path: readonly string[]) {
    this.interp = interp;
    this.files = files;
    this.path = new PyList(path.slice());
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
    const spec = lookupModule(name);
    if (spec !== undefined) {
      if (spec.kind === 'native') {
        const module = this.interp.newModule(name, null);
        this.interp.modules.setStr(name, module);
        try {
          spec.init(module);
        } catch (error) {
          this.interp.modules.deleteStr(name);
          throw error;
        }
        return this.interp.modules.getStr(name) ?? module;
      }
      return this.execSource(
        name,
        spec.source,
        `<frozen ${name}>`,
        spec.isPackage ? [] : null,
        false,
      );
    }
    const searchPath = this.searchPathFor(name, parent);
    const shortName = name.split('.').pop()!;
    if (this.files !== null) {
      for (const directory of searchPath) {
        const packageDir = joinPath(directory, shortName);
        if (this.files.isDirectory(packageDir)) {
          const initPath = joinPath(packageDir, '__init__.py');
          const initSource = this.files.readText(initPath);
          if (initSource !== null)
            return this.execSource(name, initSource, initPath, [packageDir], true);
        }
        const filePath = joinPath(directory, `${shortName}.py`);
        const source = this.files.readText(filePath);
        if (source !== null) return this.execSource(name, source, filePath, null, true);
        if (this.files.isDirectory(packageDir)) {
          // A namespace package: a directory without __init__.py.
          const module = this.interp.newModule(name, null);
          module.dict.setStr('__path__', new PyList([packageDir]));
          module.dict.setStr('__package__', name);
          this.interp.modules.setStr(name, module);
          return module;
        }
      }
    }
    throw moduleNotFound(name);
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
    this.interp.modules.setStr(name, module);
    module.initializing = true;
    try {
      // Embedded stdlib modules (no file) reuse one compilation per process: see code-cache.ts.
      const code = hasFile
        ? this.interp.compileSource(source, file)
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
