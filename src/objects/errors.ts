// The catalogue of runtime exceptions natives raise: one named constructor per CPython message, each
// returning a PythonError to `throw`. Syntax errors are the parser's (src/parser/syntax-errors.ts).

import { exceptionTypeNamed, makeException, type PyBaseException } from './exceptions.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { PythonError } from './python-error.js';
import { None } from './singletons.js';
import { typeName } from './type-of.js';

/** Wraps an existing exception object for throwing. */
export function throwable(exc: PyBaseException): PythonError {
  const message =
    exc.args.items.length === 1 && typeof exc.args.items[0] === 'string' ? exc.args.items[0] : '';
  return new PythonError(exc.cls.name, message, exc);
}

/** A PythonError carrying a new instance of the built-in exception `typeName` with args `[message]`. */
export function pyError(exceptionName: string, message: string): PythonError {
  return new PythonError(
    exceptionName,
    message,
    makeException(exceptionTypeNamed(exceptionName), [message]),
  );
}

/** A PythonError for an exception type with arbitrary args (`KeyError(key)`, `StopIteration(value)`). */
export function pyErrorWithArgs(type: PyType, args: readonly PyValue[]): PythonError {
  const exc = makeException(type, args);
  return throwable(exc);
}

/** `TypeError(message)`. */
export function typeError(message: string): PythonError {
  return pyError('TypeError', message);
}
/** `ValueError(message)`. */
export function valueError(message: string): PythonError {
  return pyError('ValueError', message);
}
/** `IndexError(message)`. */
export function indexError(message: string): PythonError {
  return pyError('IndexError', message);
}
/** `RuntimeError(message)`. */
export function runtimeError(message: string): PythonError {
  return pyError('RuntimeError', message);
}
/** `OverflowError(message)`. */
export function overflowError(message: string): PythonError {
  return pyError('OverflowError', message);
}
/** `ZeroDivisionError(message)`. */
export function zeroDivisionError(message: string): PythonError {
  return pyError('ZeroDivisionError', message);
}
/** `NotImplementedError(message)`. */
export function notImplementedError(message: string): PythonError {
  return pyError('NotImplementedError', message);
}
/** `SystemError(message)`. */
export function systemError(message: string): PythonError {
  return pyError('SystemError', message);
}

/** `KeyError(key)`: the key itself is the argument (its repr is the message). */
export function keyError(key: PyValue): PythonError {
  return pyErrorWithArgs(exceptionTypeNamed('KeyError'), [key]);
}

/** `StopIteration(value)` or bare `StopIteration` when value is undefined. */
export function stopIteration(value?: PyValue): PythonError {
  const error = pyErrorWithArgs(
    exceptionTypeNamed('StopIteration'),
    value === undefined ? [] : [value],
  );
  (error.exception as PyBaseException).setMember('value', value ?? None);
  return error;
}

/** "unsupported operand type(s) for +: 'int' and 'str'" */
export function typeErrorUnsupportedOperand(
  op: string,
  left: PyValue,
  right: PyValue,
): PythonError {
  return typeError(
    `unsupported operand type(s) for ${op}: '${typeName(left)}' and '${typeName(right)}'`,
  );
}

/** "bad operand type for unary -: 'str'" */
export function typeErrorBadUnaryOperand(op: string, operand: PyValue): PythonError {
  return typeError(`bad operand type for unary ${op}: '${typeName(operand)}'`);
}

/** "'<' not supported between instances of 'int' and 'str'" */
export function typeErrorNotSupportedBetween(
  op: string,
  left: PyValue,
  right: PyValue,
): PythonError {
  return typeError(
    `'${op}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`,
  );
}

/** "'int' object is not callable" */
export function typeErrorNotCallable(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object is not callable`);
}

/** "'int' object is not iterable" */
export function typeErrorNotIterable(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object is not iterable`);
}

/** "unhashable type: 'list'" */
export function typeErrorUnhashable(obj: PyValue): PythonError {
  return typeError(`unhashable type: '${typeName(obj)}'`);
}

/** "'int' object is not subscriptable" */
export function typeErrorNotSubscriptable(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** "object of type 'int' has no len()" */
export function typeErrorNoLen(obj: PyValue): PythonError {
  return typeError(`object of type '${typeName(obj)}' has no len()`);
}

/** "list indices must be integers or slices, not str" */
export function typeErrorIndices(container: string, index: PyValue): PythonError {
  return typeError(`${container} indices must be integers or slices, not ${typeName(index)}`);
}

/** "'str' object cannot be interpreted as an integer" */
export function typeErrorNotInteger(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object cannot be interpreted as an integer`);
}

/** "'tuple' object does not support item assignment" */
export function typeErrorNoItemAssignment(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object does not support item assignment`);
}

/** "'tuple' object doesn't support item deletion" */
export function typeErrorNoItemDeletion(obj: PyValue): PythonError {
  return typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

/** "f() takes no keyword arguments" */
export function typeErrorNoKeywords(name: string): PythonError {
  return typeError(`${name}() takes no keyword arguments`);
}

/** "name 'x' is not defined" (the VM adds the suggestion when printing). */
export function nameErrorNotDefined(name: string): PythonError {
  const error = pyError('NameError', `name '${name}' is not defined`);
  (error.exception as PyBaseException).setMember('name', name);
  return error;
}

/** "list index out of range" and friends (`kind` is 'list', 'tuple', 'string'…). */
export function indexErrorOutOfRange(kind: string): PythonError {
  return indexError(`${kind} index out of range`);
}

/** "division by zero" / "integer division or modulo by zero" / "float division by zero"… */
export function zeroDivision(message: string): PythonError {
  return zeroDivisionError(message);
}

/** "maximum recursion depth exceeded" plus CPython's context suffix (" while calling a Python object"…). */
export function recursionError(suffix = ''): PythonError {
  return pyError('RecursionError', `maximum recursion depth exceeded${suffix}`);
}

/** `MemoryError()` with no message, as CPython raises it. */
export function memoryError(): PythonError {
  return pyErrorWithArgs(exceptionTypeNamed('MemoryError'), []);
}
