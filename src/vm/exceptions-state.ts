// The exception-handling state of the VM: the chain of "exception being handled" slots (one per
// running generator, as CPython's _PyErr_StackItem), converting thrown JS errors to Python exceptions,
// context chaining, and the internal error that ends a run when Pyex itself is broken.

import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';

/** The handled-exception chain's slot type (shared with generators). */
export { ExcStateSlot as ExcStateItem } from '../objects/generator.js';

/** A bug in Pyex surfaced while running: never catchable by Python code. */
export class InternalError extends Error {
  declare readonly original: unknown;

  constructor(message: string, original: unknown) {
    super(message);
    this.name = 'InternalError';
    this.original = original;
  }
}

/** Errors thrown out of a nested VM loop: the exception already has its traceback and context. */
const propagating = new WeakSet<object>();

/** Marks a PythonError as propagating out of a frame (so callers do not chain context again). */
export function markPropagating(error: PythonError): PythonError {
  propagating.add(error);
  return error;
}

/** Whether this thrown error is an exception propagating from a nested frame. */
export function isPropagating(error: unknown): boolean {
  return typeof error === 'object' && error !== null && propagating.has(error);
}

/** Throws an exception object as a propagating PythonError. */
export function propagate(exc: PyBaseException): PythonError {
  const message =
    exc.args.items.length === 1 && typeof exc.args.items[0] === 'string' ? exc.args.items[0] : '';
  return markPropagating(new PythonError(exc.cls.name, message, exc));
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function isAllocationFailure(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /Invalid (array|string|typed array) length|Array buffer allocation failed|Maximum BigInt size|out of memory/i.test(
      error.message,
    )
  );
}

/**
 * The Python exception for anything thrown inside the VM: a PythonError's exception, RecursionError
 * for a JS stack overflow, MemoryError for an allocation failure. Anything else is a bug: an
 * InternalError is thrown (it ends the run).
 */
export function exceptionFromThrown(error: unknown): PyBaseException {
  if (error instanceof PythonError) return exceptionOf(error);
  if (error instanceof InternalError) throw error;
  if (isStackOverflow(error)) {
    return new PyBaseException(
      exceptionTypeNamed('RecursionError'),
      new PyTuple(['maximum recursion depth exceeded']),
    );
  }
  if (isAllocationFailure(error)) {
    return new PyBaseException(exceptionTypeNamed('MemoryError'), PyTuple.EMPTY);
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  throw new InternalError(`internal error in the VM: ${message}`, error);
}

/**
 * Sets `exc.__context__` to the exception being handled, as CPython does when a new exception is
 * raised during handling (breaking any cycle the new context would create).
 */
export function chainContext(exc: PyBaseException, handled: PyValue): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  // Break cycles: if exc already appears in handled's context chain, cut it there.
  let walker: PyBaseException = handled;
  for (;;) {
    const next = walker.context;
    if (next === null) break;
    if (next === exc) {
      walker.context = null;
      break;
    }
    walker = next;
  }
  exc.context = handled;
}
