// Creates the bare type objects of the core built-in types (no methods yet), so every file can name
// them without import cycles. Each type's own file (list.ts, dict.ts…) installs its methods.

import { PyType } from './py-type.js';
import { registerStatic } from './registry.js';

/** `object`: the root of every MRO. */
export const objectType = new PyType(null, 'object', []);
/** `type`: the metatype of every built-in type. */
export const typeType = new PyType(null, 'type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;
registerStatic('type:object', objectType);
registerStatic('type:type', typeType);

/** Options for `makeBuiltinType`. */
export interface BuiltinTypeOptions {
  /** Whether Python classes may derive from it (default true). */
  readonly subclassable?: boolean;
  /** Whether instances carry a `__dict__` (default false). */
  readonly hasDict?: boolean;
  /** `__module__` if not `builtins`. */
  readonly module?: string;
  /** `__qualname__` if different from the name. */
  readonly qualname?: string;
  /** Registry name if different from `type:<name>` (for names that repeat across modules). */
  readonly registryName?: string;
}

/** Makes and registers a built-in type; `base` defaults to `object`. */
export function makeBuiltinType(
  name: string,
  base: PyType = objectType,
  options: BuiltinTypeOptions = {},
): PyType {
  const type = new PyType(typeType, name, [base]);
  type.isBaseType = options.subclassable ?? true;
  type.instancesHaveDict = options.hasDict ?? false;
  type.qualname = options.qualname ?? name;
  type.layout = type;
  type.attrs.set('__module__', options.module ?? 'builtins');
  registerStatic(
    options.registryName ?? `type:${options.module ? `${options.module}.` : ''}${name}`,
    type,
  );
  return type;
}

objectType.attrs.set('__module__', 'builtins');
typeType.attrs.set('__module__', 'builtins');
typeType.layout = typeType;

/** `int`. */
export const intType = makeBuiltinType('int');
/** `bool` (an `int` subclass that cannot be subclassed). */
export const boolType = makeBuiltinType('bool', intType, { subclassable: false });
/** `float`. */
export const floatType = makeBuiltinType('float');
/** `complex`. */
export const complexType = makeBuiltinType('complex');
/** `str`. */
export const strType = makeBuiltinType('str');
/** `bytes`. */
export const bytesType = makeBuiltinType('bytes');
/** `bytearray`. */
export const bytearrayType = makeBuiltinType('bytearray');
/** `list`. */
export const listType = makeBuiltinType('list');
/** `tuple`. */
export const tupleType = makeBuiltinType('tuple');
/** `dict`. */
export const dictType = makeBuiltinType('dict');
/** `set`. */
export const setType = makeBuiltinType('set');
/** `frozenset`. */
export const frozensetType = makeBuiltinType('frozenset');
/** `NoneType`. */
export const noneType = makeBuiltinType('NoneType', objectType, { subclassable: false });
/** `NotImplementedType`. */
export const notImplementedType = makeBuiltinType('NotImplementedType', objectType, {
  subclassable: false,
});
/** `ellipsis`. */
export const ellipsisType = makeBuiltinType('ellipsis', objectType, { subclassable: false });
/** `range`. */
export const rangeType = makeBuiltinType('range', objectType, { subclassable: false });
/** `slice`. */
export const sliceType = makeBuiltinType('slice', objectType, { subclassable: false });
/** `function`: Python functions and lambdas. */
export const functionType = makeBuiltinType('function', objectType, {
  subclassable: false,
  hasDict: true,
});
/** `builtin_function_or_method`: native functions, bound or not. */
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method', objectType, {
  subclassable: false,
});
/** `method_descriptor`: a native method found on a built-in type (`list.append`). */
export const methodDescriptorType = makeBuiltinType('method_descriptor', objectType, {
  subclassable: false,
});
/** `classmethod_descriptor`: a native class method (`dict.fromkeys`). */
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor', objectType, {
  subclassable: false,
});
/** `getset_descriptor`: a computed attribute of a built-in type (`function.__name__`). */
export const getSetDescriptorType = makeBuiltinType('getset_descriptor', objectType, {
  subclassable: false,
});
/** `member_descriptor`: a `__slots__` member. */
export const memberDescriptorType = makeBuiltinType('member_descriptor', objectType, {
  subclassable: false,
});
/** `method`: a Python function bound to an object. */
export const methodType = makeBuiltinType('method', objectType, { subclassable: false });
/** `cell`. */
export const cellType = makeBuiltinType('cell', objectType, { subclassable: false });
/** `code`. */
export const codeType = makeBuiltinType('code', objectType, { subclassable: false });
/** `module`. */
export const moduleType = makeBuiltinType('module', objectType, { hasDict: true });
/** `generator`. */
export const generatorType = makeBuiltinType('generator', objectType, { subclassable: false });
/** `coroutine`. */
export const coroutineType = makeBuiltinType('coroutine', objectType, { subclassable: false });
/** `async_generator`. */
export const asyncGeneratorType = makeBuiltinType('async_generator', objectType, {
  subclassable: false,
});
/** `property`. */
export const propertyType = makeBuiltinType('property');
/** `classmethod`. */
export const classMethodType = makeBuiltinType('classmethod', objectType, { hasDict: true });
/** `staticmethod`. */
export const staticMethodType = makeBuiltinType('staticmethod', objectType, { hasDict: true });
/** `super`. */
export const superType = makeBuiltinType('super');
/** `traceback`. */
export const tracebackType = makeBuiltinType('traceback', objectType, { subclassable: false });
/** `frame`. */
export const frameType = makeBuiltinType('frame', objectType, { subclassable: false });
/** `mappingproxy`: the read-only view a type's `__dict__` returns. */
export const mappingProxyType = makeBuiltinType('mappingproxy', objectType, {
  subclassable: false,
});
