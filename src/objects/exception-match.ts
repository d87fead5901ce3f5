// Matching thrown errors against Python exception types from native code (`except X:` in TypeScript).

import { exceptionTypeNamed, PyBaseException } from './exceptions.js';
import type { PyType } from './py-type.js';
import { PythonError } from './python-error.js';

/** The Python exception a thrown PythonError carries (built from its type name when it has none). */
export function exceptionOf(error: PythonError): PyBaseException {
  if (error.exception instanceof PyBaseException) return error.exception;
  const type = exceptionTypeNamed(error.typeName);
  const exc = new PyBaseException(type, PyBaseException.argsOf(error.message));
  (error as { exception: object | null }).exception = exc;
  return exc;
}

/** Whether `error` is a PythonError whose exception is an instance of `type`. */
export function exceptionMatches(error: unknown, type: PyType): boolean {
  if (!(error instanceof PythonError)) return false;
  return exceptionOf(error).cls.isSubtypeOf(type);
}

/** Whether `error` is a PythonError for the built-in exception `name` (or a subclass). */
export function exceptionMatchesName(error: unknown, name: string): boolean {
  if (!(error instanceof PythonError)) return false;
  return exceptionOf(error).cls.isSubtypeOf(exceptionTypeNamed(name));
}
