// The paths of dispatch's instructions that run out of its loop (eval-loop.ts): cache fills,
// binding of calls that are not plain positional calls of a Python function, calls of natives and
// other callables. Kept out so each TurboFan recompile of dispatch has less code (see
// docs/architecture.md, "Frames and the loop"); dispatch does the frame switches itself.

import { floatType, intType, propertyType, strType, typeType } from '../objects/builtin-types.js';
import { nameErrorNotDefined, pyError, typeError } from '../objects/errors.js';
import { PyFunction } from '../objects/function.js';
import { toInt } from '../objects/int-methods.js';
import { PyMethod } from '../objects/method.js';
import { PyMethodDescriptor, PyNativeFunction } from '../objects/native-function.js';
import { PyProperty } from '../objects/property.js';
import { isDataDescriptor } from '../objects/protocol-attr.js';
import { allocate, callObject, coreSlots } from '../objects/protocol-call.js';
import { pyStr } from '../objects/protocol-repr.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { None } from '../objects/singletons.js';
import { GENERATOR_FLAGS, generatorKindOf, makeFunctionFrame, makeGenerator } from './call.js';
import { type Frame, ResumeMode } from './frame.js';
import {
  AttributeCache,
  GlobalCache,
  hasDefaultGetattribute,
  hasDefaultSetattr,
  instanceDictDecides,
} from './inline-cache.js';
import type { Interpreter } from './interpreter.js';

/**
 * Whether `attribute` is an exact `property` whose getter is a plain Python function (not a
 * generator), so LOAD_ATTR can push the getter's frame.
 */
function isPlainProperty(attribute: PyValue): boolean {
  if (!(attribute instanceof PyProperty) || attribute.cls !== propertyType) return false;
  const getter = attribute.fget;
  return getter instanceof PyFunction && (getter.code.code.flags & GENERATOR_FLAGS) === 0;
}

/** LOAD_GLOBAL's lookup of `name` (globals, then builtins) through the cache in `caches[slot]`. */
export function loadGlobalCached(
  frame: Frame,
  caches: unknown[],
  slot: number,
  name: string,
): PyValue {
  const globals = frame.globals;
  const entry = caches[slot] as GlobalCache | undefined;
  if (
    entry !== undefined &&
    entry.globals === globals &&
    entry.globalsVersion === globals.version
  ) {
    const builtins = entry.builtins;
    if (builtins === null) return globals.valueList[entry.index]!;
    if (builtins === frame.builtins && entry.builtinsVersion === builtins.version) {
      return builtins.valueList[entry.index]!;
    }
  }
  const index = globals.findStrIndex(name);
  if (index >= 0) {
    caches[slot] = new GlobalCache(globals, null, index);
    return globals.valueList[index]!;
  }
  const builtins = frame.builtins;
  const builtinIndex = builtins.findStrIndex(name);
  if (builtinIndex < 0) throw nameErrorNotDefined(name);
  caches[slot] = new GlobalCache(globals, builtins, builtinIndex);
  return builtins.valueList[builtinIndex]!;
}

/** Whether `str(value)` runs no Python code: an int, bool, str, float or None. */
function strNeedsNoPython(value: PyValue): boolean {
  return typeof value !== 'object' || value === None || value.cls === floatType;
}

/** Whether `int(value)` runs no Python code: an int, str or exact float (int-methods.ts toInt). */
function intNeedsNoPython(value: PyValue): boolean {
  return (
    typeof value === 'number' ||
    typeof value === 'string' ||
    (typeof value === 'object' && value.cls === floatType)
  );
}

/**
 * LOAD_ATTR's cache entry for instances of `type` (whose `__getattribute__` is object's): no
 * attribute or a non-data one (the instance dict decides), or a plain property; undefined when the
 * generic lookup must run. Out of dispatch, which meets it once per site and type version.
 */
export function attributeLoadEntry(type: PyType, name: string): AttributeCache | undefined {
  if (!hasDefaultGetattribute(type)) return undefined;
  const attribute = type.lookup(name);
  if (attribute === undefined || !isDataDescriptor(attribute)) {
    return new AttributeCache(type, undefined);
  }
  // (With __getattr__, an AttributeError from the getter falls back to it.)
  if (isPlainProperty(attribute) && type.lookup('__getattr__') === undefined) {
    return new AttributeCache(type, attribute);
  }
  return undefined;
}

/**
 * STORE_ATTR's cache entry for instances of `type` when storing `name` goes straight to the
 * instance dict (object's `__setattr__`, no data descriptor); undefined otherwise. Out of dispatch.
 */
export function attributeStoreEntry(type: PyType, name: string): AttributeCache | undefined {
  return hasDefaultSetattr(type) && instanceDictDecides(type, name)
    ? new AttributeCache(type, undefined)
    : undefined;
}

/**
 * LOAD_METHOD's cache entry: the Python function or built-in method `type` has as `name`, when
 * its `__getattribute__` is object's; undefined otherwise. Out of dispatch, like attributeLoadEntry.
 */
export function methodLoadEntry(type: PyType, name: string): AttributeCache | undefined {
  if (!hasDefaultGetattribute(type)) return undefined;
  const attribute = type.lookup(name);
  return attribute instanceof PyFunction || attribute instanceof PyMethodDescriptor
    ? new AttributeCache(type, attribute)
    : undefined;
}

/**
 * CALL's binding for a Python function, a method of one, or a class whose instances come from
 * object.__new__ and a Python __init__: the frame to push, its arguments bound and its depth set
 * (not for a generator function: the caller makes the generator from the frame); null for any other
 * callable (see callOutOfLoop). Raises what binding raises, and RecursionError past the limit.
 * Out of dispatch, which keeps only the plain positional call inline.
 */
export function enterPythonCall(
  interp: Interpreter,
  frame: Frame,
  callable: PyValue,
  fast: (PyValue | undefined)[],
  argStart: number,
  argCount: number,
  names0: readonly string[] | null,
): Frame | null {
  let func: PyFunction;
  let prefix: PyValue | undefined;
  let initSelf: PyValue | undefined;
  if (callable instanceof PyFunction) func = callable;
  else if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
    func = callable.func;
    prefix = callable.self;
  } else if (callable instanceof PyType && callable.cls === typeType) {
    const init = callable.lookup('__init__');
    if (!(init instanceof PyFunction) || callable.lookup('__new__') !== coreSlots.objectNew) {
      return null;
    }
    initSelf = allocate(callable);
    func = init;
    prefix = initSelf;
  } else {
    return null;
  }
  const builtins =
    func.globals === frame.globals ? frame.builtins : interp.builtinsFor(func.globals);
  const newFrame = makeFunctionFrame(func, builtins, fast, argStart, argCount, names0, prefix);
  const flags = func.code.code.flags;
  if ((flags & GENERATOR_FLAGS) !== 0) {
    if (initSelf !== undefined) {
      makeGenerator(newFrame, generatorKindOf(flags)!);
      throw typeError("__init__() should return None, not 'generator'");
    }
    return newFrame;
  }
  // type.__call__ is a C call in CPython: it counts one level under __init__.
  const newDepth = interp.depth + (initSelf === undefined ? 1 : 2);
  if (newDepth > interp.recursionLimit) {
    throw pyError(
      'RecursionError',
      initSelf === undefined || newDepth - 1 <= interp.recursionLimit
        ? 'maximum recursion depth exceeded'
        : 'maximum recursion depth exceeded while calling a Python object',
    );
  }
  newFrame.depth = newDepth;
  interp.depth = newDepth;
  if (initSelf !== undefined) {
    newFrame.resumeMode = ResumeMode.INIT;
    newFrame.initSelf = initSelf;
  }
  return newFrame;
}

/**
 * LOAD_ATTR's frame for a property getter that is a plain Python function, bound to `obj`, its
 * depth set (RecursionError past the limit). Out of dispatch, which only switches to it.
 */
export function enterPropertyGetter(
  interp: Interpreter,
  frame: Frame,
  getter: PyFunction,
  obj: PyValue,
): Frame {
  const newDepth = interp.depth + 1;
  if (newDepth > interp.recursionLimit) {
    throw pyError('RecursionError', 'maximum recursion depth exceeded');
  }
  const builtins =
    getter.globals === frame.globals ? frame.builtins : interp.builtinsFor(getter.globals);
  // No arguments but `obj`: the caller's stack is passed only as the (unread) argument source.
  const newFrame = makeFunctionFrame(getter, builtins, frame.fast, 0, 0, null, obj);
  newFrame.depth = newDepth;
  interp.depth = newDepth;
  return newFrame;
}

/**
 * CALL of anything but a Python function (which dispatch runs as a pushed frame): a native, a
 * built-in method, a class or any other callable, with the arguments `fast[argStart..sp)`; returns
 * the result. Out of dispatch, so the loop's optimised code stays small and quick to compile.
 */
export function callOutOfLoop(
  interp: Interpreter,
  callable: PyValue,
  fast: (PyValue | undefined)[],
  base: number,
  argStart: number,
  sp: number,
  names0: readonly string[] | null,
  depth: number,
): PyValue {
  const argCount = sp - argStart;
  let result: PyValue;
  // CPython counts a native call as one recursion level while it runs.
  if (++interp.depth > interp.recursionLimit) {
    throw pyError(
      'RecursionError',
      'maximum recursion depth exceeded while calling a Python object',
    );
  }
  if (
    callable === strType &&
    argCount === 1 &&
    names0 === null &&
    strNeedsNoPython(fast[argStart]!)
  ) {
    result = pyStr(fast[argStart]!);
  } else if (
    callable === intType &&
    argCount === 1 &&
    names0 === null &&
    intNeedsNoPython(fast[argStart]!)
  ) {
    result = toInt(fast[argStart]!);
  } else if (callable instanceof PyNativeFunction) {
    const boundSelf = callable.boundSelf;
    let args: PyValue[];
    if (boundSelf === undefined) {
      args = fast.slice(argStart, sp) as PyValue[];
    } else {
      args = [boundSelf];
      for (let index = argStart; index < sp; index++) args.push(fast[index]!);
    }
    result = callable.fn(args, names0);
  } else if (callable instanceof PyMethodDescriptor && argStart === base + 1) {
    // A method of a built-in type called on an instance of exactly that type (a str is a JS
    // string): the native checks its own arguments, so the descriptor's self check can go.
    const self = fast[argStart]!;
    const owner = callable.ownerType;
    if (
      typeof self === 'object'
        ? self.cls === owner
        : typeof self === 'string'
          ? owner === strType
          : typeof self === 'number' && owner === intType
    ) {
      // The method's direct entry for 0-2 positional arguments, if it has one and takes them.
      let quick: PyValue | undefined;
      if (names0 === null) {
        const argc = sp - argStart - 1;
        if (argc === 0) {
          const direct = callable.quick0;
          if (direct !== null) quick = direct(self);
        } else if (argc === 1) {
          const direct = callable.quick1;
          if (direct !== null) quick = direct(self, fast[argStart + 1]!);
        } else if (argc === 2) {
          const direct = callable.quick2;
          if (direct !== null) quick = direct(self, fast[argStart + 1]!, fast[argStart + 2]!);
        }
      }
      result =
        quick !== undefined ? quick : callable.fn(fast.slice(argStart, sp) as PyValue[], names0);
    } else {
      result = callObject(callable, fast.slice(argStart, sp) as PyValue[], names0);
    }
  } else {
    result = callObject(callable, fast.slice(argStart, sp) as PyValue[], names0);
  }
  interp.depth = depth;
  return result;
}
