// `wrapper_descriptor` and `method-wrapper`: the types CPython gives the dunders of built-in types
// that come from type slots (`int.__add__`, bound `(1).__add__`). Pyex implements them as ordinary
// native method descriptors; this file only gives them CPython's types and reprs.

import { builtinFunctionType, makeBuiltinType, methodDescriptorType } from './builtin-types.js';
import { METHOD_ARITY } from './method-arity-table.js';
import {
  defineMethod,
  PyMethodDescriptor as MethodDescriptorClass,
  type PyMethodDescriptor,
  type PyNativeFunction,
  setSlotWrapperTypes,
} from './native-function.js';
import { addressOf } from './protocol-repr.js';
import type { PyType } from './py-type.js';
import { lookupStatic } from './registry.js';
import { typeName } from './type-of.js';

// They derive from method_descriptor / builtin_function_or_method (CPython's derive from object)
// so that those types' methods, which check their receiver's type, serve them unchanged.
/** `wrapper_descriptor`. */
export const wrapperDescriptorType = makeBuiltinType('wrapper_descriptor', methodDescriptorType, {
  subclassable: false,
});
/** `method-wrapper`. */
export const methodWrapperType = makeBuiltinType('method-wrapper', builtinFunctionType, {
  subclassable: false,
});

/** Gives the slot dunders of the core types their CPython types (after methods are installed). */
export function installSlotWrapperTypes(): void {
  defineMethod(wrapperDescriptorType, '__repr__', (args) => {
    const descriptor = args[0] as PyMethodDescriptor;
    return `<slot wrapper '${descriptor.name}' of '${descriptor.ownerType.name}' objects>`;
  });
  defineMethod(methodWrapperType, '__repr__', (args) => {
    const bound = args[0] as PyNativeFunction;
    const self = bound.boundSelf!;
    return `<method-wrapper '${bound.name}' of ${typeName(self)} object at ${addressOf(self)}>`;
  });
  for (const [typeKey, methodName, kind] of METHOD_ARITY) {
    if (kind !== 'slot' && kind !== 'slot-tuple') continue;
    const type = lookupStatic(`type:${typeKey}`) as PyType | undefined;
    const descriptor = type?.attrs.get(methodName);
    if (descriptor instanceof MethodDescriptorClass && descriptor.ownerType === type) {
      descriptor.cls = wrapperDescriptorType;
    }
  }
  setSlotWrapperTypes(wrapperDescriptorType, methodWrapperType);
}
