// The singleton constants None, NotImplemented and Ellipsis (each the only instance of its type).
// Their methods (repr, bool, hash) are installed by builtin-methods of the protocols that use them.

import { ellipsisType, noneType, notImplementedType } from './builtin-types.js';
import { PyObject } from './py-object.js';
import { registerStatic } from './registry.js';

/** The class of `None`; there is exactly one instance, `None`. */
export class PyNone extends PyObject {}
/** The class of `NotImplemented`. */
export class PyNotImplemented extends PyObject {}
/** The class of `Ellipsis` (`...`). */
export class PyEllipsis extends PyObject {}

/** `None`. Compare with `===`. */
export const None: PyNone = registerStatic('None', new PyNone(noneType));
/** `NotImplemented`: what binary dunders return to let the other operand try. */
export const NotImplemented: PyNotImplemented = registerStatic(
  'NotImplemented',
  new PyNotImplemented(notImplementedType),
);
/** `Ellipsis`. */
export const Ellipsis: PyEllipsis = registerStatic('Ellipsis', new PyEllipsis(ellipsisType));
