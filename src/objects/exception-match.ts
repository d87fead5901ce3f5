// Matching thrown errors against Python exception types from native code (`except X:` in TypeScript).

import { PyBytes } from './bytes.js';
import { UnicodeCodecError } from './codec-errors.js';
import { exceptionTypeNamed, PyBaseException } from './exceptions.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { PythonError } from './python-error.js';
import { PyTuple } from './tuple.js';

/** The Python exception a thrown PythonError carries (built from its type name when it has none). */
export function exceptionOf(error: PythonError): PyBaseException {
  if (error.exception instanceof PyBaseException) return error.exception;
  const type = exceptionTypeNamed(error.typeName);
  let exc: PyBaseException;
  if (error instanceof UnicodeCodecError) {
    const details = error.details;
    const object =
      typeof details.object === 'string' ? details.object : new PyBytes(details.object);
    const args: PyValue[] = [details.encoding, object, details.start, details.end, details.reason];
    exc = new PyBaseException(type, new PyTuple(args));
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((name, index) => {
      exc.setMember(name, args[index]!);
    });
  } else {
    exc = new PyBaseException(type, PyBaseException.argsOf(error.message));
  }
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
