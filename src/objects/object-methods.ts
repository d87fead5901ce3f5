// The methods of `object`: construction, identity equality and hash, default repr/str/format,
// generic attribute access, `__class__`, `__dir__`, `__init_subclass__`, `__reduce_ex__`.

import { checkArity, noKwargs } from './args.js';
import { objectType, typeType } from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import { PyDict } from './dict.js';
import { typeError } from './errors.js';
import { PyList } from './list.js';
import { defineGetSet, defineMethod, makeNativeFunction } from './native-function.js';
import {
  attributeError,
  attrSlots,
  delAttr,
  genericGetAttr,
  genericSetAttr,
} from './protocol-attr.js';
import { coreSlots, objectNewChecked } from './protocol-call.js';
import { hashSlots } from './protocol-hash.js';
import { defaultRepr, pyRepr, pyStr } from './protocol-repr.js';
import { objectIdentity, type PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { None, NotImplemented } from './singletons.js';
import { strValueOf } from './str-type.js';
import { typeName, typeOf } from './type-of.js';

function attrName(value: PyValue): string {
  const name = strValueOf(value);
  if (name === undefined) {
    throw typeError(`attribute name must be string, not '${typeName(value)}'`);
  }
  return name;
}

const objectNew = makeNativeFunction('object', '__new__', (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    throw typeError(
      `object.__new__(X): X is not a type object (${cls === undefined ? 'NoneType' : typeName(cls)})`,
    );
  }
  if (!cls.isSubtypeOf(objectType))
    throw typeError('object.__new__(X): X is not a subtype of object');
  const kwCount = kwnames === null ? 0 : kwnames.length;
  return objectNewChecked(cls, args.slice(1, args.length), kwCount > 0 ? kwnames : null);
});
objectType.setAttr('__new__', objectNew);
coreSlots.objectNew = objectNew;

coreSlots.objectInit = defineMethod(objectType, '__init__', (args, kwnames) => {
  const self = args[0]!;
  if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
    const type = typeOf(self);
    if (type.lookup('__init__') !== coreSlots.objectInit) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (type.lookup('__new__') === coreSlots.objectNew) {
      throw typeError(
        `${type.name}.__init__() takes exactly one argument (the instance to initialize)`,
      );
    }
  }
  return None;
});

objectType.setAttr(
  '__doc__',
  'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
);
defineMethod(objectType, '__repr__', (args) => defaultRepr(args[0]!));
defineMethod(objectType, '__str__', (args) => pyRepr(args[0]!));
defineMethod(objectType, '__format__', (args, kwnames) => {
  checkArity('__format__', args.slice(1), kwnames, 1, 1);
  const spec = args[1]!;
  if (typeof spec !== 'string') {
    throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
  }
  if (spec !== '') {
    throw typeError(`unsupported format string passed to ${typeName(args[0]!)}.__format__`);
  }
  return pyStr(args[0]!);
});

hashSlots.objectHash = defineMethod(objectType, '__hash__', (args) =>
  objectIdentity(args[0] as never),
);

defineMethod(objectType, '__eq__', (args) => (args[0] === args[1] ? true : NotImplemented));
defineMethod(objectType, '__ne__', (args) => {
  const self = args[0]!;
  const other = args[1]!;
  const eq = typeOf(self).lookup('__eq__');
  if (eq === undefined) return NotImplemented;
  const result =
    eq === objectType.attrs.get('__eq__')
      ? self === other
        ? true
        : NotImplemented
      : callEq(eq, self, other);
  if (result === NotImplemented) return NotImplemented;
  return !truth(result);
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
  defineMethod(objectType, name, () => NotImplemented);
}

// Late-bound to avoid a static import cycle with protocol-truth/protocol-call at module init.
import { callUnbound } from './protocol-call.js';
import { isTruthy } from './protocol-truth.js';

function callEq(eq: PyValue, self: PyValue, other: PyValue): PyValue {
  return callUnbound(eq, self, [other]);
}
function truth(value: PyValue): boolean {
  return isTruthy(value);
}

attrSlots.objectGetattribute = defineMethod(objectType, '__getattribute__', (args, kwnames) => {
  checkArity('__getattribute__', args.slice(1), kwnames, 1, 1);
  const self = args[0]!;
  const name = attrName(args[1]!);
  const value = genericGetAttr(self, typeOf(self), name);
  if (value === undefined) throw attributeError(self, name);
  return value;
});
attrSlots.objectSetattr = defineMethod(objectType, '__setattr__', (args, kwnames) => {
  checkArity('__setattr__', args.slice(1), kwnames, 2, 2);
  const self = args[0]!;
  const type = typeOf(self);
  if (self instanceof PyType && type.lookup('__setattr__') !== attrSlots.objectSetattr) {
    throw typeError(`can't apply this __setattr__ to ${type.name} object`);
  }
  genericSetAttr(self, type, attrName(args[1]!), args[2]!);
  return None;
});
attrSlots.objectDelattr = defineMethod(objectType, '__delattr__', (args, kwnames) => {
  checkArity('__delattr__', args.slice(1), kwnames, 1, 1);
  const self = args[0]!;
  const name = attrName(args[1]!);
  if (self instanceof PyType) {
    delAttr(self, name);
    return None;
  }
  const type = typeOf(self);
  const attribute = type.lookup(name);
  if (attribute === undefined && typeof self === 'object' && self.dict !== null) {
    if (self.dict.deleteStr(name) !== undefined) return None;
    throw attributeError(self, name);
  }
  delAttr(self, name);
  return None;
});

defineGetSet(
  objectType,
  '__class__',
  (obj) => typeOf(obj),
  (obj, value) => {
    if (value === undefined) throw typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType)) {
      throw typeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
    }
    if (typeof obj !== 'object' || !value.isHeapType || !typeOf(obj).isHeapType) {
      throw typeError(
        '__class__ assignment only supported for mutable types or ModuleType subclasses',
      );
    }
    if (value.layout !== obj.cls.layout) {
      throw typeError(
        `__class__ assignment: '${value.name}' object layout differs from '${obj.cls.name}'`,
      );
    }
    obj.cls = value;
  },
);

defineMethod(objectType, '__dir__', (args) => {
  const self = args[0]!;
  const names = new Set<string>();
  if (typeof self === 'object' && self.dict !== null) {
    for (const key of self.dict.liveKeys()) if (typeof key === 'string') names.add(key);
  }
  for (const type of typeOf(self).mro) {
    // A built-in type's `__module__` is computed by CPython, not stored in its `__dict__`.
    for (const key of type.attrs.keys()) {
      if (key !== '__module__' || type.isHeapType) names.add(key);
    }
  }
  return new PyList([...names]);
});

defineMethod(objectType, '__sizeof__', () => 16);

const initSubclass = makeNativeFunction('object', '__init_subclass__', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    const cls = args[0] as PyType;
    throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
  }
  return None;
});
objectType.setAttr('__init_subclass__', new PyClassMethod(initSubclass));

const subclassHook = makeNativeFunction('object', '__subclasshook__', () => NotImplemented);
objectType.setAttr('__subclasshook__', new PyClassMethod(subclassHook));

defineMethod(objectType, '__reduce_ex__', (args, kwnames) => {
  noKwargs('__reduce_ex__', kwnames);
  throw typeError(`cannot pickle '${typeName(args[0]!)}' object`);
});
defineMethod(objectType, '__reduce__', (args, kwnames) => {
  checkArity('__reduce__', args.slice(1), kwnames, 0, 0);
  throw typeError(`cannot pickle '${typeName(args[0]!)}' object`);
});
defineMethod(objectType, '__getstate__', (args, kwnames) => {
  checkArity('__getstate__', args.slice(1), kwnames, 0, 0);
  const self = args[0]!;
  const dict = typeof self === 'object' ? self.dict : null;
  return dict === null || dict.size === 0 ? None : dict;
});

/** Whether `value` is the `__dict__` of an instance (for vars()). */
export function instanceDictOf(value: PyValue): PyDict | null {
  if (typeof value !== 'object') return null;
  if (value.dict === null && typeOf(value).instancesHaveDict) value.dict = new PyDict();
  return value.dict;
}

/** The metatype of all classes (re-exported for type-methods). */
export const metaType = typeType;
