// Resource limits that end a run: the exception raised when one is reached. A limit exception is
// flagged (`limitKind`) so `except` blocks may run but cannot swallow it (eval-loop re-raises it at
// POP_EXCEPT), and the budget stays spent.

import { makeBuiltinType } from '../objects/builtin-types.js';
import {
  baseExceptionType,
  exceptionTypeNamed,
  type LimitKind,
  PyBaseException,
} from '../objects/exceptions.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';

/**
 * `ResourceLimitError`: raised when the instruction budget or wall-clock limit is spent. It derives
 * from BaseException (like SystemExit) so `except Exception:` does not catch it; it is not a name
 * in builtins.
 */
export const resourceLimitErrorType = makeBuiltinType('ResourceLimitError', baseExceptionType, {
  hasDict: true,
  registryName: 'type:pyex.ResourceLimitError',
});
resourceLimitErrorType.isExceptionType = true;
resourceLimitErrorType.allocator = baseExceptionType.allocator;
resourceLimitErrorType.layout = baseExceptionType;

/** The error that ends a run because `kind` reached its limit. */
export function limitError(kind: Exclude<LimitKind, null>, message: string): PythonError {
  const type = kind === 'memory' ? exceptionTypeNamed('MemoryError') : resourceLimitErrorType;
  const exc = new PyBaseException(type, kind === 'memory' ? PyTuple.EMPTY : new PyTuple([message]));
  exc.limitKind = kind;
  return new PythonError(type.name, message, exc);
}
