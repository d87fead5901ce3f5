// Direct calls of the concat/repeat dunders of str, bytes, bytearray, list and tuple raise as
// CPython's sq_concat/sq_repeat slot wrappers do ('a'.__add__(1) is a TypeError), while the
// operator protocol keeps getting NotImplemented from them (PROTOCOL_SLOT_FUNCTIONS) so that the
// other operand's reflected method still gets its turn. Runs once, after the methods are installed.

import { type NativeFn, PyMethodDescriptor } from './native-function.js';
import { BinaryOp } from './number-ops.js';
import { binaryOpError, hasIndex, PROTOCOL_SLOT_FUNCTIONS } from './protocol-number.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { PythonError } from './python-error.js';
import { lookupStatic } from './registry.js';
import { NotImplemented } from './singletons.js';
import { typeName } from './type-of.js';

/** The sequence types and their dunders backed by sq_concat / sq_repeat. */
const SEQUENCE_SLOTS = {
  str: ['__add__', '__mul__', '__rmul__'],
  bytes: ['__add__', '__mul__', '__rmul__'],
  bytearray: ['__add__', '__mul__', '__rmul__', '__iadd__', '__imul__'],
  list: ['__add__', '__mul__', '__rmul__', '__imul__'],
  tuple: ['__add__', '__mul__', '__rmul__'],
} as const;

/** The TypeError the slot wrapper raises for an operand the dunder does not accept. */
function slotError(name: string, self: PyValue, other: PyValue): PythonError {
  if (name === '__add__' || name === '__iadd__')
    return binaryOpError(self, other, BinaryOp.ADD, '');
  if (!hasIndex(other)) {
    return new PythonError(
      'TypeError',
      `'${typeName(other)}' object cannot be interpreted as an integer`,
    );
  }
  return binaryOpError(self, other, BinaryOp.MULTIPLY, '');
}

/** Installs the raising direct-call versions and records the protocol versions. */
export function installSequenceSlots(): void {
  for (const [typeKey, names] of Object.entries(SEQUENCE_SLOTS)) {
    const type = lookupStatic(`type:${typeKey}`) as PyType | undefined;
    for (const name of names) {
      const descriptor = type?.attrs.get(name);
      if (!(descriptor instanceof PyMethodDescriptor) || descriptor.ownerType !== type) continue;
      const protocol: NativeFn = descriptor.fn;
      PROTOCOL_SLOT_FUNCTIONS.set(descriptor, protocol);
      (descriptor as { fn: NativeFn }).fn = (args, kwnames) => {
        const result = protocol(args, kwnames);
        if (result !== NotImplemented) return result;
        throw slotError(name, args[0]!, args[1]!);
      };
    }
  }
}
