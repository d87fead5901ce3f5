// Argument-count checks for the methods of the core built-in types whose count CPython fixes
// (METH_NOARGS, METH_O, slot wrappers), from the generated METHOD_ARITY table: the natives then
// never see a wrong count, and the program gets CPython's exact TypeError. Runs once, after every
// method is installed (install-methods.ts); it changes each descriptor's function in place.

import { type ArityKind, METHOD_ARITY } from './method-arity-table.js';
import { type NativeFn, PyMethodDescriptor } from './native-function.js';
import type { PyType } from './py-type.js';
import { PythonError } from './python-error.js';
import { lookupStatic } from './registry.js';
import { typeOf } from './type-of.js';

/** "argument" or "arguments". */
function plural(count: number): string {
  return count === 1 ? 'argument' : 'arguments';
}

/** The TypeError for a wrong positional count, in the words of the calling convention. */
function countError(
  owner: string,
  name: string,
  kind: ArityKind,
  min: number,
  max: number,
  given: number,
): PythonError {
  switch (kind) {
    case 'noargs':
      return new PythonError('TypeError', `${owner}.${name}() takes no arguments (${given} given)`);
    case 'one':
      return new PythonError(
        'TypeError',
        `${owner}.${name}() takes exactly one argument (${given} given)`,
      );
    case 'slot':
    case 'slot-tuple': {
      // check_num_args for unary/binary slots; PyArg_UnpackTuple (with a leading space) else.
      if (kind === 'slot' && min === max && max <= 1) {
        return new PythonError('TypeError', `expected ${min} ${plural(min)}, got ${given}`);
      }
      const bound = given < min ? min : max;
      const qualifier = min === max ? '' : given < min ? 'at least ' : 'at most ';
      return new PythonError(
        'TypeError',
        ` expected ${qualifier}${bound} ${plural(bound)}, got ${given}`,
      );
    }
  }
}

/** Wraps one native method so a wrong count or keywords raise before it runs. */
function guard(
  descriptor: PyMethodDescriptor,
  owner: string,
  kind: ArityKind,
  min: number,
  max: number,
): void {
  const original: NativeFn = descriptor.fn;
  const name = descriptor.name;
  const checked: NativeFn = (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw new PythonError(
        'TypeError',
        kind === 'slot' || kind === 'slot-tuple'
          ? `wrapper ${name}() takes no keyword arguments`
          : `${args[0] === undefined ? owner : typeOf(args[0]).qualname}.${name}() takes no keyword arguments`,
      );
    }
    const given = args.length - 1;
    if (given < min || given > max) {
      // A bound method names the receiver's type (True.bit_length(1) says "bool.bit_length()").
      const receiver = args[0] === undefined ? owner : typeOf(args[0]).qualname;
      throw countError(receiver, name, kind, min, max, given);
    }
    return original(args, kwnames);
  };
  (descriptor as { fn: NativeFn }).fn = checked;
}

/** Installs the checks on every listed method that Pyex defines natively. */
export function installMethodArityChecks(): void {
  for (const [typeName, methodName, kind, min, max] of METHOD_ARITY) {
    const type = lookupStatic(`type:${typeName}`) as PyType | undefined;
    const descriptor = type?.attrs.get(methodName);
    if (descriptor instanceof PyMethodDescriptor && descriptor.ownerType === type) {
      guard(descriptor, typeName, kind, min, max);
    }
  }
}
