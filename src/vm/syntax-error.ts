// Turns the parser's PySyntaxError into a Python SyntaxError (IndentationError, TabError) exception
// with CPython's members (msg, filename, lineno, offset, text, end_lineno, end_offset).

import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import { PythonError } from '../objects/python-error.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import type { PySyntaxError } from '../parser/syntax-errors.js';

/** The Python exception for a syntax error found while compiling `filename`. */
export function syntaxErrorException(error: PySyntaxError, filename: string): PyBaseException {
  const type = exceptionTypeNamed(error.type);
  if (error.lineno === 0 && error.text === null) {
    // No location at all (a null byte in a source string): CPython gives only the message.
    const bare = new PyBaseException(type, new PyTuple([error.msg]));
    bare.setMember('msg', error.msg);
    for (const name of ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']) {
      bare.setMember(name, None);
    }
    bare.setMember('print_file_and_line', None);
    return bare;
  }
  const details = new PyTuple([
    filename,
    error.lineno,
    error.offset,
    error.text ?? None,
    error.endLineno ?? None,
    error.endOffset ?? None,
  ]);
  const exc = new PyBaseException(type, new PyTuple([error.msg, details]));
  exc.setMember('msg', error.msg);
  exc.setMember('filename', filename);
  exc.setMember('lineno', error.lineno);
  exc.setMember('offset', error.offset);
  exc.setMember('text', error.text ?? None);
  exc.setMember('end_lineno', error.endLineno ?? None);
  exc.setMember('end_offset', error.endOffset ?? None);
  exc.setMember('print_file_and_line', None);
  return exc;
}

/** A throwable PythonError for a syntax error in `<string>` (exec/eval/compile). */
export function syntaxErrorToPython(error: PySyntaxError, filename = '<string>'): PythonError {
  const exc = syntaxErrorException(error, filename);
  return new PythonError(exc.cls.name, error.msg, exc);
}
