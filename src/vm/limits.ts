// Resource limits that end a run: the exception raised when one is reached. A limit exception is
// flagged (`limitKind`) so `except` blocks may run but cannot swallow it (eval-loop re-raises it at
// POP_EXCEPT), and the budget stays spent. Which limits a run has, and their defaults, is src/api's.

import { makeBuiltinType } from '../objects/builtin-types.js';
import {
  baseExceptionType,
  exceptionTypeNamed,
  type LimitKind,
  PyBaseException,
} from '../objects/exceptions.js';
import { PythonError } from '../objects/python-error.js';
import { hasRuntime, rt } from '../objects/runtime.js';
import { PyTuple } from '../objects/tuple.js';

/**
 * `ResourceLimitError`: raised when the instruction budget, the wall-clock limit or the output limit
 * is spent. It derives from BaseException (like SystemExit) so `except Exception:` does not catch
 * it; it is not a name in builtins.
 */
export const resourceLimitErrorType = makeBuiltinType('ResourceLimitError', baseExceptionType, {
  hasDict: true,
  registryName: 'type:pyex.ResourceLimitError',
});
resourceLimitErrorType.isExceptionType = true;
resourceLimitErrorType.allocator = baseExceptionType.allocator;
resourceLimitErrorType.layout = baseExceptionType;

/**
 * What the running interpreter says ended its instruction budget: normally the budget itself, but
 * the run driver collapses the budget to zero when the wall-clock deadline passes (so the limit
 * error is raised inside the program, at an instruction, with a traceback), and then this names the
 * real cause.
 */
export interface BudgetCause {
  /** The limit that is really spent. */
  budgetCause: Exclude<LimitKind, null>;
  /** The message of its error. */
  budgetCauseMessage: string;
}

/** The error that ends a run because `kind` reached its limit. */
export function limitError(kind: Exclude<LimitKind, null>, message: string): PythonError {
  if (kind === 'instructions' && hasRuntime()) {
    const cause = rt() as unknown as Partial<BudgetCause>;
    if (cause.budgetCause !== undefined) kind = cause.budgetCause;
    if (cause.budgetCauseMessage !== undefined) message = cause.budgetCauseMessage;
  }
  const type = kind === 'memory' ? exceptionTypeNamed('MemoryError') : resourceLimitErrorType;
  const exc = new PyBaseException(type, new PyTuple([message]));
  exc.limitKind = kind;
  return new PythonError(type.name, message, exc);
}

/** The message of the instruction-limit error. */
export function instructionLimitMessage(limit: number): string {
  return `instruction limit exceeded (${limit} instructions)`;
}

/** The message of the wall-clock limit error. */
export function durationLimitMessage(limitMs: number): string {
  return `time limit exceeded (${limitMs} ms)`;
}

/** The message of the output limit error. */
export function outputLimitMessage(limitBytes: number): string {
  return `output limit exceeded (${limitBytes} bytes)`;
}

/** The message of the memory limit error. */
export function memoryLimitMessage(requested: number, limitBytes: number): string {
  const size =
    Number.isFinite(requested) && requested < 2 ** 53 ? `${Math.ceil(requested)}` : 'a huge';
  return `cannot allocate ${size} bytes: memory limit is ${limitBytes} bytes`;
}
