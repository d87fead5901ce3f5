// The exception object layout (PyBaseException) and every built-in exception type of CPython 3.11,
// in its hierarchy. Exception methods live in exception-methods.ts; raising helpers in errors.ts.

import { makeBuiltinType, objectType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import type { PyTraceback } from './traceback.js';
import { PyTuple } from './tuple.js';

/**
 * Why a limit exception was raised (`null` for ordinary exceptions). A limit exception cannot be
 * swallowed: `except` blocks and `finally` blocks run, but leaving an `except` block re-raises it.
 */
export type LimitKind = 'instructions' | 'memory' | 'time' | 'output' | null;

/** An instance of BaseException or a subclass (user subclasses share this layout). */
export class PyBaseException extends PyObject {
  /** `args`. */
  declare args: PyTuple;
  /** `__traceback__`: outermost entry first. */
  declare traceback: PyTraceback | null;
  /** `__cause__` (None when unset). */
  declare cause: PyBaseException | null;
  /** `__context__` (None when unset). */
  declare context: PyBaseException | null;
  /** `__suppress_context__`. */
  declare suppressContext: boolean;
  /** Set on exceptions that end the run because a limit was reached. */
  declare limitKind: LimitKind;
  /**
   * CPython's C-level members of some exception types (`name` of NameError, `obj` of AttributeError,
   * `value` of StopIteration, `code` of SystemExit, `errno`/`strerror`/`filename` of OSError…),
   * kept out of `__dict__` as in CPython; null until one is set.
   */
  declare members: Map<string, PyValue> | null;

  constructor(cls: PyType, args: PyTuple) {
    super(cls);
    this.args = args;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.limitKind = null;
    this.members = null;
  }

  /** The `args` tuple of an exception raised natively with a message. */
  static argsOf(message: string): PyTuple {
    return new PyTuple([message]);
  }

  /** Reads a C-level member (see `members`). */
  getMember(name: string): PyValue | undefined {
    return this.members?.get(name);
  }

  /** Sets a C-level member (see `members`). */
  setMember(name: string, value: PyValue): void {
    if (this.members === null) this.members = new Map();
    this.members.set(name, value);
  }

  /** Removes a C-level member (see `members`). */
  deleteMember(name: string): void {
    this.members?.delete(name);
  }
}

/** `BaseExceptionGroup` and `ExceptionGroup` instances: a message and the grouped exceptions. */
export class PyExceptionGroup extends PyBaseException {
  declare message: string;
  declare exceptions: PyTuple;

  constructor(cls: PyType, args: PyTuple, message: string, exceptions: PyTuple) {
    super(cls, args);
    this.message = message;
    this.exceptions = exceptions;
  }
}

function exceptionType(name: string, base: PyType): PyType {
  const type = makeBuiltinType(name, base, { hasDict: true });
  type.isExceptionType = true;
  return type;
}

/** `BaseException`. */
export const baseExceptionType = makeBuiltinType('BaseException', objectType, { hasDict: true });
baseExceptionType.isExceptionType = true;
baseExceptionType.allocator = (cls) => new PyBaseException(cls, PyTuple.EMPTY);

/** Every built-in exception type by name (including the OSError aliases). */
export const EXCEPTION_TYPES = new Map<string, PyType>([['BaseException', baseExceptionType]]);

const HIERARCHY: readonly (readonly [string, string])[] = [
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

for (const [name, baseName] of HIERARCHY) {
  EXCEPTION_TYPES.set(name, exceptionType(name, EXCEPTION_TYPES.get(baseName)!));
}

/** `ExceptionGroup`: derives from both BaseExceptionGroup and Exception. */
export const exceptionGroupType = (() => {
  const type = makeBuiltinType('ExceptionGroup', EXCEPTION_TYPES.get('BaseExceptionGroup')!, {
    hasDict: true,
  });
  type.setBases([EXCEPTION_TYPES.get('BaseExceptionGroup')!, EXCEPTION_TYPES.get('Exception')!]);
  type.isExceptionType = true;
  EXCEPTION_TYPES.set('ExceptionGroup', type);
  return type;
})();

EXCEPTION_TYPES.get('BaseExceptionGroup')!.allocator = (cls) =>
  new PyExceptionGroup(cls, PyTuple.EMPTY, '', PyTuple.EMPTY);
for (const type of EXCEPTION_TYPES.values()) {
  if (
    type !== baseExceptionType &&
    type.allocator === null &&
    !type.isSubtypeOf(EXCEPTION_TYPES.get('BaseExceptionGroup')!)
  ) {
    type.allocator = baseExceptionType.allocator;
  }
  type.layout = type.isSubtypeOf(EXCEPTION_TYPES.get('BaseExceptionGroup')!)
    ? EXCEPTION_TYPES.get('BaseExceptionGroup')!
    : baseExceptionType;
}
EXCEPTION_TYPES.set('EnvironmentError', EXCEPTION_TYPES.get('OSError')!);
EXCEPTION_TYPES.set('IOError', EXCEPTION_TYPES.get('OSError')!);

/** The built-in exception type with this name; throws for unknown names (a bug). */
export function exceptionTypeNamed(name: string): PyType {
  const type = EXCEPTION_TYPES.get(name);
  if (type === undefined) throw new Error(`internal: unknown exception type ${name}`);
  return type;
}

/** Makes an exception instance of a built-in (or user) exception type with the given args, without calling `__init__`. */
export function makeException(type: PyType, args: readonly PyValue[]): PyBaseException {
  return new PyBaseException(type, new PyTuple(args.slice()));
}
