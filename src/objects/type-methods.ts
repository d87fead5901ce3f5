// The methods of `type`: class creation (type.__new__ with __slots__, __set_name__, __init_subclass__,
// __classcell__), type.__call__, repr, attribute access, the __name__/__bases__/__mro__ accessors.

import { bindArgs, checkArity } from './args.js';
import { mappingProxyType, objectType, typeType } from './builtin-types.js';
import { PyCell } from './cell.js';
import { PyClassMethod } from './classmethod.js';
import { PyDict } from './dict.js';
import { typeError, valueError } from './errors.js';
import { PyFunction } from './function.js';
import { PyList } from './list.js';
import { PyMemberDescriptor } from './member-descriptor.js';
import {
  defineGetSet,
  defineMethod,
  makeNativeFunction,
  PyGetSetDescriptor,
} from './native-function.js';
import {
  attributeError,
  attrSlots,
  typeDictHook,
  typeGetAttr,
  typeSetAttr,
} from './protocol-attr.js';
import { callObject, callType, callUnbound, coreSlots } from './protocol-call.js';
import { iterableToArray } from './protocol-iter.js';
import { PyObject, type PyValue } from './py-object.js';
import { PyType, visibleSubclasses } from './py-type.js';
import { None } from './singletons.js';
import { PyStaticMethod } from './staticmethod.js';
import { strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { isInstanceOf, typeName, typeOf } from './type-of.js';

/** `cls.__dict__`: a read-only mapping view of the class namespace. */
export class PyMappingProxy extends PyObject {
  declare readonly mapping: PyValue;

  constructor(mapping: PyValue) {
    super(mappingProxyType);
    this.mapping = mapping;
  }
}

typeDictHook.make = (cls) => new PyMappingProxy(PyDict.fromStrEntries(cls.attrs));

function instanceDictGetter(obj: PyValue): PyValue {
  if (typeof obj !== 'object') return None;
  if (obj.dict === null) obj.dict = new PyDict();
  return obj.dict;
}

function instanceDictSetter(obj: PyValue, value: PyValue | undefined): void {
  if (!(value instanceof PyDict)) {
    throw typeError(
      `__dict__ must be set to a dictionary, not a '${value === undefined ? 'NoneType' : typeName(value)}'`,
    );
  }
  (obj as PyObject).dict = value;
}

/** `<class 'module.Name'>`. */
export function typeRepr(cls: PyType): string {
  const module = cls.attrs.get('__module__');
  if (typeof module === 'string' && module !== 'builtins')
    return `<class '${module}.${cls.qualname}'>`;
  return `<class '${cls.qualname}'>`;
}

/** Private-name mangling as the compiler does it (`__x` in class `C` is `_C__x`). */
export function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

/** The most derived metatype among `meta` and the types of `bases` (TypeError on conflict). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const base of bases) {
    const baseMeta = typeOf(base);
    if (winner.isSubtypeOf(baseMeta)) continue;
    if (baseMeta.isSubtypeOf(winner)) {
      winner = baseMeta;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

function slotNamesOf(value: PyValue): string[] {
  const single = strValueOf(value);
  const items = single !== undefined ? [single] : iterableToArray(value);
  return items.map((item) => {
    const name = strValueOf(item);
    if (name === undefined) {
      throw typeError(`__slots__ items must be strings, not '${typeName(item)}'`);
    }
    return name;
  });
}

/**
 * Creates a class: `type.__new__(metatype, name, bases, namespace, **kwargs)`.
 * @see https://docs.python.org/3/reference/datamodel.html#creating-the-class-object
 */
export function createClass(
  metatype: PyType,
  name: string,
  basesValue: readonly PyValue[],
  namespace: PyDict,
  kwargs: readonly (readonly [string, PyValue])[],
): PyType {
  const bases: PyType[] = [];
  for (const base of basesValue) {
    if (!(base instanceof PyType)) throw typeError('bases must be types');
    if (!base.isBaseType) throw typeError(`type '${base.name}' is not an acceptable base type`);
    bases.push(base);
  }
  if (bases.length === 0) bases.push(objectType);
  for (let index = 0; index < bases.length; index++) {
    if (bases.indexOf(bases[index]!, index + 1) >= 0) {
      throw typeError(`duplicate base class ${bases[index]!.name}`);
    }
  }
  const cls = new PyType(metatype, name, bases);
  cls.isHeapType = true;
  cls.isBaseType = true;

  const slotsValue = namespace.getStr('__slots__');
  let slotNames: string[] = [];
  if (slotsValue !== undefined) {
    slotNames = slotNamesOf(slotsValue);
    cls.instancesHaveDict =
      bases.some((base) => base.instancesHaveDict) || slotNames.includes('__dict__');
  } else {
    cls.instancesHaveDict = true;
  }

  for (const [key, value] of namespace.entries()) {
    const attrNameValue = strValueOf(key);
    if (attrNameValue === undefined) continue;
    cls.attrs.set(attrNameValue, value);
  }
  const qualname = cls.attrs.get('__qualname__');
  if (qualname !== undefined) {
    const qualnameText = strValueOf(qualname);
    if (qualnameText === undefined) {
      throw typeError(`type __qualname__ must be a str, not ${typeName(qualname)}`);
    }
    cls.qualname = qualnameText;
    cls.attrs.delete('__qualname__');
  }
  if (!cls.attrs.has('__doc__')) cls.attrs.set('__doc__', None);
  let slotIndex = cls.slotCount;
  for (const slotName of slotNames) {
    if (slotName === '__dict__' || slotName === '__weakref__') continue;
    const mangled = mangle(name, slotName);
    if (namespace.hasStr(mangled)) {
      throw valueError(`'${slotName}' in __slots__ conflicts with class variable`);
    }
    cls.attrs.set(mangled, new PyMemberDescriptor(mangled, cls, slotIndex++));
  }
  cls.slotCount = slotIndex;
  if (
    cls.instancesHaveDict &&
    !bases.some((base) => base.instancesHaveDict) &&
    !cls.isSubtypeOf(typeType)
  ) {
    if (!cls.attrs.has('__dict__'))
      cls.attrs.set(
        '__dict__',
        new PyGetSetDescriptor('__dict__', cls, instanceDictGetter, instanceDictSetter),
      );
    if (!cls.attrs.has('__weakref__'))
      cls.attrs.set('__weakref__', new PyGetSetDescriptor('__weakref__', cls, () => None, null));
  }
  const newFn = cls.attrs.get('__new__');
  if (newFn instanceof PyFunction) cls.attrs.set('__new__', new PyStaticMethod(newFn));
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const fn = cls.attrs.get(special);
    if (fn instanceof PyFunction) cls.attrs.set(special, new PyClassMethod(fn));
  }
  if (cls.attrs.has('__eq__') && !cls.attrs.has('__hash__')) cls.attrs.set('__hash__', None);
  const classCell = cls.attrs.get('__classcell__');
  if (classCell !== undefined) {
    if (classCell instanceof PyCell) classCell.value = cls;
    cls.attrs.delete('__classcell__');
  }
  cls.invalidate();

  for (const [attrName, value] of [...cls.attrs]) {
    if (typeof value !== 'object') continue;
    const setName = value.cls.lookup('__set_name__');
    if (setName !== undefined) {
      callUnbound(setName, value, [cls, attrName]);
    }
  }
  const parentInit = superLookup(cls, '__init_subclass__');
  if (parentInit !== undefined) {
    const args: PyValue[] = kwargs.map((pair) => pair[1]);
    const names = kwargs.map((pair) => pair[0]);
    callObject(parentInit, args, names.length > 0 ? names : null);
  }
  return cls;
}

/** `super(cls, cls).<name>` bound to cls: the attribute after cls in its MRO, bound like a class method. */
function superLookup(cls: PyType, name: string): PyValue | undefined {
  const mro = cls.mro;
  for (let index = 1; index < mro.length; index++) {
    const attribute = mro[index]!.attrs.get(name);
    if (attribute === undefined) continue;
    if (attribute instanceof PyClassMethod) {
      return makeBoundClassMethod(attribute.func, cls);
    }
    return attribute;
  }
  return undefined;
}

import { PyMethod } from './method.js';

function makeBoundClassMethod(func: PyValue, cls: PyType): PyValue {
  return new PyMethod(func, cls);
}

const typeNew = makeNativeFunction('type', '__new__', (args, kwnames) => {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(0, args.length - kwCount);
  const meta = positional[0];
  if (!(meta instanceof PyType) || !meta.isSubtypeOf(typeType)) {
    throw typeError('type.__new__(X): X is not a type object');
  }
  if (positional.length === 2 && kwCount === 0) return typeOf(positional[1]!);
  if (positional.length !== 4) throw typeError('type() takes 1 or 3 arguments');
  const name = strValueOf(positional[1]!);
  if (name === undefined) {
    throw typeError(`type.__new__() argument 1 must be str, not ${typeName(positional[1]!)}`);
  }
  const basesValue = positional[2]!;
  if (!(basesValue instanceof PyTuple)) {
    throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(basesValue)}`);
  }
  const namespace = positional[3]!;
  if (!(namespace instanceof PyDict)) {
    throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(namespace)}`);
  }
  const winner = calculateMetaclass(meta, basesValue.items);
  const kwargs: [string, PyValue][] = [];
  for (let index = 0; index < kwCount; index++) {
    kwargs.push([kwnames![index]!, args[positional.length + index]!]);
  }
  const ns = namespace.copy();
  if (!ns.hasStr('__module__')) ns.setStr('__module__', 'builtins');
  return createClass(winner, name, basesValue.items, ns, kwargs);
});
typeType.setAttr('__new__', typeNew);

defineMethod(typeType, '__init__', () => None);

coreSlots.typeCall = defineMethod(typeType, '__call__', (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError("descriptor '__call__' requires a 'type' object");
  return callTypeDefault(cls, args.slice(1), kwnames);
});

import { defaultTypeCall } from './protocol-call.js';

function callTypeDefault(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  return defaultTypeCall(cls, args, kwnames);
}

defineMethod(typeType, '__repr__', (args) => typeRepr(args[0] as PyType));

attrSlots.typeGetattribute = defineMethod(typeType, '__getattribute__', (args, kwnames) => {
  checkArity('__getattribute__', args.slice(1), kwnames, 1, 1);
  const cls = args[0] as PyType;
  const name = strValueOf(args[1]!);
  if (name === undefined)
    throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
  const value = typeGetAttr(cls, name);
  if (value === undefined) throw attributeError(cls, name);
  return value;
});
attrSlots.typeSetattr = defineMethod(typeType, '__setattr__', (args, kwnames) => {
  checkArity('__setattr__', args.slice(1), kwnames, 2, 2);
  const name = strValueOf(args[1]!);
  if (name === undefined)
    throw typeError(`attribute name must be string, not '${typeName(args[1]!)}'`);
  typeSetAttr(args[0] as PyType, name, args[2]!);
  return None;
});

defineMethod(typeType, 'mro', (args) => new PyList((args[0] as PyType).mro.slice()));
defineMethod(
  typeType,
  '__subclasses__',
  (args) => new PyList(visibleSubclasses(args[0] as PyType)),
);
defineMethod(typeType, '__instancecheck__', (args) => isInstanceOf(args[1]!, args[0] as PyType));
defineMethod(typeType, '__subclasscheck__', (args) => {
  const other = args[1];
  if (!(other instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  return other.isSubtypeOf(args[0] as PyType);
});
const prepare = makeNativeFunction('type', '__prepare__', () => new PyDict());
typeType.setAttr('__prepare__', new PyClassMethod(prepare));
defineMethod(typeType, '__dir__', (args) => {
  const names = new Set<string>();
  for (const type of (args[0] as PyType).mro) for (const key of type.attrs.keys()) names.add(key);
  return new PyList([...names].sort());
});
defineMethod(typeType, '__sizeof__', () => 880);

function requireHeapType(cls: PyType, attribute: string): void {
  if (!cls.isHeapType) {
    throw typeError(`cannot set '${attribute}' attribute of immutable type '${cls.name}'`);
  }
}

defineGetSet(
  typeType,
  '__name__',
  (cls) => (cls as PyType).name,
  (cls, value) => {
    requireHeapType(cls as PyType, '__name__');
    const name = value === undefined ? undefined : strValueOf(value);
    if (name === undefined) {
      throw typeError(
        `can only assign string to ${(cls as PyType).name}.__name__, not '${value === undefined ? 'NoneType' : typeName(value)}'`,
      );
    }
    (cls as PyType).name = name;
  },
);
defineGetSet(
  typeType,
  '__qualname__',
  (cls) => (cls as PyType).qualname,
  (cls, value) => {
    requireHeapType(cls as PyType, '__qualname__');
    const name = value === undefined ? undefined : strValueOf(value);
    if (name === undefined) throw typeError('can only assign string to __qualname__');
    (cls as PyType).qualname = name;
  },
);
defineGetSet(
  typeType,
  '__module__',
  (cls) => {
    const module = (cls as PyType).attrs.get('__module__');
    return module ?? 'builtins';
  },
  (cls, value) => {
    requireHeapType(cls as PyType, '__module__');
    (cls as PyType).setAttr('__module__', value ?? None);
  },
);
defineGetSet(
  typeType,
  '__bases__',
  (cls) => new PyTuple((cls as PyType).bases.slice()),
  (cls, value) => {
    requireHeapType(cls as PyType, '__bases__');
    if (!(value instanceof PyTuple) || value.items.length === 0) {
      throw typeError('can only assign non-empty tuple to __bases__');
    }
    (cls as PyType).setBases(value.items as PyType[]);
  },
);
defineGetSet(typeType, '__base__', (cls) => (cls as PyType).base ?? None);
defineGetSet(typeType, '__mro__', (cls) => new PyTuple((cls as PyType).mro.slice()));
defineGetSet(
  typeType,
  '__dict__',
  (cls) => new PyMappingProxy(PyDict.fromStrEntries((cls as PyType).attrs)),
);
defineGetSet(
  typeType,
  '__doc__',
  (cls) => {
    const doc = (cls as PyType).lookup('__doc__');
    if (doc === undefined) return None;
    if (
      typeof doc === 'object' &&
      doc.cls.lookup('__get__') !== undefined &&
      !(doc instanceof PyType)
    ) {
      return callUnbound(doc.cls.lookup('__get__')!, doc, [None, cls]);
    }
    return (cls as PyType).attrs.get('__doc__') ?? None;
  },
  (cls, value) => {
    requireHeapType(cls as PyType, '__doc__');
    (cls as PyType).setAttr('__doc__', value ?? None);
  },
);
defineGetSet(
  typeType,
  '__annotations__',
  (cls) => {
    const annotations = (cls as PyType).attrs.get('__annotations__');
    if (annotations !== undefined) return annotations;
    const fresh = new PyDict();
    if ((cls as PyType).isHeapType) (cls as PyType).setAttr('__annotations__', fresh);
    return fresh;
  },
  (cls, value) => {
    requireHeapType(cls as PyType, '__annotations__');
    if (value === undefined) (cls as PyType).deleteAttr('__annotations__');
    else (cls as PyType).setAttr('__annotations__', value);
  },
);
defineGetSet(
  typeType,
  '__abstractmethods__',
  (cls) => {
    const value = (cls as PyType).attrs.get('__abstractmethods__');
    if (value === undefined) throw attributeError(cls, '__abstractmethods__');
    return value;
  },
  (cls, value) => {
    if (value === undefined) (cls as PyType).deleteAttr('__abstractmethods__');
    else (cls as PyType).setAttr('__abstractmethods__', value);
  },
);

mappingProxyType.setAttr(
  '__new__',
  makeNativeFunction('mappingproxy', '__new__', (args, kwnames) => {
    const [mapping] = bindArgs('mappingproxy', args.slice(1), kwnames, ['mapping'], 1);
    if (
      typeOf(mapping!).lookup('__getitem__') === undefined ||
      mapping instanceof PyList ||
      mapping instanceof PyTuple
    ) {
      throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(mapping!)}`);
    }
    return new PyMappingProxy(mapping!);
  }),
);
defineMethod(mappingProxyType, '__getitem__', (args) => {
  const proxy = args[0] as PyMappingProxy;
  return getItemOf(proxy.mapping, args[1]!);
});
defineMethod(mappingProxyType, '__len__', (args) => lenOf((args[0] as PyMappingProxy).mapping));
defineMethod(mappingProxyType, '__iter__', (args) => iterOf((args[0] as PyMappingProxy).mapping));
defineMethod(mappingProxyType, '__contains__', (args) =>
  containsOf((args[0] as PyMappingProxy).mapping, args[1]!),
);
defineMethod(
  mappingProxyType,
  '__repr__',
  (args) => `mappingproxy(${reprOf((args[0] as PyMappingProxy).mapping)})`,
);
for (const method of ['keys', 'values', 'items', 'get', 'copy']) {
  defineMethod(mappingProxyType, method, (args, kwnames) => {
    const proxy = args[0] as PyMappingProxy;
    return callMethod(proxy.mapping, method, args.slice(1), kwnames);
  });
}

import { getAttr } from './protocol-attr.js';
import { getIter } from './protocol-iter.js';
import { pyRepr } from './protocol-repr.js';
import { contains, getItem, pyLen } from './protocol-subscript.js';

function getItemOf(mapping: PyValue, key: PyValue): PyValue {
  return getItem(mapping, key);
}
function lenOf(mapping: PyValue): PyValue {
  return pyLen(mapping);
}
function iterOf(mapping: PyValue): PyValue {
  return getIter(mapping);
}
function containsOf(mapping: PyValue, key: PyValue): PyValue {
  return contains(mapping, key);
}
function reprOf(mapping: PyValue): string {
  return pyRepr(mapping);
}
function callMethod(
  obj: PyValue,
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  return callObject(getAttr(obj, name), args, kwnames);
}

/** `type(name, bases, dict)` keyword binding (for natives creating classes). */
export function typeCallArgs(
  args: PyValue[],
  kwnames: readonly string[] | null,
): (PyValue | undefined)[] {
  return bindArgs('type', args, kwnames, ['name', 'bases', 'dict'], 3);
}

/** Calls a class object (re-exported so builtins need one import). */
export { callType };
