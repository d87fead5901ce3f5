// The `__spec__`/`__loader__` objects of imported modules, as native types so that importing a
// module costs no Python execution: ModuleSpec, BuiltinImporter, FrozenImporter, SourceFileLoader
// (CPython's _frozen_importlib classes). Finding and executing modules is src/vm/import-system.ts's
// job; importlib (src/stdlib/py/importlib) re-exports these types.

import { bindArgs, checkArity } from '../objects/args.js';
import { makeBuiltinType } from '../objects/builtin-types.js';
import type { PyDict } from '../objects/dict.js';
import { pyError, typeError } from '../objects/errors.js';
import { allocateInstance, initInstanceStorage } from '../objects/instance.js';
import { PyList } from '../objects/list.js';
import {
  defineClassMethod,
  defineGetSet,
  defineMethod,
  defineStaticMethod,
} from '../objects/native-function.js';
import { pyRepr } from '../objects/protocol-repr.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyObject, PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName } from '../objects/type-of.js';
import { currentInterpreter } from '../vm/interpreter.js';
import { lookupModule } from './registry.js';

const BOOTSTRAP = '_frozen_importlib';

/** `importlib.machinery.ModuleSpec`: attributes live in the instance dict, as in CPython. */
export const moduleSpecType = makeBuiltinType('ModuleSpec', undefined, {
  module: BOOTSTRAP,
  hasDict: true,
});
/** `importlib.machinery.BuiltinImporter` (used as a class, never instantiated). */
export const builtinImporterType = makeBuiltinType('BuiltinImporter', undefined, {
  module: BOOTSTRAP,
  hasDict: true,
});
/** `importlib.machinery.FrozenImporter`: Pyex's Python-written stdlib. */
export const frozenImporterType = makeBuiltinType('FrozenImporter', undefined, {
  module: BOOTSTRAP,
  hasDict: true,
});
/** `importlib.machinery.SourceFileLoader`: modules found as .py files on sys.path. */
export const sourceFileLoaderType = makeBuiltinType('SourceFileLoader', undefined, {
  module: '_frozen_importlib_external',
  hasDict: true,
});

for (const type of [moduleSpecType, builtinImporterType, frozenImporterType, sourceFileLoaderType])
  type.allocator = allocateInstance;

function dictOf(obj: PyValue): PyDict {
  const dict = (obj as PyObject).dict;
  if (dict === null) throw typeError(`expected a ${moduleSpecType.name}, got ${typeName(obj)}`);
  return dict;
}

function fillSpec(
  dict: PyDict,
  name: PyValue,
  loader: PyValue,
  origin: PyValue,
  loaderState: PyValue,
  isPackage: boolean,
): void {
  dict.setStr('name', name);
  dict.setStr('loader', loader);
  dict.setStr('origin', origin);
  dict.setStr('loader_state', loaderState);
  dict.setStr('submodule_search_locations', isPackage ? new PyList([]) : None);
  dict.setStr('_set_fileattr', false);
  dict.setStr('_cached', None);
}

/** A new ModuleSpec (what `ModuleSpec(name, loader, origin=..., is_package=...)` makes). */
export function newModuleSpec(
  name: string,
  loader: PyValue,
  origin: string | null,
  isPackage: boolean,
): PyObject {
  const spec = allocateInstance(moduleSpecType);
  fillSpec(dictOf(spec), name, loader, origin ?? None, None, isPackage);
  return spec;
}

/** A new SourceFileLoader for module `name` at `path`. */
export function newSourceFileLoader(name: string, path: string): PyObject {
  const loader = allocateInstance(sourceFileLoaderType);
  const dict = dictOf(loader);
  dict.setStr('name', name);
  dict.setStr('path', path);
  return loader;
}

/** How an imported module was found (mirrors ImportSystem's FoundModule kinds). */
export type SpecKind = 'native' | 'python' | 'file' | 'namespace';

/**
 * The `(__spec__, __loader__)` pair of a module about to run: BuiltinImporter for native modules,
 * FrozenImporter for Pyex's Python-written stdlib, a SourceFileLoader for files.
 */
export function specFor(
  name: string,
  kind: SpecKind,
  origin: string | null,
  isPackage: boolean,
  locations: readonly string[] | null,
): [PyObject, PyValue] {
  let loader: PyValue;
  let spec: PyObject;
  switch (kind) {
    case 'native':
      loader = builtinImporterType;
      spec = newModuleSpec(name, loader, 'built-in', false);
      break;
    case 'python':
      loader = frozenImporterType;
      spec = newModuleSpec(name, loader, 'frozen', isPackage);
      break;
    case 'namespace':
      loader = None;
      spec = newModuleSpec(name, None, null, true);
      break;
    case 'file':
      loader = newSourceFileLoader(name, origin ?? '');
      spec = newModuleSpec(name, loader, origin, isPackage);
      dictOf(spec).setStr('_set_fileattr', true);
      break;
  }
  if (locations !== null) {
    dictOf(spec).setStr('submodule_search_locations', new PyList(locations.slice()));
  }
  return [spec, loader];
}

// ModuleSpec --------------------------------------------------------------------------------------

defineMethod(moduleSpecType, '__init__', (args, kwnames) => {
  const self = args[0]!;
  const [name, loader, origin, loaderState, isPackage] = bindArgs(
    'ModuleSpec',
    args.slice(1),
    kwnames,
    ['name', 'loader', 'origin', 'loader_state', 'is_package'],
    2,
    0,
    2,
  );
  const obj = self as PyObject;
  if (obj.dict === null) initInstanceStorage(obj, obj.cls);
  fillSpec(
    dictOf(self),
    name!,
    loader!,
    origin ?? None,
    loaderState ?? None,
    isPackage !== undefined && isTruthy(isPackage),
  );
  return None;
});

defineMethod(moduleSpecType, '__repr__', (args) => {
  const dict = dictOf(args[0]!);
  const parts = [
    `name=${pyRepr(dict.getStr('name') ?? None)}`,
    `loader=${pyRepr(dict.getStr('loader') ?? None)}`,
  ];
  const origin = dict.getStr('origin') ?? None;
  if (origin !== None) parts.push(`origin=${pyRepr(origin)}`);
  const locations = dict.getStr('submodule_search_locations') ?? None;
  if (locations !== None) parts.push(`submodule_search_locations=${pyRepr(locations)}`);
  const cls = (args[0] as PyObject).cls;
  return `${cls.name}(${parts.join(', ')})`;
});

defineMethod(moduleSpecType, '__eq__', (args) => {
  const other = args[1]!;
  if (!(other instanceof Object) || (other as PyObject).cls !== moduleSpecType)
    return NotImplemented;
  const mine = dictOf(args[0]!);
  const theirs = dictOf(other);
  for (const key of ['name', 'loader', 'origin', 'submodule_search_locations', '_cached']) {
    const left = mine.getStr(key) ?? None;
    const right = theirs.getStr(key) ?? None;
    if (left === right) continue;
    if (left instanceof PyList && right instanceof PyList) {
      if (pyRepr(left) === pyRepr(right)) continue;
    }
    if (typeof left === 'string' && left === right) continue;
    return false;
  }
  return (mine.getStr('_set_fileattr') ?? false) === (theirs.getStr('_set_fileattr') ?? false);
});
moduleSpecType.setAttr('__hash__', None);

defineGetSet(moduleSpecType, 'parent', (obj) => {
  const dict = dictOf(obj);
  const name = strValueOf(dict.getStr('name') ?? '') ?? '';
  if ((dict.getStr('submodule_search_locations') ?? None) !== None) return name;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
});
defineGetSet(
  moduleSpecType,
  'has_location',
  (obj) => dictOf(obj).getStr('_set_fileattr') ?? false,
  (obj, value) => {
    dictOf(obj).setStr('_set_fileattr', value !== undefined && isTruthy(value));
  },
);
defineGetSet(
  moduleSpecType,
  'cached',
  (obj) => dictOf(obj).getStr('_cached') ?? None,
  (obj, value) => {
    dictOf(obj).setStr('_cached', value ?? None);
  },
);

// BuiltinImporter and FrozenImporter ---------------------------------------------------------------

function nameArg(args: readonly PyValue[], index: number, what: string): string {
  const name = strValueOf(args[index] ?? None);
  if (name === undefined) throw typeError(`${what}() argument must be str`);
  return name;
}

function isBuiltinName(name: string): boolean {
  return name === 'sys' || name === 'builtins' || lookupModule(name)?.kind === 'native';
}

defineClassMethod(builtinImporterType, 'find_spec', (args, kwnames) => {
  checkArity('find_spec', args.slice(1), kwnames, 1, 3);
  const name = nameArg(args, 1, 'find_spec');
  const path = args[2] ?? None;
  if (path !== None || !isBuiltinName(name)) return None;
  return newModuleSpec(name, builtinImporterType, 'built-in', false);
});
defineClassMethod(frozenImporterType, 'find_spec', (args, kwnames) => {
  checkArity('find_spec', args.slice(1), kwnames, 1, 3);
  const name = nameArg(args, 1, 'find_spec');
  const spec = lookupModule(name);
  if (spec === undefined || spec.kind !== 'python') return None;
  return newModuleSpec(name, frozenImporterType, 'frozen', spec.isPackage);
});
defineClassMethod(builtinImporterType, 'is_package', () => false);
defineClassMethod(frozenImporterType, 'is_package', (args) => {
  const spec = lookupModule(nameArg(args, 1, 'is_package'));
  return spec !== undefined && spec.kind === 'python' && spec.isPackage;
});
for (const type of [builtinImporterType, frozenImporterType]) {
  defineStaticMethod(type, 'create_module', () => None);
  defineStaticMethod(type, 'exec_module', () => None);
  defineClassMethod(type, 'get_code', () => None);
  defineClassMethod(type, 'get_source', () => None);
}

// SourceFileLoader ---------------------------------------------------------------------------------

defineMethod(sourceFileLoaderType, '__init__', (args, kwnames) => {
  const [name, path] = bindArgs(
    'SourceFileLoader',
    args.slice(1),
    kwnames,
    ['fullname', 'path'],
    2,
  );
  const obj = args[0] as PyObject;
  if (obj.dict === null) initInstanceStorage(obj, obj.cls);
  dictOf(obj).setStr('name', name!);
  dictOf(obj).setStr('path', path!);
  return None;
});
defineMethod(sourceFileLoaderType, '__eq__', (args) => {
  const other = args[1]!;
  if (!(other instanceof Object) || (other as PyObject).cls !== (args[0] as PyObject).cls)
    return NotImplemented;
  const mine = dictOf(args[0]!);
  const theirs = dictOf(other);
  return (
    mine.getStr('name') === theirs.getStr('name') && mine.getStr('path') === theirs.getStr('path')
  );
});
defineMethod(sourceFileLoaderType, '__hash__', (args) => {
  const dict = dictOf(args[0]!);
  const text = `${strValueOf(dict.getStr('name') ?? '')}\u0000${strValueOf(dict.getStr('path') ?? '')}`;
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (hash * 31 + text.charCodeAt(index)) | 0;
  return hash;
});
defineMethod(
  sourceFileLoaderType,
  'get_filename',
  (args) => dictOf(args[0]!).getStr('path') ?? None,
);
defineMethod(sourceFileLoaderType, 'is_package', (args) => {
  const path = strValueOf(dictOf(args[0]!).getStr('path') ?? '') ?? '';
  const file = path.slice(path.lastIndexOf('/') + 1);
  return (
    file.slice(0, file.lastIndexOf('.') < 0 ? file.length : file.lastIndexOf('.')) === '__init__'
  );
});
defineMethod(sourceFileLoaderType, 'get_source', (args) => {
  const dict = dictOf(args[0]!);
  const path = strValueOf(dict.getStr('path') ?? '') ?? '';
  const text = currentInterpreter().sources.get(path);
  if (text !== undefined) return text;
  throw pyError('ImportError', 'source not available through get_data()');
});
defineMethod(sourceFileLoaderType, 'create_module', () => None);
defineMethod(sourceFileLoaderType, 'exec_module', () => {
  throw pyError(
    'ImportError',
    'exec_module() is not supported by Pyex; use importlib.import_module()',
  );
});

/** The importlib-facing names, set into the `_pyex_introspect` module. */
export const IMPORT_SPEC_TYPES: readonly (readonly [string, PyType])[] = [
  ['ModuleSpec', moduleSpecType],
  ['BuiltinImporter', builtinImporterType],
  ['FrozenImporter', frozenImporterType],
  ['SourceFileLoader', sourceFileLoaderType],
];

/** `(spec, loader)` of a module as a Python tuple (for importlib.util.find_spec). */
export function specTuple(
  name: string,
  kind: SpecKind,
  origin: string | null,
  isPackage: boolean,
  locations: readonly string[] | null,
): PyTuple {
  return new PyTuple(specFor(name, kind, origin, isPackage, locations));
}
