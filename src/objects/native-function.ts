// Native (TypeScript) callables: built-in functions, method descriptors of built-in types, class-method
// descriptors and get/set descriptors, plus helpers that define and register them on types and modules.

import {
  builtinFunctionType,
  classMethodDescriptorType,
  getSetDescriptorType,
  methodDescriptorType,
} from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { registerStatic } from './registry.js';

/**
 * The calling convention of every native function (vectorcall style): `args` holds the positional
 * values followed by the keyword values, `kwnames` names the trailing keyword values (null when
 * there are none). For methods `args[0]` is `self`. Raise by throwing a `PythonError`.
 */
export type NativeFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** A getter of a get/set descriptor. */
export type NativeGetter = (obj: PyValue) => PyValue;
/** A setter of a get/set descriptor; `value` undefined means delete. */
export type NativeSetter = (obj: PyValue, value: PyValue | undefined) => void;

/**
 * `builtin_function_or_method`: a native function, optionally bound to `self` (then `self` is
 * prepended to the arguments). `registryName` names the function (or the descriptor it was bound
 * from) for snapshots.
 */
export class PyNativeFunction extends PyObject {
  declare readonly name: string;
  declare readonly qualname: string;
  declare readonly fn: NativeFn;
  /** The receiver prepended to the arguments, or undefined for an unbound function. */
  declare readonly boundSelf: PyValue | undefined;
  /** `__module__` (null for bound methods of built-in types). */
  declare readonly module: string | null;
  declare readonly doc: string | null;
  declare readonly registryName: string;

  constructor(
    name: string,
    qualname: string,
    fn: NativeFn,
    boundSelf: PyValue | undefined,
    module: string | null,
    doc: string | null,
    registryName: string,
  ) {
    super(builtinFunctionType);
    this.name = name;
    this.qualname = qualname;
    this.fn = fn;
    this.boundSelf = boundSelf;
    this.module = module;
    this.doc = doc;
    this.registryName = registryName;
  }
}

/** `method_descriptor`: a native method stored on a built-in type; binds to instances on access. */
export class PyMethodDescriptor extends PyObject {
  declare readonly name: string;
  declare readonly ownerType: PyType;
  declare readonly fn: NativeFn;
  declare readonly doc: string | null;
  /**
   * Optional direct entries the VM's CALL tries for a call on an instance of exactly `ownerType`
   * with no keywords and 0, 1 or 2 positional arguments (no argument array, no arity wrapper).
   * Each returns undefined to decline (an argument it does not take); the call then goes through
   * `fn`. Whoever sets one promises `fn`'s exact results and errors for what it accepts.
   */
  declare quick0: ((self: PyValue) => PyValue | undefined) | null;
  /** See `quick0`: one positional argument. */
  declare quick1: ((self: PyValue, first: PyValue) => PyValue | undefined) | null;
  /** See `quick0`: two positional arguments. */
  declare quick2: ((self: PyValue, first: PyValue, second: PyValue) => PyValue | undefined) | null;

  constructor(name: string, ownerType: PyType, fn: NativeFn, doc: string | null) {
    super(methodDescriptorType);
    this.name = name;
    this.ownerType = ownerType;
    this.fn = fn;
    this.doc = doc;
    this.quick0 = null;
    this.quick1 = null;
    this.quick2 = null;
  }
}

/** `classmethod_descriptor`: a native class method (`dict.fromkeys`); binds to the class. */
export class PyClassMethodDescriptor extends PyObject {
  declare readonly name: string;
  declare readonly ownerType: PyType;
  declare readonly fn: NativeFn;
  declare readonly doc: string | null;

  constructor(name: string, ownerType: PyType, fn: NativeFn, doc: string | null) {
    super(classMethodDescriptorType);
    this.name = name;
    this.ownerType = ownerType;
    this.fn = fn;
    this.doc = doc;
  }
}

/** `getset_descriptor`: a computed attribute of a built-in type; always a data descriptor. */
export class PyGetSetDescriptor extends PyObject {
  declare readonly name: string;
  declare readonly ownerType: PyType;
  declare readonly getter: NativeGetter;
  declare readonly setter: NativeSetter | null;

  constructor(name: string, ownerType: PyType, getter: NativeGetter, setter: NativeSetter | null) {
    super(getSetDescriptorType);
    this.name = name;
    this.ownerType = ownerType;
    this.getter = getter;
    this.setter = setter;
  }
}

function typeRegistryPrefix(type: PyType): string {
  const module = type.attrs.get('__module__');
  return typeof module === 'string' && module !== 'builtins' ? `${module}.${type.name}` : type.name;
}

/** Defines a native method `type.name` (registered as `<type>.<name>`); `args[0]` is self. */
export function defineMethod(
  type: PyType,
  name: string,
  fn: NativeFn,
  doc: string | null = null,
): PyMethodDescriptor {
  const descriptor = new PyMethodDescriptor(name, type, fn, doc);
  registerStatic(`${typeRegistryPrefix(type)}.${name}`, descriptor);
  type.setAttr(name, descriptor);
  return descriptor;
}

/** Defines several native methods at once (`{ append(args) {…}, pop(args) {…} }`). */
export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) defineMethod(type, name, fn);
}

/** Defines a native class method (`args[0]` is the class). */
export function defineClassMethod(
  type: PyType,
  name: string,
  fn: NativeFn,
  doc: string | null = null,
): PyClassMethodDescriptor {
  const descriptor = new PyClassMethodDescriptor(name, type, fn, doc);
  registerStatic(`${typeRegistryPrefix(type)}.${name}`, descriptor);
  type.setAttr(name, descriptor);
  return descriptor;
}

/** Defines a native static method: a plain built-in function stored on the type (never binds). */
export function defineStaticMethod(type: PyType, name: string, fn: NativeFn): PyNativeFunction {
  const prefix = typeRegistryPrefix(type);
  const func = new PyNativeFunction(
    name,
    `${type.name}.${name}`,
    fn,
    undefined,
    null,
    null,
    `${prefix}.${name}`,
  );
  registerStatic(`${prefix}.${name}`, func);
  type.setAttr(name, func);
  return func;
}

/** Defines a computed attribute on a built-in type (read-only when `setter` is null). */
export function defineGetSet(
  type: PyType,
  name: string,
  getter: NativeGetter,
  setter: NativeSetter | null = null,
): PyGetSetDescriptor {
  const descriptor = new PyGetSetDescriptor(name, type, getter, setter);
  registerStatic(`${typeRegistryPrefix(type)}.${name}#getset`, descriptor);
  type.setAttr(name, descriptor);
  return descriptor;
}

/**
 * Makes and registers a module-level built-in function (`module` `'builtins'` for `len`, `'math'`
 * for `math.sqrt`…). The registry name is `<module>.<name>`.
 */
export function makeNativeFunction(
  module: string,
  name: string,
  fn: NativeFn,
  doc: string | null = null,
): PyNativeFunction {
  const func = new PyNativeFunction(name, name, fn, undefined, module, doc, `${module}.${name}`);
  return registerStatic(`${module}.${name}`, func);
}

/** `wrapper_descriptor` and `method-wrapper`, once slot-wrappers.ts has made them. */
let slotWrapperTypes: readonly [PyType, PyType] | null = null;

/** Registers the slot wrapper types (bound slot dunders then get the `method-wrapper` type). */
export function setSlotWrapperTypes(descriptorType: PyType, boundType: PyType): void {
  slotWrapperTypes = [descriptorType, boundType];
}

/** Binds a method descriptor (or class-method descriptor) to a receiver. */
export function bindNative(
  descriptor: PyMethodDescriptor | PyClassMethodDescriptor,
  self: PyValue,
): PyNativeFunction {
  const bound = bindNativeFunction(descriptor, self);
  if (slotWrapperTypes !== null && descriptor.cls === slotWrapperTypes[0]) {
    bound.cls = slotWrapperTypes[1];
  }
  return bound;
}

function bindNativeFunction(
  descriptor: PyMethodDescriptor | PyClassMethodDescriptor,
  self: PyValue,
): PyNativeFunction {
  return new PyNativeFunction(
    descriptor.name,
    `${descriptor.ownerType.name}.${descriptor.name}`,
    descriptor.fn,
    self,
    null,
    descriptor.doc,
    `${typeRegistryPrefix(descriptor.ownerType)}.${descriptor.name}`,
  );
}
