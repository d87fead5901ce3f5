// Attribute access: object.__getattribute__/__setattr__/__delattr__ with the descriptor protocol, the
// class and module variants, __getattr__ fallback, super() lookup, and AttributeError wording.

import { propertyType, typeType } from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import { PyDict } from './dict.js';
import { pyError } from './errors.js';
import type { PyBaseException } from './exceptions.js';
import { PyFunction } from './function.js';
import { PyMemberDescriptor } from './member-descriptor.js';
import { PyMethod } from './method.js';
import { PyModule } from './module.js';
import {
  bindNative,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyMethodDescriptor,
  PyNativeFunction,
} from './native-function.js';
import { PyProperty } from './property.js';
import { callObject, callUnbound } from './protocol-call.js';
import type { PyObject, PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { PythonError } from './python-error.js';
import { None } from './singletons.js';
import { PyStaticMethod } from './staticmethod.js';
import type { PySuper } from './super.js';
import { typeName, typeOf } from './type-of.js';

/** Native `__getattribute__`/`__setattr__`/`__delattr__` of object, type and module (set by their method files). */
export const attrSlots: {
  objectGetattribute: PyValue | null;
  typeGetattribute: PyValue | null;
  moduleGetattribute: PyValue | null;
  objectSetattr: PyValue | null;
  typeSetattr: PyValue | null;
  objectDelattr: PyValue | null;
} = {
  objectGetattribute: null,
  typeGetattribute: null,
  moduleGetattribute: null,
  objectSetattr: null,
  typeSetattr: null,
  objectDelattr: null,
};

/**
 * `AttributeError` with CPython's message for `obj` lacking `name`; `name` and `obj` are kept on the
 * exception so the traceback printer can suggest a close name.
 */
export function attributeError(obj: PyValue, name: string): PythonError {
  let message: string;
  if (obj instanceof PyType) message = `type object '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyModule) {
    const moduleName = obj.dict.getStr('__name__');
    if (typeof moduleName !== 'string') message = `module has no attribute '${name}'`;
    else if (obj.initializing) {
      message = `partially initialized module '${moduleName}' has no attribute '${name}' (most likely due to a circular import)`;
    } else message = `module '${moduleName}' has no attribute '${name}'`;
  } else message = `'${typeName(obj)}' object has no attribute '${name}'`;
  return attributeErrorWithMessage(message, obj, name);
}

/** An AttributeError with a given message, remembering `obj` and `name` for suggestions. */
export function attributeErrorWithMessage(
  message: string,
  obj: PyValue,
  name: string,
): PythonError {
  const error = pyError('AttributeError', message);
  const exc = error.exception as PyBaseException;
  exc.setMember('name', name);
  exc.setMember('obj', obj);
  return error;
}

/** Whether a thrown value is a Python AttributeError (or subclass). */
export function isAttributeError(error: unknown): boolean {
  if (!(error instanceof PythonError)) return false;
  const exc = error.exception as PyObject | null;
  if (exc === null) return error.typeName === 'AttributeError';
  return exc.cls.isSubtypeOf(attributeErrorType());
}

let cachedAttributeErrorType: PyType | null = null;
function attributeErrorType(): PyType {
  if (cachedAttributeErrorType === null) {
    cachedAttributeErrorType = (pyError('AttributeError', '').exception as PyObject).cls;
  }
  return cachedAttributeErrorType;
}

/** Whether a type attribute is a data descriptor (its type defines `__set__` or `__delete__`). */
export function isDataDescriptor(attribute: PyValue): boolean {
  if (typeof attribute !== 'object') return false;
  if (attribute instanceof PyFunction || attribute instanceof PyMethodDescriptor) return false;
  if (
    attribute instanceof PyProperty ||
    attribute instanceof PyGetSetDescriptor ||
    attribute instanceof PyMemberDescriptor
  ) {
    return true;
  }
  const attrType = attribute.cls;
  if (!attrType.isHeapType) return false;
  return attrType.lookup('__set__') !== undefined || attrType.lookup('__delete__') !== undefined;
}

/**
 * `attribute.__get__(obj, type)` when the attribute is a descriptor, else the attribute itself:
 * what an instance attribute lookup returns for something found on the type.
 */
export function bindDescriptor(attribute: PyValue, obj: PyValue, type: PyType): PyValue {
  if (typeof attribute !== 'object') return attribute;
  if (attribute instanceof PyFunction) return new PyMethod(attribute, obj);
  if (attribute instanceof PyMethodDescriptor) return bindNative(attribute, obj);
  if (attribute instanceof PyNativeFunction || attribute instanceof PyType) return attribute;
  return descriptorGet(attribute, obj, type);
}

/**
 * `property.__get__` itself: the property for access through the class, else `fget(obj)`. A
 * subclass's own `__get__` reaches this through `super().__get__`, so it never dispatches again.
 */
export function propertyGet(property: PyProperty, obj: PyValue): PyValue {
  if (obj === None) return property;
  if (property.fget === None) {
    const name = property.name === null ? '' : ` '${property.name}'`;
    throw attributeErrorWithMessage(
      `property${name} of '${typeName(obj)}' object has no getter`,
      obj,
      property.name ?? '',
    );
  }
  return callObject(property.fget, [obj]);
}

/** The general `__get__` call (`obj` None for access through the class). */
export function descriptorGet(attribute: PyObject, obj: PyValue, type: PyType): PyValue {
  if (attribute instanceof PyProperty && inheritsPropertyMethod(attribute, '__get__')) {
    return propertyGet(attribute, obj);
  }
  if (attribute instanceof PyGetSetDescriptor) {
    if (obj === None) return attribute;
    return attribute.getter(obj);
  }
  if (attribute instanceof PyMemberDescriptor) {
    if (obj === None) return attribute;
    const value = (obj as PyObject).slots?.[attribute.index];
    if (value === undefined) throw attributeError(obj, attribute.name);
    return value;
  }
  if (attribute instanceof PyClassMethod) {
    const func = attribute.func;
    return new PyMethod(func, type);
  }
  if (attribute instanceof PyStaticMethod) return attribute.func;
  if (attribute instanceof PyClassMethodDescriptor) return bindNative(attribute, type);
  if (attribute instanceof PyFunction)
    return obj === None ? attribute : new PyMethod(attribute, obj);
  if (attribute instanceof PyMethodDescriptor)
    return obj === None ? attribute : bindNative(attribute, obj);
  const get = attribute.cls.lookup('__get__');
  if (get === undefined) return attribute;
  return callUnbound(get, attribute, [obj, type]);
}

/**
 * Whether a property (or an instance of a property subclass) uses property's own `name` method, so
 * its accessors can be called directly; a subclass overriding `__get__`/`__set__`/`__delete__`
 * goes through its method.
 */
function inheritsPropertyMethod(attribute: PyProperty, name: string): boolean {
  const cls = attribute.cls;
  return cls === propertyType || cls.lookup(name) === propertyType.lookup(name);
}

/** `getattr(obj, name)`; raises AttributeError when absent. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const value = lookupAttribute(obj, name);
  if (value === undefined) throw attributeError(obj, name);
  return value;
}

/**
 * `getattr(obj, name, <missing>)`: undefined instead of an AttributeError (also one raised by a
 * custom `__getattribute__`, a property or `__getattr__`).
 */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  try {
    return lookupAttribute(obj, name);
  } catch (error) {
    if (isAttributeError(error)) return undefined;
    throw error;
  }
}

/**
 * The attribute lookup of CPython's slot_tp_getattr_hook: `__getattribute__` (the generic one for
 * most objects), and when it misses or raises AttributeError, `__getattr__` (whose own errors
 * propagate), then a module's `__getattr__`. Undefined for a plain miss.
 */
function lookupAttribute(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  const getattribute = type.lookup('__getattribute__');
  const getattr = type.lookup('__getattr__');
  let value: PyValue | undefined;
  try {
    if (
      getattribute === attrSlots.objectGetattribute ||
      getattribute === attrSlots.moduleGetattribute
    ) {
      value = genericGetAttr(obj, type, name);
    } else if (getattribute === attrSlots.typeGetattribute) {
      value = typeGetAttr(obj as PyType, name);
    } else {
      value = callUnbound(getattribute!, obj, [name]);
    }
  } catch (error) {
    if (getattr === undefined || !isAttributeError(error)) throw error;
    value = undefined;
  }
  if (value !== undefined) return value;
  if (getattr !== undefined) return callUnbound(getattr, obj, [name]);
  if (obj instanceof PyModule) {
    const moduleGetattr = obj.dict.getStr('__getattr__');
    if (moduleGetattr !== undefined) return callObject(moduleGetattr, [name]);
  }
  return undefined;
}

/** `object.__getattribute__`: data descriptors, then the instance dict, then other type attributes. */
export function genericGetAttr(obj: PyValue, type: PyType, name: string): PyValue | undefined {
  const attribute = type.lookup(name);
  if (attribute !== undefined && typeof attribute === 'object' && isDataDescriptor(attribute)) {
    return descriptorGet(attribute, obj, type);
  }
  if (typeof obj === 'object') {
    const dict = obj.dict;
    if (dict !== null) {
      const value = dict.getStr(name);
      if (value !== undefined) return value;
    }
  }
  if (attribute !== undefined) return bindDescriptor(attribute, obj, type);
  if (name === '__dict__' && typeof obj === 'object' && type.instancesHaveDict) {
    if (obj.dict === null) obj.dict = new PyDict();
    return obj.dict;
  }
  return undefined;
}

/** `type.__getattribute__`: metatype data descriptors, then the class MRO, then other metatype attributes. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const metaAttribute = meta.lookup(name);
  if (metaAttribute !== undefined && isDataDescriptor(metaAttribute)) {
    return descriptorGet(metaAttribute as PyObject, cls, meta);
  }
  const attribute = cls.lookup(name);
  if (attribute !== undefined) {
    if (typeof attribute !== 'object') return attribute;
    if (
      attribute instanceof PyFunction ||
      attribute instanceof PyMethodDescriptor ||
      attribute instanceof PyNativeFunction ||
      attribute instanceof PyType
    ) {
      return attribute;
    }
    return descriptorGet(attribute, None, cls);
  }
  if (metaAttribute !== undefined) return bindDescriptor(metaAttribute, cls, meta);
  if (name === '__dict__') return typeDictProxy(cls);
  return undefined;
}

/** The hook that builds `cls.__dict__` (a mappingproxy), installed by type-methods.ts. */
export const typeDictHook: { make: ((cls: PyType) => PyValue) | null } = { make: null };

function typeDictProxy(cls: PyType): PyValue | undefined {
  return typeDictHook.make === null ? undefined : typeDictHook.make(cls);
}

/** `setattr(obj, name, value)`. */
export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const type = typeOf(obj);
  const setattr = type.lookup('__setattr__');
  if (setattr === attrSlots.objectSetattr) {
    genericSetAttr(obj, type, name, value);
    return;
  }
  if (setattr === attrSlots.typeSetattr) {
    typeSetAttr(obj as PyType, name, value);
    return;
  }
  callUnbound(setattr!, obj, [name, value]);
}

/** `object.__setattr__`: a data descriptor's `__set__`, else the instance dict. */
export function genericSetAttr(obj: PyValue, type: PyType, name: string, value: PyValue): void {
  const attribute = type.lookup(name);
  if (attribute !== undefined && typeof attribute === 'object' && isDataDescriptor(attribute)) {
    descriptorSet(attribute, obj, value, name);
    return;
  }
  if (typeof obj === 'object' && type.instancesHaveDict) {
    if (name === '__dict__') {
      if (!(value instanceof PyDict)) {
        throw pyError(
          'TypeError',
          `__dict__ must be set to a dictionary, not a '${typeName(value)}'`,
        );
      }
      obj.dict = value;
      return;
    }
    if (obj.dict === null) obj.dict = new PyDict();
    obj.dict.setStr(name, value);
    return;
  }
  if (attribute !== undefined) {
    throw attributeErrorWithMessage(
      `'${type.name}' object attribute '${name}' is read-only`,
      obj,
      name,
    );
  }
  throw attributeError(obj, name);
}

function descriptorSet(
  attribute: PyObject,
  obj: PyValue,
  value: PyValue | undefined,
  name: string,
): void {
  if (
    attribute instanceof PyProperty &&
    inheritsPropertyMethod(attribute, value === undefined ? '__delete__' : '__set__')
  ) {
    const accessor = value === undefined ? attribute.fdel : attribute.fset;
    if (accessor === None) {
      const verb = value === undefined ? 'deleter' : 'setter';
      const label = attribute.name === null ? '' : ` '${attribute.name}'`;
      throw attributeErrorWithMessage(
        `property${label} of '${typeName(obj)}' object has no ${verb}`,
        obj,
        name,
      );
    }
    callObject(accessor, value === undefined ? [obj] : [obj, value]);
    return;
  }
  if (attribute instanceof PyGetSetDescriptor) {
    if (attribute.setter === null) {
      throw attributeErrorWithMessage(
        `attribute '${attribute.name}' of '${attribute.ownerType.name}' objects is not writable`,
        obj,
        name,
      );
    }
    attribute.setter(obj, value);
    return;
  }
  if (attribute instanceof PyMemberDescriptor) {
    const slots = (obj as PyObject).slots;
    if (slots === null) throw attributeError(obj, name);
    if (value === undefined && slots[attribute.index] === undefined)
      throw attributeError(obj, name);
    slots[attribute.index] = value;
    return;
  }
  const method = attribute.cls.lookup(value === undefined ? '__delete__' : '__set__');
  if (method === undefined) {
    throw attributeErrorWithMessage(value === undefined ? '__delete__' : '__set__', obj, name);
  }
  callUnbound(method, attribute, value === undefined ? [obj] : [obj, value]);
}

/** `type.__setattr__`: heap types only; invalidates lookup caches. */
export function typeSetAttr(cls: PyType, name: string, value: PyValue): void {
  const metaAttribute = cls.cls.lookup(name);
  if (metaAttribute !== undefined && isDataDescriptor(metaAttribute)) {
    descriptorSet(metaAttribute as PyObject, cls, value, name);
    return;
  }
  if (!cls.isHeapType) {
    throw pyError('TypeError', `cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  cls.setAttr(name, value);
}

/** `delattr(obj, name)`. */
export function delAttr(obj: PyValue, name: string): void {
  const type = typeOf(obj);
  const delattr = type.lookup('__delattr__');
  if (delattr !== attrSlots.objectDelattr && delattr !== undefined) {
    callUnbound(delattr, obj, [name]);
    return;
  }
  if (obj instanceof PyType) {
    if (!obj.isHeapType) {
      throw pyError('TypeError', `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    }
    if (!obj.deleteAttr(name)) throw attributeError(obj, name);
    return;
  }
  const attribute = type.lookup(name);
  if (attribute !== undefined && typeof attribute === 'object' && isDataDescriptor(attribute)) {
    descriptorSet(attribute, obj, undefined, name);
    return;
  }
  if (typeof obj === 'object' && obj.dict !== null) {
    if (obj.dict.deleteStr(name) !== undefined) return;
  }
  throw attributeError(obj, name);
}

/** `hasattr(obj, name)`. */
export function hasAttr(obj: PyValue, name: string): boolean {
  return getAttrOrUndefined(obj, name) !== undefined;
}

/** Attribute lookup through a `super` object: the MRO of its object's type after `thisType`. */
export function superGetAttr(sup: PySuper, name: string): PyValue | undefined {
  const start = sup.thisType;
  const objType = sup.objType;
  if (start !== null && objType !== null && name !== '__class__') {
    const mro = objType.mro;
    let index = mro.indexOf(start) + 1;
    for (; index > 0 && index < mro.length; index++) {
      const attribute = mro[index]!.attrs.get(name);
      if (attribute === undefined) continue;
      const obj = sup.obj === objType ? None : sup.obj!;
      if (typeof attribute !== 'object') return attribute;
      if (attribute instanceof PyFunction)
        return obj === None ? attribute : new PyMethod(attribute, obj);
      if (attribute instanceof PyType || attribute instanceof PyNativeFunction) return attribute;
      return descriptorGet(attribute, obj, objType);
    }
  }
  return genericGetAttr(sup, sup.cls, name);
}

/** Whether `name` is a plain method on `type(obj)` that LOAD_METHOD can leave unbound. */
export function isPlainMethod(attribute: PyValue | undefined): boolean {
  return attribute instanceof PyFunction || attribute instanceof PyMethodDescriptor;
}

/** The type attribute `name` of `typeType` (used by the VM for metaclass checks). */
export function metatypeOf(cls: PyType): PyType {
  return cls.cls ?? typeType;
}
