// The call protocol: calling any Python value from native code (natives directly, Python functions
// through the VM's re-entrant runner), and `type.__call__` (__new__ then __init__).

import { typeType } from './builtin-types.js';
import { typeError, typeErrorNotCallable } from './errors.js';
import { baseExceptionType, type PyBaseException } from './exceptions.js';
import { PyFunction } from './function.js';
import { initInstanceStorage } from './instance.js';
import { PyMethod } from './method.js';
import {
  PyClassMethodDescriptor,
  PyMethodDescriptor,
  PyNativeFunction,
} from './native-function.js';
import { bindDescriptor } from './protocol-attr.js';
import type { PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { None } from './singletons.js';
import { PyStaticMethod } from './staticmethod.js';
import { PyTuple } from './tuple.js';
import { isInstanceOf, typeName, typeOf } from './type-of.js';

/** Native implementations of `object.__new__`/`object.__init__`/`type.__call__`, set by object-methods.ts. */
export const coreSlots: {
  objectNew: PyValue | null;
  objectInit: PyValue | null;
  typeCall: PyValue | null;
} = { objectNew: null, objectInit: null, typeCall: null };

/**
 * Calls `callable(*args)` with keyword values at the end of `args` named by `kwnames`.
 * Python functions run in a nested VM loop (re-entrant); prefer pushing a frame in the VM.
 */
export function callObject(
  callable: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue {
  if (typeof callable === 'object') {
    if (callable instanceof PyNativeFunction) {
      if (callable.boundSelf !== undefined)
        return callable.fn([callable.boundSelf, ...args], kwnames);
      return callable.fn(args, kwnames);
    }
    if (callable instanceof PyFunction) return rt().callFunction(callable, args, kwnames);
    if (callable instanceof PyMethod)
      return callObject(callable.func, [callable.self, ...args], kwnames);
    if (callable instanceof PyType) return callType(callable, args, kwnames);
    if (callable instanceof PyMethodDescriptor) {
      checkDescriptorSelf(callable.name, callable.ownerType, args);
      return callable.fn(args, kwnames);
    }
    if (callable instanceof PyClassMethodDescriptor) return callable.fn(args, kwnames);
  }
  const call = typeOf(callable).lookup('__call__');
  if (call === undefined) throw typeErrorNotCallable(callable);
  return callUnbound(call, callable, args, kwnames);
}

function checkDescriptorSelf(name: string, owner: PyType, args: PyValue[]): void {
  if (args.length === 0) {
    throw typeError(`unbound method ${owner.name}.${name}() needs an argument`);
  }
  if (!isInstanceOf(args[0]!, owner)) {
    throw typeError(
      `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(args[0]!)}' object`,
    );
  }
}

/**
 * Calls an attribute found on a type (not yet bound) as a method of `self`: Python functions and
 * native method descriptors get `self` prepended; other descriptors are bound through `__get__`.
 */
export function callUnbound(
  attribute: PyValue,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue {
  if (attribute instanceof PyFunction)
    return rt().callFunction(attribute, [self, ...args], kwnames);
  if (attribute instanceof PyMethodDescriptor) return attribute.fn([self, ...args], kwnames);
  return callObject(bindDescriptor(attribute, self, typeOf(self)), args, kwnames);
}

/** Looks `name` up on `type(obj)` (not the instance) and calls it as a method; undefined when absent. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const attribute = typeOf(obj).lookup(name);
  if (attribute === undefined) return undefined;
  return callUnbound(attribute, obj, args, null);
}

/** `type.__call__(cls, *args)`: a metaclass `__call__` if one overrides it, else `__new__` then `__init__`. */
export function callType(
  type: PyType,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const meta = type.cls;
  if (meta !== typeType) {
    const metaCall = meta.lookup('__call__');
    if (metaCall !== undefined && metaCall !== coreSlots.typeCall) {
      return callUnbound(metaCall, type, args, kwnames);
    }
  }
  return defaultTypeCall(type, args, kwnames);
}

/** The body of `type.__call__`: `type(x)`, or `__new__` then `__init__` (when `__new__` returns an instance). */
export function defaultTypeCall(
  type: PyType,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (type === typeType && args.length === 1 && kwnames === null) return typeOf(args[0]!);
  if (type.isExceptionType && kwnames === null) {
    const made = newPlainException(type, args);
    if (made !== undefined) return made;
  }
  const newAttr = type.lookup('__new__');
  let obj: PyValue;
  if (newAttr === coreSlots.objectNew || newAttr === undefined) {
    obj = objectNewChecked(type, args, kwnames);
  } else {
    const newFn = newAttr instanceof PyStaticMethod ? newAttr.func : newAttr;
    obj = callObject(newFn, [type, ...args], kwnames);
  }
  if (!isInstanceOf(obj, type)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init === coreSlots.objectInit || init === undefined) {
    if ((args.length > 0 || kwnames !== null) && newAttr === coreSlots.objectNew) {
      throw typeError(`${type.name}() takes no arguments`);
    }
    return obj;
  }
  const result = callUnbound(init, obj, args, kwnames);
  if (result !== None) {
    throw typeError(`__init__() should return None, not '${typeName(result)}'`);
  }
  return obj;
}

/**
 * `cls(*args)` for an exception class that keeps BaseException's `__new__` and `__init__` (the
 * usual `class Invalid(Exception): pass`): what the two would do, an instance whose `args` are the
 * positional arguments, without binding them twice. Undefined for every other class (OSError and its
 * subclasses have an `__init__` of their own, which may pick errno/strerror/filename apart).
 */
function newPlainException(type: PyType, args: readonly PyValue[]): PyValue | undefined {
  const baseAttrs = baseExceptionType.attrs;
  if (
    type.lookup('__new__') !== baseAttrs.get('__new__') ||
    type.lookup('__init__') !== baseAttrs.get('__init__')
  ) {
    return undefined;
  }
  const allocator = type.layout.allocator ?? baseExceptionType.allocator!;
  const instance = allocator(type) as PyBaseException;
  initInstanceStorage(instance, type);
  instance.args = args.length === 0 ? PyTuple.EMPTY : new PyTuple(args.slice());
  return instance;
}

/** `object.__new__(type)` with CPython's excess-argument rules. */
export function objectNewChecked(
  type: PyType,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (args.length > 0 || kwnames !== null) {
    const init = type.lookup('__init__');
    const newAttr = type.lookup('__new__');
    if (newAttr !== coreSlots.objectNew && newAttr !== undefined) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (init === coreSlots.objectInit || init === undefined) {
      throw typeError(`${type.name}() takes no arguments`);
    }
  }
  return allocate(type);
}

/** Allocates a bare instance of `type` through its layout's allocator. */
export function allocate(type: PyType): PyValue {
  if (isAbstractType(type)) {
    const abstract = type.lookup('__abstractmethods__');
    throw typeError(abstractInstantiationMessage(type, abstract));
  }
  const allocator = type.layout.allocator;
  if (allocator === null) throw typeError(`cannot create '${type.name}' instances`);
  return allocator(type);
}

function isAbstractType(type: PyType): boolean {
  const abstract = type.attrs.get('__abstractmethods__');
  if (abstract === undefined) return false;
  const names = abstractNames(abstract);
  return names.length > 0;
}

function abstractNames(value: PyValue): string[] {
  if (typeof value === 'object' && 'keyList' in value) {
    return (value.keyList as (PyValue | undefined)[]).filter(
      (key): key is string => typeof key === 'string',
    );
  }
  return [];
}

function abstractInstantiationMessage(type: PyType, abstract: PyValue | undefined): string {
  const names = abstract === undefined ? [] : abstractNames(abstract).sort();
  const plural = names.length > 1 ? 's' : '';
  return `Can't instantiate abstract class ${type.name} with abstract method${plural} ${names.join(', ')}`;
}
