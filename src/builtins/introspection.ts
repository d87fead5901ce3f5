// Introspection builtins: isinstance/issubclass (with __instancecheck__/__subclasscheck__ and
// unions), callable, id, hash, getattr/setattr/hasattr/delattr, vars, dir, globals, locals, repr, ascii.

import { checkArity, checkNoArgs, checkOneArg } from '../objects/args.js';
import { typeType } from '../objects/builtin-types.js';
import { PyDict } from '../objects/dict.js';
import { typeError } from '../objects/errors.js';
import { PyGenericAlias } from '../objects/generic-alias.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { makeNativeFunction } from '../objects/native-function.js';
import {
  delAttr,
  getAttr,
  getAttrOrUndefined,
  isAttributeError,
  setAttr,
} from '../objects/protocol-attr.js';
import { callObject, callUnbound } from '../objects/protocol-call.js';
import { pyHash } from '../objects/protocol-hash.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import { pyAscii, pyRepr } from '../objects/protocol-repr.js';
import { isTruthy } from '../objects/protocol-truth.js';
import { objectIdentity, type PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';
import { PyUnion } from '../objects/union-type.js';
import { currentInterpreter } from '../vm/interpreter.js';

const instanceCheckDefault = () => typeType.attrs.get('__instancecheck__');
const subclassCheckDefault = () => typeType.attrs.get('__subclasscheck__');

/** `isinstance(obj, classinfo)`. */
export function isInstance(obj: PyValue, classinfo: PyValue, depth = 0): boolean {
  if (classinfo instanceof PyType) {
    if (typeOf(obj).isSubtypeOf(classinfo)) return true;
    const meta = classinfo.cls;
    if (meta === typeType) return false;
    const check = meta.lookup('__instancecheck__');
    if (check === undefined || check === instanceCheckDefault()) return false;
    return isTruthy(callUnbound(check, classinfo, [obj]));
  }
  if (classinfo instanceof PyTuple) {
    if (depth > 900) throw typeError('maximum recursion depth exceeded in __instancecheck__');
    return classinfo.items.some((item) => isInstance(obj, item, depth + 1));
  }
  if (classinfo instanceof PyUnion)
    return classinfo.args.some((item) => isInstance(obj, item, depth + 1));
  if (classinfo instanceof PyGenericAlias)
    throw typeError('isinstance() argument 2 cannot be a parameterized generic');
  const check = typeOf(classinfo).lookup('__instancecheck__');
  if (check !== undefined) return isTruthy(callUnbound(check, classinfo, [obj]));
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** `issubclass(cls, classinfo)`. */
export function isSubclass(cls: PyValue, classinfo: PyValue, depth = 0): boolean {
  if (classinfo instanceof PyType && classinfo.cls !== typeType) {
    const check = classinfo.cls.lookup('__subclasscheck__');
    if (check !== undefined && check !== subclassCheckDefault()) {
      return isTruthy(callUnbound(check, classinfo, [cls]));
    }
  }
  if (!(cls instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (classinfo instanceof PyType) return cls.isSubtypeOf(classinfo);
  if (classinfo instanceof PyTuple) {
    if (depth > 900) throw typeError('maximum recursion depth exceeded in __subclasscheck__');
    return classinfo.items.some((item) => isSubclass(cls, item, depth + 1));
  }
  if (classinfo instanceof PyUnion)
    return classinfo.args.some((item) => isSubclass(cls, item, depth + 1));
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** `isinstance`. */
export const isinstanceFunction = makeNativeFunction('builtins', 'isinstance', (args, kwnames) => {
  checkArity('isinstance', args, kwnames, 2, 2);
  return isInstance(args[0]!, args[1]!);
});
/** `issubclass`. */
export const issubclassFunction = makeNativeFunction('builtins', 'issubclass', (args, kwnames) => {
  checkArity('issubclass', args, kwnames, 2, 2);
  return isSubclass(args[0]!, args[1]!);
});
/** `callable`. */
export const callableFunction = makeNativeFunction('builtins', 'callable', (args, kwnames) => {
  checkOneArg('callable', args, kwnames);
  return typeOf(args[0]!).lookup('__call__') !== undefined;
});
/** `id`. */
export const idFunction = makeNativeFunction('builtins', 'id', (args, kwnames) => {
  checkOneArg('id', args, kwnames);
  const value = args[0]!;
  if (typeof value === 'object') return 140000000000000 + objectIdentity(value) * 16;
  if (typeof value === 'boolean') return value ? 9000001 : 9000000;
  return pyHashIdentity(value);
});

function pyHashIdentity(value: PyValue): number {
  const hash = pyHash(value);
  return Number(BigInt.asUintN(40, BigInt(hash))) + 1000;
}

/** `hash`. */
export const hashFunction = makeNativeFunction('builtins', 'hash', (args, kwnames) => {
  checkOneArg('hash', args, kwnames);
  return pyHash(args[0]!);
});

function attrNameOf(value: PyValue, fn: string): string {
  const name = strValueOf(value);
  if (name === undefined)
    throw typeError(`attribute name must be string, not '${typeName(value)}'`);
  void fn;
  return name;
}

/** `getattr(obj, name[, default])`. */
export const getattrFunction = makeNativeFunction('builtins', 'getattr', (args, kwnames) => {
  checkArity('getattr', args, kwnames, 2, 3);
  const name = attrNameOf(args[1]!, 'getattr');
  if (args.length === 2) return getAttr(args[0]!, name);
  try {
    return getAttrOrUndefined(args[0]!, name) ?? args[2]!;
  } catch (error) {
    if (isAttributeError(error)) return args[2]!;
    throw error;
  }
});
/** `setattr(obj, name, value)`. */
export const setattrFunction = makeNativeFunction('builtins', 'setattr', (args, kwnames) => {
  checkArity('setattr', args, kwnames, 3, 3);
  setAttr(args[0]!, attrNameOf(args[1]!, 'setattr'), args[2]!);
  return None;
});
/** `hasattr(obj, name)`. */
export const hasattrFunction = makeNativeFunction('builtins', 'hasattr', (args, kwnames) => {
  checkArity('hasattr', args, kwnames, 2, 2);
  try {
    return getAttrOrUndefined(args[0]!, attrNameOf(args[1]!, 'hasattr')) !== undefined;
  } catch (error) {
    if (isAttributeError(error)) return false;
    throw error;
  }
});
/** `delattr(obj, name)`. */
export const delattrFunction = makeNativeFunction('builtins', 'delattr', (args, kwnames) => {
  checkArity('delattr', args, kwnames, 2, 2);
  delAttr(args[0]!, attrNameOf(args[1]!, 'delattr'));
  return None;
});

/** The current frame's locals as a dict (a snapshot for function frames). */
export function currentLocals(): PyValue {
  const frame = currentInterpreter().frame;
  if (frame === null) return new PyDict();
  if (frame.locals !== null) return frame.locals;
  const dict = new PyDict();
  const code = frame.code.code;
  code.varnames.forEach((name, index) => {
    const value = frame.fast[index];
    if (value !== undefined) dict.setStr(name, value);
  });
  const cellNames = [...code.cellvars, ...code.freevars];
  cellNames.forEach((name, index) => {
    const cell = frame.fast[code.varnames.length + index] as { value?: PyValue } | undefined;
    if (cell?.value !== undefined) dict.setStr(name, cell.value);
  });
  return dict;
}

/** `vars([obj])`. */
export const varsFunction = makeNativeFunction('builtins', 'vars', (args, kwnames) => {
  checkArity('vars', args, kwnames, 0, 1);
  if (args.length === 0) return currentLocals();
  const value = getAttrOrUndefined(args[0]!, '__dict__');
  if (value === undefined) throw typeError('vars() argument must have __dict__ attribute');
  return value;
});
/** `dir([obj])`. */
export const dirFunction = makeNativeFunction('builtins', 'dir', (args, kwnames) => {
  checkArity('dir', args, kwnames, 0, 1);
  if (args.length === 0) {
    const locals = currentLocals();
    const keys = locals instanceof PyDict ? locals.liveKeys() : iterableToArray(locals);
    return new PyList(keys.map((key) => strValueOf(key) ?? '').sort());
  }
  const obj = args[0]!;
  if (obj instanceof PyModule) {
    return new PyList(
      obj.dict
        .liveKeys()
        .filter((key): key is string => typeof key === 'string')
        .sort(),
    );
  }
  const method = typeOf(obj).lookup('__dir__');
  const result = method === undefined ? new PyList([]) : callUnbound(method, obj, []);
  const names = iterableToArray(result).map((key) => strValueOf(key) ?? '');
  if (obj instanceof PyType && method === typeType.attrs.get('__dir__')) {
    return new PyList([...new Set(names)].sort());
  }
  return new PyList([...new Set(names)].sort());
});
/** `globals()`. */
export const globalsFunction = makeNativeFunction('builtins', 'globals', (args, kwnames) => {
  checkNoArgs('globals', args, kwnames);
  const frame = currentInterpreter().frame;
  return frame === null ? new PyDict() : frame.globals;
});
/** `locals()`. */
export const localsFunction = makeNativeFunction('builtins', 'locals', (args, kwnames) => {
  checkNoArgs('locals', args, kwnames);
  return currentLocals();
});
/** `repr(obj)`. */
export const reprFunction = makeNativeFunction('builtins', 'repr', (args, kwnames) => {
  checkOneArg('repr', args, kwnames);
  return pyRepr(args[0]!);
});
/** `ascii(obj)`. */
export const asciiFunction = makeNativeFunction('builtins', 'ascii', (args, kwnames) => {
  checkOneArg('ascii', args, kwnames);
  return pyAscii(args[0]!);
});

/** Calls `callable(*args)` (for builtins that need a plain call). */
export function call(callable: PyValue, args: PyValue[]): PyValue {
  return callObject(callable, args);
}

/** The type name used in messages (re-export for sibling builtins). */
export const nameOfType = typeName;
