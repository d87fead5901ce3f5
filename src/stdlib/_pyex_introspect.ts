// `_pyex_introspect`: the VM facts the Python-written traceback, linecache, inspect and warnings
// modules need (compiled sources, code positions, CPython-exact exception formatting, generator
// states). Private to Pyex; the Python modules build the public API on top of it.

import { checkArity } from '../objects/args.js';
import { PyCode } from '../objects/code.js';
import { typeError } from '../objects/errors.js';
import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import { PyGenerator } from '../objects/generator.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import { indexValue } from '../objects/protocol-number.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTraceback } from '../objects/traceback.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName } from '../objects/type-of.js';
import { currentInterpreter, type Interpreter } from '../vm/interpreter.js';
import {
  displayableSource,
  formatException,
  formatExceptionOnly,
  formatFrameSource,
  isHiddenFrameFile,
} from '../vm/traceback-format.js';
import { IMPORT_SPEC_TYPES, specTuple } from './_pyex_import_specs.js';
import { lookupModule, registerNativeModule } from './registry.js';

const MODULE = '_pyex_introspect';

function codeArg(value: PyValue | undefined, what: string): PyCode {
  if (!(value instanceof PyCode)) {
    throw typeError(`${what}() argument must be a code object, not ${typeName(value ?? None)}`);
  }
  return value;
}

function exceptionArg(value: PyValue | undefined, what: string): PyBaseException {
  if (!(value instanceof PyBaseException)) {
    throw typeError(`${what}() argument must be an exception, not ${typeName(value ?? None)}`);
  }
  return value;
}

function intArg(value: PyValue | undefined): number {
  return value === undefined || value === None ? -1 : Number(indexValue(value));
}

/** `source(filename)`: the text the interpreter compiled under that name, or None. */
const source = makeNativeFunction(MODULE, 'source', (args, kwnames) => {
  checkArity('source', args, kwnames, 1, 1);
  const filename = strValueOf(args[0]!);
  if (filename === undefined) return None;
  return displayableSource(currentInterpreter(), filename) ?? None;
});

/**
 * `format_exception(exc, tb=exc.__traceback__)`: the whole chained traceback as the `traceback`
 * module formats it, `exc`'s own frames taken from `tb`.
 */
const formatExceptionFn = makeNativeFunction(MODULE, 'format_exception', (args, kwnames) => {
  checkArity('format_exception', args, kwnames, 1, 2);
  const exc = exceptionArg(args[0], 'format_exception');
  const tb = args[1];
  const traceback = tb === undefined ? exc.traceback : tb instanceof PyTraceback ? tb : null;
  return formatException(currentInterpreter(), exc, true, traceback);
});

/** `format_exception_only(exc)`: the `Type: message` line(s), with suggestions and notes. */
const formatExceptionOnlyFn = makeNativeFunction(
  MODULE,
  'format_exception_only',
  (args, kwnames) => {
    checkArity('format_exception_only', args, kwnames, 1, 1);
    const exc = exceptionArg(args[0], 'format_exception_only');
    return formatExceptionOnly(currentInterpreter(), exc, true);
  },
);

/**
 * `frame_source(code, lasti, lineno)`: the `    source` and caret lines of a frame stopped at
 * byte offset `lasti` (tb_lasti / f_lasti; -1 for none) on line `lineno`.
 */
const frameSource = makeNativeFunction(MODULE, 'frame_source', (args, kwnames) => {
  checkArity('frame_source', args, kwnames, 3, 3);
  const code = codeArg(args[0], 'frame_source');
  const lasti = intArg(args[1]);
  const lineno = intArg(args[2]);
  const instruction = lasti < 0 ? -1 : lasti >> 1;
  if (instruction >= code.code.positions.length >> 2) return '';
  return formatFrameSource(currentInterpreter(), code.code, instruction, lineno, 'module');
});

/** `positions(code, lasti)`: (lineno, end_lineno, colno, end_colno) of one instruction, None when unknown. */
const positionsOf = makeNativeFunction(MODULE, 'positions', (args, kwnames) => {
  checkArity('positions', args, kwnames, 2, 2);
  const code = codeArg(args[0], 'positions');
  const lasti = intArg(args[1]);
  const positions = code.code.positions;
  const at = (lasti >> 1) * 4;
  if (lasti < 0 || at + 3 >= positions.length) return new PyTuple([None, None, None, None]);
  const item = (index: number): PyValue => {
    const value = positions[at + index]!;
    return value < 0 ? None : value;
  };
  return new PyTuple([item(0), item(1), item(2), item(3)]);
});

/** `co_positions(code)`: the list `code.co_positions()` would iterate. */
const coPositions = makeNativeFunction(MODULE, 'co_positions', (args, kwnames) => {
  checkArity('co_positions', args, kwnames, 1, 1);
  const positions = codeArg(args[0], 'co_positions').code.positions;
  const items: PyValue[] = [];
  for (let at = 0; at + 3 < positions.length; at += 4) {
    const entry: PyValue[] = [];
    for (let index = 0; index < 4; index++) {
      const value = positions[at + index]!;
      entry.push(value < 0 ? None : value);
    }
    items.push(new PyTuple(entry));
  }
  return new PyList(items);
});

/** `is_hidden(filename)`: whether frames of that file stay out of tracebacks (Pyex's stdlib). */
const isHidden = makeNativeFunction(MODULE, 'is_hidden', (args, kwnames) => {
  checkArity('is_hidden', args, kwnames, 1, 1);
  const filename = strValueOf(args[0]!);
  return filename !== undefined && isHiddenFrameFile(filename);
});

/** `generator_state(gen)`: 'CREATED', 'RUNNING', 'SUSPENDED' or 'CLOSED' (generators, coroutines, async generators). */
const generatorState = makeNativeFunction(MODULE, 'generator_state', (args, kwnames) => {
  checkArity('generator_state', args, kwnames, 1, 1);
  const gen = args[0];
  if (!(gen instanceof PyGenerator)) {
    throw typeError(`expected a generator, got ${typeName(gen ?? None)}`);
  }
  if (gen.running) return 'RUNNING';
  if (gen.frame === null) return 'CLOSED';
  return gen.started ? 'SUSPENDED' : 'CREATED';
});

/** `module_kind(name)`: ('native' | 'python', is_package) for a built-in module, else None. */
const moduleKind = makeNativeFunction(MODULE, 'module_kind', (args, kwnames) => {
  checkArity('module_kind', args, kwnames, 1, 1);
  const name = strValueOf(args[0]!);
  const spec = name === undefined ? undefined : lookupModule(name);
  if (spec === undefined) return None;
  return new PyTuple([spec.kind, spec.kind === 'python' && spec.isPackage]);
});

/** `is_builtin_module(name)`: whether `name` is a module implemented natively. */
const isBuiltinModule = makeNativeFunction(MODULE, 'is_builtin_module', (args, kwnames) => {
  checkArity('is_builtin_module', args, kwnames, 1, 1);
  const name = strValueOf(args[0]!);
  if (name === 'sys' || name === 'builtins') return true;
  return name !== undefined && lookupModule(name)?.kind === 'native';
});

/**
 * `find_module(name, parent)`: where the import system would find `name` (its parent package, if
 * any, given as the module): (kind, origin, is_package, search_locations) or None.
 */
const findModule = makeNativeFunction(MODULE, 'find_module', (args, kwnames) => {
  checkArity('find_module', args, kwnames, 2, 2);
  const name = strValueOf(args[0]!);
  if (name === undefined) throw typeError('find_module() name must be str');
  const parent = args[1] === None ? null : args[1]!;
  const found = currentInterpreter().imports.find(name, parent);
  if (found === null) return None;
  switch (found.kind) {
    case 'native':
      return new PyTuple([found.kind, 'built-in', false, None]);
    case 'python':
      return new PyTuple([
        found.kind,
        'frozen',
        found.isPackage,
        found.isPackage ? new PyList([]) : None,
      ]);
    case 'file':
      return new PyTuple([
        found.kind,
        found.path,
        found.packagePath !== null,
        found.packagePath === null ? None : new PyList(found.packagePath.slice()),
      ]);
    case 'namespace':
      return new PyTuple([found.kind, None, true, new PyList(found.packagePath.slice())]);
  }
});

/** `reload(module)`: runs the module's source again in its namespace and returns the module. */
const reloadModule = makeNativeFunction(MODULE, 'reload', (args, kwnames) => {
  checkArity('reload', args, kwnames, 1, 1);
  const module = args[0];
  if (!(module instanceof PyModule)) throw typeError('reload() argument must be a module');
  return currentInterpreter().imports.reload(module);
});

const FUNCTIONS = [
  moduleKind,
  isBuiltinModule,
  findModule,
  reloadModule,
  source,
  formatExceptionFn,
  formatExceptionOnlyFn,
  frameSource,
  positionsOf,
  coPositions,
  isHidden,
  generatorState,
];

/** `spec_for(name, kind, origin, is_package, locations)`: the (spec, loader) the import system makes. */
const specForFn = makeNativeFunction(MODULE, 'spec_for', (args, kwnames) => {
  checkArity('spec_for', args, kwnames, 5, 5);
  const name = strValueOf(args[0]!) ?? '';
  const kind = strValueOf(args[1]!);
  if (kind !== 'native' && kind !== 'python' && kind !== 'file' && kind !== 'namespace') {
    throw typeError(`unknown module kind ${String(kind)}`);
  }
  const origin = args[2] === None ? null : (strValueOf(args[2]!) ?? null);
  const locations =
    args[4] === None ? null : iterableToArray(args[4]!).map((item) => strValueOf(item) ?? '');
  return specTuple(name, kind, origin, isTruthy(args[3]!), locations);
});

/**
 * Issues a warning from native code through the `warnings` module, so filters, the once-per-location
 * registry and `catch_warnings` apply: `warnings.warn(message, category, stacklevel)`. Natives have
 * no frame, so stacklevel 1 names the Python line that called the native.
 * @see https://docs.python.org/3.11/library/warnings.html#warnings.warn
 */
export function warnFromNative(
  interp: Interpreter,
  categoryName: string,
  message: string,
  stacklevel = 1,
): void {
  const warnings = interp.imports.importDotted('warnings');
  callObject(getAttr(warnings, 'warn'), [message, exceptionTypeNamed(categoryName), stacklevel]);
}

/**
 * Issues a warning attributed to an explicit file and line (compile-time SyntaxWarnings):
 * `warnings.warn_explicit(message, category, filename, lineno)`.
 */
export function warnExplicitFromNative(
  interp: Interpreter,
  categoryName: string,
  message: string,
  filename: string,
  lineno: number,
): void {
  const warnings = interp.imports.importDotted('warnings');
  callObject(getAttr(warnings, 'warn_explicit'), [
    message,
    exceptionTypeNamed(categoryName),
    filename,
    lineno,
  ]);
}

registerNativeModule(MODULE, (module) => {
  for (const func of FUNCTIONS) module.dict.setStr(func.name, func);
  module.dict.setStr(specForFn.name, specForFn);
  for (const [name, type] of IMPORT_SPEC_TYPES) module.dict.setStr(name, type);
});
