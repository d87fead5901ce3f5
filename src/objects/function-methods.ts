// Python-visible behaviour of callables and descriptors: function/method/builtin attributes and
// reprs, property/classmethod/staticmethod/super construction and __get__, cells, code objects,
// the None/NotImplemented/Ellipsis singletons and modules.

import { bindArgs, checkArity } from './args.js';
import {
  builtinFunctionType,
  cellType,
  classMethodDescriptorType,
  classMethodType,
  codeType,
  ellipsisType,
  functionType,
  getSetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodType,
  moduleType,
  noneType,
  notImplementedType,
  propertyType,
  staticMethodType,
  superType,
} from './builtin-types.js';
import { PyCell } from './cell.js';
import { PyClassMethod } from './classmethod.js';
import { PyCode } from './code.js';
import { PyDict } from './dict.js';
import { runtimeError, typeError } from './errors.js';
import { annotationsFromTuple, PyFunction } from './function.js';
import type { PyMemberDescriptor } from './member-descriptor.js';
import { PyMethod } from './method.js';
import { PyModule } from './module.js';
import {
  defineGetSet,
  defineMethod,
  makeNativeFunction,
  type PyClassMethodDescriptor,
  type PyGetSetDescriptor,
  type PyMethodDescriptor,
  PyNativeFunction,
} from './native-function.js';
import { PyProperty } from './property.js';
import { attributeError, descriptorGet, propertyGet, superGetAttr } from './protocol-attr.js';
import { callObject } from './protocol-call.js';
import { pyEq } from './protocol-compare.js';
import { addressOf, pyRepr } from './protocol-repr.js';
import { objectIdentity, type PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { None, NotImplemented } from './singletons.js';
import { PyStaticMethod } from './staticmethod.js';
import { strValueOf } from './str-type.js';
import { PySuper } from './super.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

// function -----------------------------------------------------------------------------------------

function fn(value: PyValue): PyFunction {
  return value as PyFunction;
}

defineMethod(functionType, '__call__', (args, kwnames) =>
  callObject(args[0]!, args.slice(1), kwnames),
);
defineMethod(builtinFunctionType, '__call__', (args, kwnames) =>
  callObject(args[0]!, args.slice(1), kwnames),
);
defineMethod(methodDescriptorType, '__call__', (args, kwnames) =>
  callObject(args[0]!, args.slice(1), kwnames),
);
defineMethod(classMethodDescriptorType, '__call__', (args, kwnames) =>
  callObject(args[0]!, args.slice(1), kwnames),
);
defineMethod(
  functionType,
  '__repr__',
  (args) => `<function ${fn(args[0]!).qualname} at ${addressOf(args[0]!)}>`,
);
defineMethod(functionType, '__get__', (args) => {
  const obj = args[1];
  if (obj === undefined || obj === None) return args[0]!;
  return new PyMethod(args[0]!, obj);
});
defineGetSet(
  functionType,
  '__name__',
  (obj) => fn(obj).name,
  (obj, value) => {
    const name = value === undefined ? undefined : strValueOf(value);
    if (name === undefined) throw typeError('__name__ must be set to a string object');
    fn(obj).name = name;
  },
);
defineGetSet(
  functionType,
  '__qualname__',
  (obj) => fn(obj).qualname,
  (obj, value) => {
    const name = value === undefined ? undefined : strValueOf(value);
    if (name === undefined) throw typeError('__qualname__ must be set to a string object');
    fn(obj).qualname = name;
  },
);
defineGetSet(
  functionType,
  '__doc__',
  (obj) => fn(obj).doc,
  (obj, value) => {
    fn(obj).doc = value ?? None;
  },
);
defineGetSet(
  functionType,
  '__module__',
  (obj) => fn(obj).module,
  (obj, value) => {
    fn(obj).module = value ?? None;
  },
);
defineGetSet(
  functionType,
  '__defaults__',
  (obj) => {
    const defaults = fn(obj).defaults;
    return defaults === null ? None : new PyTuple(defaults.slice());
  },
  (obj, value) => {
    if (value === undefined || value === None) fn(obj).defaults = null;
    else if (value instanceof PyTuple) fn(obj).defaults = value.items.slice();
    else throw typeError('__defaults__ must be set to a tuple object');
  },
);
defineGetSet(
  functionType,
  '__kwdefaults__',
  (obj) => fn(obj).kwdefaults ?? None,
  (obj, value) => {
    if (value === undefined || value === None) fn(obj).kwdefaults = null;
    else if (value instanceof PyDict) fn(obj).kwdefaults = value;
    else throw typeError('__kwdefaults__ must be set to a dict object');
  },
);
defineGetSet(
  functionType,
  '__code__',
  (obj) => fn(obj).code,
  (obj, value) => {
    if (!(value instanceof PyCode)) throw typeError('__code__ must be set to a code object');
    const func = fn(obj);
    const freeCount = value.code.freevars.length;
    const closureCount = func.closure === null ? 0 : func.closure.length;
    if (freeCount !== closureCount) {
      throw valueError(
        `${func.name}() requires a code object with ${closureCount} free vars, not ${freeCount}`,
      );
    }
    func.code = value;
  },
);
defineGetSet(functionType, '__globals__', (obj) => fn(obj).globals);
defineGetSet(functionType, '__closure__', (obj) => {
  const closure = fn(obj).closure;
  return closure === null ? None : new PyTuple(closure.slice());
});
defineGetSet(functionType, '__builtins__', (obj) => fn(obj).globals.getStr('__builtins__') ?? None);
defineGetSet(
  functionType,
  '__annotations__',
  (obj) => {
    const func = fn(obj);
    if (func.annotations === null) func.annotations = new PyDict();
    return func.annotations;
  },
  (obj, value) => {
    if (value === undefined || value === None) fn(obj).annotations = null;
    else if (value instanceof PyDict) fn(obj).annotations = value;
    else if (value instanceof PyTuple) fn(obj).annotations = annotationsFromTuple(value);
    else throw typeError('__annotations__ must be set to a dict object');
  },
);
defineGetSet(
  functionType,
  '__dict__',
  (obj) => {
    const func = fn(obj);
    if (func.dict === null) func.dict = new PyDict();
    return func.dict;
  },
  (obj, value) => {
    if (!(value instanceof PyDict)) throw typeError('__dict__ must be set to a dictionary');
    fn(obj).dict = value;
  },
);

// bound methods -----------------------------------------------------------------------------------

defineMethod(methodType, '__repr__', (args) => {
  const method = args[0] as PyMethod;
  const func = method.func;
  const name =
    func instanceof PyFunction
      ? func.qualname
      : (strValueOf(getAttrName(func, '__qualname__')) ?? '?');
  return `<bound method ${name} of ${pyRepr(method.self)}>`;
});
defineMethod(methodType, '__call__', (args, kwnames) => {
  const method = args[0] as PyMethod;
  return callObject(method.func, [method.self, ...args.slice(1)], kwnames);
});
defineMethod(methodType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PyMethod)) return NotImplemented;
  const method = args[0] as PyMethod;
  return method.func === other.func && method.self === other.self;
});
defineMethod(methodType, '__hash__', (args) => objectIdentity((args[0] as PyMethod).func as never));
methodType.setAttr(
  '__new__',
  makeNativeFunction('method', '__new__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError('method() takes no keyword arguments');
    }
    if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
    const func = args[1]!;
    const self = args[2]!;
    if (typeOf(func).lookup('__call__') === undefined) {
      throw typeError('first argument must be callable');
    }
    if (self === None) throw typeError('instance must not be None');
    return new PyMethod(func, self);
  }),
);
defineGetSet(methodType, '__func__', (obj) => (obj as PyMethod).func);
defineGetSet(methodType, '__self__', (obj) => (obj as PyMethod).self);
defineMethod(methodType, '__getattribute__', (args) => {
  const method = args[0] as PyMethod;
  const name = strValueOf(args[1]!)!;
  const own = methodType.lookup(name);
  if (own !== undefined && name !== '__doc__')
    return descriptorGet(own as never, method, methodType);
  return getAttrName(method.func, name);
});

import { getAttr } from './protocol-attr.js';

function getAttrName(obj: PyValue, name: string): PyValue {
  return getAttr(obj, name);
}

// native functions and descriptors ----------------------------------------------------------------

defineMethod(builtinFunctionType, '__repr__', (args) => {
  const func = args[0] as PyNativeFunction;
  if (func.boundSelf === undefined || func.boundSelf instanceof PyModule) {
    return `<built-in function ${func.name}>`;
  }
  if (func.boundSelf instanceof PyType) {
    return `<built-in method ${func.name} of type object at ${addressOf(func.boundSelf)}>`;
  }
  return `<built-in method ${func.name} of ${typeName(func.boundSelf)} object at ${addressOf(func.boundSelf)}>`;
});
defineGetSet(builtinFunctionType, '__name__', (obj) => (obj as PyNativeFunction).name);
defineGetSet(builtinFunctionType, '__qualname__', (obj) => (obj as PyNativeFunction).qualname);
defineGetSet(builtinFunctionType, '__module__', (obj) => (obj as PyNativeFunction).module ?? None);
defineGetSet(builtinFunctionType, '__doc__', (obj) => (obj as PyNativeFunction).doc ?? None);
defineGetSet(builtinFunctionType, '__self__', (obj) => (obj as PyNativeFunction).boundSelf ?? None);
defineMethod(builtinFunctionType, '__eq__', (args) => {
  const other = args[1];
  const func = args[0] as PyNativeFunction;
  if (!(other instanceof PyNativeFunction)) return NotImplemented;
  return func.fn === other.fn && func.boundSelf === other.boundSelf;
});
defineMethod(builtinFunctionType, '__hash__', (args) =>
  objectIdentity(args[0] as PyNativeFunction),
);

defineMethod(methodDescriptorType, '__repr__', (args) => {
  const descriptor = args[0] as PyMethodDescriptor;
  return `<method '${descriptor.name}' of '${descriptor.ownerType.name}' objects>`;
});
defineMethod(methodDescriptorType, '__get__', (args) => {
  const obj = args[1];
  if (obj === undefined || obj === None) return args[0]!;
  return descriptorGet(args[0] as PyMethodDescriptor, obj, typeOf(obj));
});
defineGetSet(methodDescriptorType, '__name__', (obj) => (obj as PyMethodDescriptor).name);
defineGetSet(
  methodDescriptorType,
  '__qualname__',
  (obj) => `${(obj as PyMethodDescriptor).ownerType.name}.${(obj as PyMethodDescriptor).name}`,
);
defineGetSet(methodDescriptorType, '__objclass__', (obj) => (obj as PyMethodDescriptor).ownerType);
defineGetSet(methodDescriptorType, '__doc__', (obj) => (obj as PyMethodDescriptor).doc ?? None);
defineMethod(classMethodDescriptorType, '__repr__', (args) => {
  const descriptor = args[0] as PyClassMethodDescriptor;
  return `<method '${descriptor.name}' of '${descriptor.ownerType.name}' objects>`;
});
defineMethod(getSetDescriptorType, '__repr__', (args) => {
  const descriptor = args[0] as PyGetSetDescriptor;
  return `<attribute '${descriptor.name}' of '${descriptor.ownerType.name}' objects>`;
});
defineMethod(getSetDescriptorType, '__get__', (args) => {
  const obj = args[1];
  if (obj === undefined || obj === None) return args[0]!;
  return (args[0] as PyGetSetDescriptor).getter(obj);
});
defineMethod(memberDescriptorType, '__repr__', (args) => {
  const descriptor = args[0] as PyMemberDescriptor;
  return `<member '${descriptor.name}' of '${descriptor.ownerType.name}' objects>`;
});
defineMethod(memberDescriptorType, '__get__', (args) => {
  const obj = args[1];
  if (obj === undefined || obj === None) return args[0]!;
  return descriptorGet(args[0] as PyMemberDescriptor, obj, typeOf(obj));
});

// property ------------------------------------------------------------------------------------------

const propertyNew = makeNativeFunction('property', '__new__', (args) => {
  const property = new PyProperty(args[0] as PyType);
  return property;
});
propertyType.setAttr('__new__', propertyNew);
defineMethod(propertyType, '__init__', (args, kwnames) => {
  const property = args[0] as PyProperty;
  const [fget, fset, fdel, doc] = bindArgs(
    'property',
    args.slice(1),
    kwnames,
    ['fget', 'fset', 'fdel', 'doc'],
    0,
  );
  property.fget = fget ?? None;
  property.fset = fset ?? None;
  property.fdel = fdel ?? None;
  if (doc !== undefined && doc !== None) property.doc = doc;
  else if (property.fget !== None) {
    property.doc = property.fget instanceof PyFunction ? property.fget.doc : None;
  }
  return None;
});
defineMethod(propertyType, '__get__', (args) =>
  propertyGet(args[0] as PyProperty, args[1] ?? None),
);
defineMethod(propertyType, '__set__', (args) => {
  const property = args[0] as PyProperty;
  if (property.fset === None) throw attributeError(args[1]!, property.name ?? '');
  callObject(property.fset, [args[1]!, args[2]!]);
  return None;
});
defineMethod(propertyType, '__delete__', (args) => {
  const property = args[0] as PyProperty;
  if (property.fdel === None) throw attributeError(args[1]!, property.name ?? '');
  callObject(property.fdel, [args[1]!]);
  return None;
});
defineMethod(propertyType, '__set_name__', (args) => {
  const name = strValueOf(args[2]!);
  if (name !== undefined) (args[0] as PyProperty).name = name;
  return None;
});
function copyProperty(
  source: PyProperty,
  change: 'fget' | 'fset' | 'fdel',
  value: PyValue,
): PyProperty {
  const copy = new PyProperty(source.cls);
  copy.fget = source.fget;
  copy.fset = source.fset;
  copy.fdel = source.fdel;
  copy.doc = source.doc;
  copy.name = source.name;
  copy[change] = value;
  if (change === 'fget' && value instanceof PyFunction && source.doc === None) copy.doc = value.doc;
  return copy;
}
defineMethod(propertyType, 'getter', (args) =>
  copyProperty(args[0] as PyProperty, 'fget', args[1]!),
);
defineMethod(propertyType, 'setter', (args) =>
  copyProperty(args[0] as PyProperty, 'fset', args[1]!),
);
defineMethod(propertyType, 'deleter', (args) =>
  copyProperty(args[0] as PyProperty, 'fdel', args[1]!),
);
defineGetSet(propertyType, 'fget', (obj) => (obj as PyProperty).fget);
defineGetSet(propertyType, 'fset', (obj) => (obj as PyProperty).fset);
defineGetSet(propertyType, 'fdel', (obj) => (obj as PyProperty).fdel);
defineGetSet(
  propertyType,
  '__doc__',
  (obj) => (obj as PyProperty).doc,
  (obj, value) => {
    (obj as PyProperty).doc = value ?? None;
  },
);
defineGetSet(propertyType, '__isabstractmethod__', (obj) => {
  const fget = (obj as PyProperty).fget;
  return fget instanceof PyFunction && fget.dict?.getStr('__isabstractmethod__') === true;
});

// classmethod / staticmethod ---------------------------------------------------------------------

const classMethodNew = makeNativeFunction('classmethod', '__new__', (args, kwnames) => {
  checkArity('classmethod', args.slice(1), kwnames, 1, 1);
  return new PyClassMethod(args[1]!, args[0] as PyType);
});
classMethodType.setAttr('__new__', classMethodNew);
defineMethod(classMethodType, '__init__', () => None);
defineMethod(classMethodType, '__get__', (args) => {
  const obj = args[1] ?? None;
  const type = args[2] !== undefined && args[2] !== None ? (args[2] as PyType) : typeOf(obj);
  return new PyMethod((args[0] as PyClassMethod).func, type);
});
defineGetSet(classMethodType, '__func__', (obj) => (obj as PyClassMethod).func);
defineGetSet(classMethodType, '__wrapped__', (obj) => (obj as PyClassMethod).func);
defineGetSet(classMethodType, '__isabstractmethod__', (obj) =>
  isAbstract((obj as PyClassMethod).func),
);

const staticMethodNew = makeNativeFunction('staticmethod', '__new__', (args, kwnames) => {
  checkArity('staticmethod', args.slice(1), kwnames, 1, 1);
  return new PyStaticMethod(args[1]!, args[0] as PyType);
});
staticMethodType.setAttr('__new__', staticMethodNew);
defineMethod(staticMethodType, '__init__', () => None);
defineMethod(staticMethodType, '__get__', (args) => (args[0] as PyStaticMethod).func);
defineMethod(staticMethodType, '__call__', (args, kwnames) =>
  callObject((args[0] as PyStaticMethod).func, args.slice(1), kwnames),
);
defineGetSet(staticMethodType, '__func__', (obj) => (obj as PyStaticMethod).func);
defineGetSet(staticMethodType, '__wrapped__', (obj) => (obj as PyStaticMethod).func);
defineGetSet(staticMethodType, '__isabstractmethod__', (obj) =>
  isAbstract((obj as PyStaticMethod).func),
);

function isAbstract(func: PyValue): boolean {
  return typeof func === 'object' && func.dict?.getStr('__isabstractmethod__') === true;
}

// super ----------------------------------------------------------------------------------------------

/** Fills a super object for `super(type, obj)` (obj may be an instance or a subclass). */
export function initSuper(sup: PySuper, type: PyValue, obj: PyValue | null): void {
  if (!(type instanceof PyType)) {
    throw typeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  }
  sup.thisType = type;
  if (obj === null || obj === None) {
    sup.obj = null;
    sup.objType = null;
    return;
  }
  if (obj instanceof PyType && obj.isSubtypeOf(type)) {
    sup.obj = obj;
    sup.objType = obj;
    return;
  }
  const objType = typeOf(obj);
  if (objType.isSubtypeOf(type)) {
    sup.obj = obj;
    sup.objType = objType;
    return;
  }
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

const superNew = makeNativeFunction('super', '__new__', (args) => new PySuper(args[0] as PyType));
superType.setAttr('__new__', superNew);
/** Resolves zero-argument super() (installed by the VM: reads __class__ and the first argument). */
export const superHooks: { zeroArgs: (() => [PyValue, PyValue]) | null } = { zeroArgs: null };
defineMethod(superType, '__init__', (args, kwnames) => {
  checkArity('super', args.slice(1), kwnames, 0, 2);
  const sup = args[0] as PySuper;
  if (args.length === 1) {
    if (superHooks.zeroArgs === null) throw runtimeError('super(): no arguments');
    const [type, obj] = superHooks.zeroArgs();
    initSuper(sup, type, obj);
  } else {
    initSuper(sup, args[1]!, args[2] ?? null);
  }
  return None;
});
defineMethod(superType, '__getattribute__', (args) => {
  const sup = args[0] as PySuper;
  const name = strValueOf(args[1]!);
  if (name === undefined) throw typeError('attribute name must be string');
  const value = superGetAttr(sup, name);
  if (value === undefined) throw attributeError(sup, name);
  return value;
});
defineMethod(superType, '__repr__', (args) => {
  const sup = args[0] as PySuper;
  const thisName = sup.thisType === null ? 'NULL' : sup.thisType.name;
  if (sup.objType === null) return `<super: <class '${thisName}'>, NULL>`;
  return `<super: <class '${thisName}'>, <${sup.objType.name} object>>`;
});
defineMethod(superType, '__get__', (args) => {
  const sup = args[0] as PySuper;
  const obj = args[1];
  if (obj === undefined || obj === None || sup.obj !== null) return sup;
  const bound = new PySuper(sup.cls);
  initSuper(bound, sup.thisType!, obj);
  return bound;
});
defineGetSet(superType, '__thisclass__', (obj) => (obj as PySuper).thisType ?? None);
defineGetSet(superType, '__self__', (obj) => (obj as PySuper).obj ?? None);
defineGetSet(superType, '__self_class__', (obj) => (obj as PySuper).objType ?? None);

// cells, code, singletons, modules --------------------------------------------------------------

defineGetSet(
  cellType,
  'cell_contents',
  (obj) => {
    const value = (obj as PyCell).value;
    if (value === undefined) throw pyValueErrorEmptyCell();
    return value;
  },
  (obj, value) => {
    (obj as PyCell).value = value;
  },
);

import { valueError } from './errors.js';

function pyValueErrorEmptyCell() {
  return valueError('Cell is empty');
}
defineMethod(cellType, '__repr__', (args) => {
  const cell = args[0] as PyCell;
  if (cell.value === undefined) return `<cell at ${addressOf(cell)}: empty>`;
  const contents = cell.value;
  return `<cell at ${addressOf(cell)}: ${typeName(contents)} object at ${addressOf(contents)}>`;
});
defineMethod(cellType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PyCell)) return NotImplemented;
  const a = (args[0] as PyCell).value;
  const b = other.value;
  if (a === undefined || b === undefined) return a === b;
  return pyEq(a, b);
});

function code(value: PyValue): PyCode {
  return value as PyCode;
}
defineMethod(codeType, '__repr__', (args) => {
  const c = code(args[0]!).code;
  return `<code object ${c.name} at ${addressOf(args[0]!)}, file "${c.filename}", line ${c.firstlineno}>`;
});
defineGetSet(codeType, 'co_name', (obj) => code(obj).code.name);
defineGetSet(codeType, 'co_qualname', (obj) => code(obj).code.qualname);
defineGetSet(codeType, 'co_filename', (obj) => code(obj).code.filename);
defineGetSet(codeType, 'co_firstlineno', (obj) => code(obj).code.firstlineno);
defineGetSet(codeType, 'co_argcount', (obj) => code(obj).code.argcount);
defineGetSet(codeType, 'co_posonlyargcount', (obj) => code(obj).code.posonlyargcount);
defineGetSet(codeType, 'co_kwonlyargcount', (obj) => code(obj).code.kwonlyargcount);
defineGetSet(codeType, 'co_flags', (obj) => code(obj).code.flags);
defineGetSet(codeType, 'co_nlocals', (obj) => code(obj).code.varnames.length);
defineGetSet(codeType, 'co_varnames', (obj) => new PyTuple(code(obj).code.varnames.slice()));
defineGetSet(codeType, 'co_cellvars', (obj) => new PyTuple(code(obj).code.cellvars.slice()));
defineGetSet(codeType, 'co_freevars', (obj) => new PyTuple(code(obj).code.freevars.slice()));
defineGetSet(codeType, 'co_names', (obj) => new PyTuple(code(obj).code.names.slice()));
defineGetSet(codeType, 'co_consts', (obj) => new PyTuple(code(obj).consts.slice()));
defineGetSet(codeType, 'co_stacksize', (obj) => code(obj).code.stacksize);

defineMethod(noneType, '__repr__', () => 'None');
defineMethod(noneType, '__bool__', () => false);
const noneNew = makeNativeFunction('NoneType', '__new__', (args, kwnames) => {
  checkArity('NoneType', args.slice(1), kwnames, 0, 0);
  return None;
});
noneType.setAttr('__new__', noneNew);
defineMethod(notImplementedType, '__repr__', () => 'NotImplemented');
defineMethod(notImplementedType, '__bool__', () => true);
defineMethod(ellipsisType, '__repr__', () => 'Ellipsis');

const moduleNew = makeNativeFunction('module', '__new__', (args) => {
  const module = new PyModule('?', new PyDict(), args[0] as PyType);
  return module;
});
moduleType.setAttr('__new__', moduleNew);
defineMethod(moduleType, '__init__', (args, kwnames) => {
  const [name, doc] = bindArgs('module', args.slice(1), kwnames, ['name', 'doc'], 1);
  const module = args[0] as PyModule;
  const nameText = strValueOf(name!);
  if (nameText === undefined) {
    throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(name!)}`);
  }
  module.dict.setStr('__name__', nameText);
  module.dict.setStr('__doc__', doc ?? None);
  if (!module.dict.hasStr('__package__')) module.dict.setStr('__package__', None);
  if (!module.dict.hasStr('__loader__')) module.dict.setStr('__loader__', None);
  if (!module.dict.hasStr('__spec__')) module.dict.setStr('__spec__', None);
  return None;
});
defineMethod(moduleType, '__repr__', (args) => {
  const module = args[0] as PyModule;
  const file = module.dict.getStr('__file__');
  if (typeof file === 'string') return `<module '${module.name}' from '${file}'>`;
  // A module made by calling the module type has __loader__ and __spec__ set to None.
  const loader = module.dict.getStr('__loader__');
  if (loader === None && module.dict.getStr('__spec__') === None) {
    return `<module '${module.name}'>`;
  }
  return `<module '${module.name}' (built-in)>`;
});
defineMethod(moduleType, '__dir__', (args) => {
  const module = args[0] as PyModule;
  return new PyListOf(module.dict.liveKeys());
});

import { PyList as PyListOf } from './list.js';
