// Host functions on the JS side: the options that declare them (`functions`, `modules`,
// `externalFunctions`), installing them into an interpreter as PyHostFunction objects, argument and
// result conversion, and turning host exceptions into Python ones. Pausing lives in src/vm/host-call.ts.

import type { PyDict } from '../objects/dict.js';
import { pyError, typeError } from '../objects/errors.js';
import { EXCEPTION_TYPES, exceptionTypeNamed } from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import type { NativeFn } from '../objects/native-function.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { rt } from '../objects/runtime.js';
import { PyTuple } from '../objects/tuple.js';
import { recordEvent } from '../sandbox/capabilities.js';
import {
  externalOutsidePausableRun,
  HostCallSignal,
  type HostFunctionMode,
  hostPausesAllowed,
  PyHostFunction,
} from '../vm/host-call.js';
import { hostNowMs, type Interpreter } from '../vm/interpreter.js';
import { callInRunningLoop, HOST_WAIT_MODULE, HOST_WAIT_NAME } from './host-asyncio.js';
import { PyexError } from './pyex-error.js';
import { toJs, toPy } from './values.js';

/**
 * A function the host offers to Python. It receives the positional arguments and the keyword
 * arguments converted with `toJs` (kwargs is a null-prototype object, empty when there are none)
 * and returns a value converted with `toPy` (undefined → None). Throw a `HostError` to raise a
 * given Python exception type; any other throw becomes `RuntimeError(message)`.
 * In `runAsync`, it may return a Promise: Python then gets an awaitable.
 */
export type HostFunction = (args: unknown[], kwargs: Record<string, unknown>) => unknown;

/** Host functions and modules, as `run`, `start`, `restore` and `runAsync` accept them. */
export interface HostFunctionOptions {
  /** Functions that become globals of `__main__` (`{ search: fn }` → `search(...)`). */
  readonly functions?: Readonly<Record<string, HostFunction>>;
  /**
   * Modules of host functions, importable by name: `{ tools: { search: fn } }` →
   * `from tools import search` / `import tools; tools.search(...)`.
   */
  readonly modules?: Readonly<Record<string, Readonly<Record<string, HostFunction>>>>;
  /**
   * Names of *external* functions (`start`/`restore` only): calling one pauses the run and `start`/
   * `resume` return `{ status: 'call', name, args, kwargs }`; the host answers with `resume(value)`
   * or `fail(typeName, message)`. A plain name is a global of `__main__`; `'tools.search'` is a member
   * of module `tools`. They need no JS implementation (one given in `functions` is not called).
   */
  readonly externalFunctions?: readonly string[];
  /** How Python dicts reach host functions: `'map'` (default) or `'object'` (see `toJs`). */
  readonly hostDicts?: 'map' | 'object';
}

/**
 * An exception a host function throws to raise a specific Python exception:
 * `throw new HostError('ValueError', 'bad id')` raises `ValueError: bad id` at the call. An unknown
 * type name raises `RuntimeError('<typeName>: <message>')`.
 */
export class HostError extends Error {
  /** The Python exception type name, e.g. `'ValueError'`, `'KeyError'`, `'PermissionError'`. */
  readonly pythonType: string;

  constructor(pythonType: string, message: string) {
    super(message);
    this.name = 'HostError';
    this.pythonType = pythonType;
  }
}

const NO_KWARGS: Record<string, unknown> = Object.freeze(Object.create(null));

/** The Python exception a host function's throw becomes (see HostError). */
export function hostErrorToPython(error: unknown): PythonError {
  try {
    if (error instanceof HostError) return pythonErrorNamed(error.pythonType, error.message);
    if (error instanceof PythonError) return error;
    if (error instanceof PyexError) return pythonErrorNamed(error.typeName, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return pyError('RuntimeError', String(message));
  } catch {
    // A hostile thrown value (a Proxy whose traps throw, a getter that throws).
    return pyError('RuntimeError', 'a host function raised an error that cannot be read');
  }
}

/** Records in the run's event log that host function `name` raised `error` in Python. */
export function recordHostError(name: string, error: PythonError): void {
  recordEvent({ kind: 'host-error', name, typeName: error.typeName, message: error.message });
}

/** `typeName(message)` for a built-in exception type name; `RuntimeError` for any other name. */
export function pythonErrorNamed(typeName: string, message: string): PythonError {
  if (EXCEPTION_TYPES.has(typeName)) {
    exceptionTypeNamed(typeName);
    return pyError(typeName, message);
  }
  return pyError('RuntimeError', `${typeName}: ${message}`);
}

/** What a host function's JS implementation does with its call (sync, or Promise handling). */
export type HostResultHandler = (func: PyHostFunction, result: unknown, owner: object) => PyValue;

/** Whether a host function's result is a Promise (or another thenable). */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as { then?: unknown }).then === 'function';
  } catch {
    return false; // a getter or Proxy trap that throws: not a Promise (conversion reports it)
  }
}

/** Converts a sync host function's result; a Promise is refused (only `runAsync` awaits them). */
function syncResult(func: PyHostFunction, result: unknown, owner: object): PyValue {
  if (isThenable(result)) {
    throw typeError(
      `host function '${func.hostName}' returned a Promise: async host functions need runAsync()`,
    );
  }
  return toPy(result, { owner });
}

/** The converted arguments of a native call as the host sees them. */
export function hostArguments(
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  owner: object,
  dicts: 'map' | 'object',
): { args: unknown[]; kwargs: Record<string, unknown> } {
  const positional = kwnames === null ? args.length : args.length - kwnames.length;
  const jsArgs = new Array<unknown>(positional);
  const options = { dicts, owner };
  for (let index = 0; index < positional; index++) jsArgs[index] = toJs(args[index]!, options);
  if (kwnames === null || kwnames.length === 0) return { args: jsArgs, kwargs: NO_KWARGS };
  const kwargs: Record<string, unknown> = Object.create(null);
  for (let index = 0; index < kwnames.length; index++) {
    kwargs[kwnames[index]!] = toJs(args[positional + index]!, options);
  }
  return { args: jsArgs, kwargs };
}

/**
 * Links `func` to `impl`: calls convert the arguments (handles owned by the running interpreter),
 * call the host, and convert the result (through `onResult`, sync by default).
 */
export function linkHostFunction(
  func: PyHostFunction,
  impl: HostFunction | null,
  mode: HostFunctionMode,
  dicts: 'map' | 'object',
  onResult: HostResultHandler = syncResult,
): void {
  if (mode === 'external' || impl === null) {
    const inLoop = !func.hostName.startsWith(`${HOST_WAIT_MODULE}.`);
    const external: NativeFn = (args, kwnames) => {
      const interp = rt() as unknown as Interpreter;
      if (!hostPausesAllowed(interp)) throw externalOutsidePausableRun(func);
      // Inside a running asyncio loop the call is an awaitable request the idle loop hands out.
      if (inLoop) {
        const request = callInRunningLoop(interp, '_host_request', [
          func.hostName,
          new PyTuple(args.slice()),
          new PyTuple(kwnames ?? []),
        ]);
        if (request !== null) return request;
      }
      throw new HostCallSignal(func, args, kwnames);
    };
    func.link(external, 'external');
    return;
  }
  const native: NativeFn = (args, kwnames) => {
    const interp = rt() as unknown as Interpreter;
    const converted = hostArguments(args, kwnames, interp, dicts);
    // Time inside the host does not count against the wall-clock limit.
    const timed = interp.deadlineMs !== Number.POSITIVE_INFINITY;
    const began = timed ? hostNowMs() : 0;
    let result: unknown;
    try {
      result = impl(converted.args, converted.kwargs);
    } catch (error) {
      if (timed) interp.creditHostTime(hostNowMs() - began);
      const raised = hostErrorToPython(error);
      recordHostError(func.hostName, raised);
      throw raised;
    }
    if (timed) interp.creditHostTime(hostNowMs() - began);
    let value: PyValue;
    try {
      value = onResult(func, result, interp);
    } catch (error) {
      if (error instanceof HostCallSignal) throw error; // runAsync: this call waits for its Promise
      // A host value whose getters or Proxy traps throw is the host's error, raised at the call.
      const raised = error instanceof PythonError ? error : hostErrorToPython(error);
      recordHostError(func.hostName, raised);
      throw raised;
    }
    // A Promise's outcome is recorded when it settles (host-async.ts).
    if (!isThenable(result)) recordEvent({ kind: 'host-call', name: func.hostName, result });
    return value;
  };
  func.link(native, mode);
}

/**
 * Installs the host functions of `options` into `interp`: `functions` and top-level external names
 * into `globals` (the `__main__` dict), `modules` (and dotted external names) as modules in
 * `sys.modules`. `onResult` decides what a non-external function's result becomes (sync: converted
 * at once; runAsync passes its Promise handler).
 */
export function installHostFunctions(
  interp: Interpreter,
  globals: PyDict,
  options: HostFunctionOptions,
  onResult: HostResultHandler = syncResult,
): void {
  // Most runs have no host functions: skip the set-up (it shows in a print(1) run's profile).
  if (
    options.functions === undefined &&
    options.modules === undefined &&
    (options.externalFunctions === undefined || options.externalFunctions.length === 0)
  ) {
    return;
  }
  const dicts = options.hostDicts ?? 'map';
  const external = new Set(options.externalFunctions ?? []);
  const mode = (name: string): HostFunctionMode => (external.has(name) ? 'external' : 'sync');
  const make = (hostName: string, module: string, impl: HostFunction | null): PyHostFunction => {
    const func = new PyHostFunction(hostName, module, mode(hostName), missingImpl);
    linkHostFunction(func, impl, mode(hostName), dicts, onResult);
    return func;
  };
  const functions = options.functions ?? {};
  for (const name of Object.keys(functions)) {
    globals.setStr(name, make(name, '__main__', functions[name] ?? null));
  }
  const modules = new Map<string, Map<string, HostFunction | null>>();
  const modulesOption = options.modules ?? {};
  for (const moduleName of Object.keys(modulesOption)) {
    const members = modulesOption[moduleName] ?? {};
    const table = new Map<string, HostFunction | null>();
    for (const name of Object.keys(members)) table.set(name, members[name] ?? null);
    modules.set(moduleName, table);
  }
  for (const name of external) {
    const dot = name.lastIndexOf('.');
    if (dot < 0) {
      if (!globals.hasStr(name)) globals.setStr(name, make(name, '__main__', null));
      continue;
    }
    const moduleName = name.slice(0, dot);
    let table = modules.get(moduleName);
    if (table === undefined) {
      table = new Map();
      modules.set(moduleName, table);
    }
    if (!table.has(name.slice(dot + 1))) table.set(name.slice(dot + 1), null);
  }
  for (const [moduleName, table] of modules) {
    const module = interp.newModule(moduleName, null);
    for (const [name, impl] of table) {
      module.dict.setStr(name, make(`${moduleName}.${name}`, moduleName, impl));
    }
    interp.modules.setStr(moduleName, module);
    linkToParents(interp, moduleName, module);
  }
}

/**
 * Makes a dotted host module (`'tools.web'`) importable: each missing parent becomes an empty
 * package, and the module is an attribute of its parent.
 */
function linkToParents(interp: Interpreter, moduleName: string, module: PyModule): void {
  let child = module;
  let name = moduleName;
  for (let dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.')) {
    const parentName = name.slice(0, dot);
    const existing = interp.modules.getStr(parentName);
    const created = !(existing instanceof PyModule);
    let parent: PyModule;
    if (existing instanceof PyModule) {
      parent = existing;
    } else {
      parent = interp.newModule(parentName, null);
      parent.dict.setStr('__path__', new PyList([]));
      interp.modules.setStr(parentName, parent);
    }
    parent.dict.setStr(name.slice(dot + 1), child);
    if (!created) return;
    child = parent;
    name = parentName;
  }
}

const missingImpl: NativeFn = () => {
  throw pyError('RuntimeError', 'host function is not linked');
};

/**
 * A relinker for `restoreWithHostLinker`: each restored host function gets the implementation
 * `options` gives under its host name (external ones pause again); names not given stay unlinked
 * and raise RuntimeError when called.
 */
export function hostLinker(
  options: HostFunctionOptions,
  onResult: HostResultHandler = syncResult,
): (func: PyHostFunction) => void {
  const dicts = options.hostDicts ?? 'map';
  const external = new Set(options.externalFunctions ?? []);
  const impls = new Map<string, HostFunction>();
  const functions = options.functions ?? {};
  for (const name of Object.keys(functions)) impls.set(name, functions[name]!);
  const modules = options.modules ?? {};
  for (const moduleName of Object.keys(modules)) {
    const members = modules[moduleName] ?? {};
    for (const name of Object.keys(members)) impls.set(`${moduleName}.${name}`, members[name]!);
  }
  return (func) => {
    const name = func.hostName;
    // The asyncio loop's wait point always pauses, whatever the host lists.
    if (external.has(name) || name === HOST_WAIT_NAME) {
      linkHostFunction(func, null, 'external', dicts, onResult);
      return;
    }
    const impl = impls.get(name);
    if (impl !== undefined) linkHostFunction(func, impl, 'sync', dicts, onResult);
  };
}
