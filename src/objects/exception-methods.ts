// The methods of BaseException and the built-in exceptions with extra behaviour: args, str/repr,
// __traceback__/__cause__/__context__, add_note, and the members of StopIteration, SystemExit,
// KeyError, OSError, NameError, AttributeError, ImportError, SyntaxError, Unicode errors, groups.

import { PyDict } from './dict.js';
import { pyError, typeError, valueError } from './errors.js';
import {
  baseExceptionType,
  EXCEPTION_TYPES,
  exceptionGroupType,
  exceptionTypeNamed,
  PyBaseException,
  PyExceptionGroup,
} from './exceptions.js';
import { initInstanceStorage } from './instance.js';
import { intValueOf } from './int-type.js';
import { PyList } from './list.js';
import { defineGetSet, defineMethod, makeNativeFunction } from './native-function.js';
import { callObject } from './protocol-call.js';
import { iterableToArray } from './protocol-iter.js';
import { indexValue } from './protocol-number.js';
import { pyRepr, pyStr } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { None } from './singletons.js';
import { strValueOf } from './str-type.js';
import { PyTraceback } from './traceback.js';
import { PyTuple } from './tuple.js';
import { isInstanceOf, typeName, typeOf } from './type-of.js';

function exc(value: PyValue): PyBaseException {
  if (!(value instanceof PyBaseException)) {
    throw typeError(
      `descriptor requires a 'BaseException' object but received '${typeName(value)}'`,
    );
  }
  return value;
}

function positionalArgs(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue[] {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  return args.slice(1, args.length - kwCount);
}

/** errno → OSError subclass, as CPython picks the subclass in OSError.__new__. */
const OSERROR_SUBCLASSES = new Map<number, string>([
  [11, 'BlockingIOError'],
  [114, 'BlockingIOError'],
  [115, 'BlockingIOError'],
  [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'],
  [108, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'],
  [111, 'ConnectionRefusedError'],
  [104, 'ConnectionResetError'],
  [17, 'FileExistsError'],
  [2, 'FileNotFoundError'],
  [4, 'InterruptedError'],
  [21, 'IsADirectoryError'],
  [20, 'NotADirectoryError'],
  [1, 'PermissionError'],
  [13, 'PermissionError'],
  [3, 'ProcessLookupError'],
  [110, 'TimeoutError'],
]);

const exceptionNew = makeNativeFunction('BaseException', '__new__', (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isExceptionType) {
    throw typeError('BaseException.__new__(X): X is not a type object');
  }
  const positional = positionalArgs(args, kwnames);
  let type = cls;
  if (cls === exceptionTypeNamed('OSError') && positional.length >= 2) {
    const errno = intValueOf(positional[0]!);
    const mapped = errno === undefined ? undefined : OSERROR_SUBCLASSES.get(Number(errno));
    if (mapped !== undefined) type = exceptionTypeNamed(mapped);
  }
  const allocator = type.layout.allocator ?? baseExceptionType.allocator!;
  const instance = allocator(type) as PyBaseException;
  initInstanceStorage(instance, type);
  instance.args = new PyTuple(positional);
  return instance;
});
baseExceptionType.setAttr('__new__', exceptionNew);

defineMethod(baseExceptionType, '__init__', (args, kwnames) => {
  const self = exc(args[0]!);
  if (
    kwnames !== null &&
    kwnames.length > 0 &&
    self.cls.lookup('__init__') === baseExceptionType.attrs.get('__init__')
  ) {
    throw typeError(`${self.cls.name}() takes no keyword arguments`);
  }
  self.args = new PyTuple(positionalArgs(args, kwnames));
  return None;
});

/** `str(exception)`: '' / str(arg) / str(args). */
export function exceptionStr(self: PyBaseException): string {
  const items = self.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return pyStr(items[0]!);
  return pyStr(self.args);
}

defineMethod(baseExceptionType, '__str__', (args) => exceptionStr(exc(args[0]!)));
defineMethod(baseExceptionType, '__repr__', (args) => {
  const self = exc(args[0]!);
  const items = self.args.items;
  const name = self.cls.name;
  if (items.length === 1) return `${name}(${pyRepr(items[0]!)})`;
  return `${name}${pyRepr(self.args)}`;
});
defineMethod(baseExceptionType, 'with_traceback', (args) => {
  const self = exc(args[0]!);
  const tb = args[1];
  if (tb !== None && !(tb instanceof PyTraceback)) {
    throw typeError('__traceback__ must be a traceback or None');
  }
  self.traceback = tb === None ? null : (tb as PyTraceback);
  return self;
});
defineMethod(baseExceptionType, 'add_note', (args) => {
  const self = exc(args[0]!);
  const note = args[1]!;
  if (strValueOf(note) === undefined) {
    throw typeError(`note must be a str, not '${typeName(note)}'`);
  }
  if (self.dict === null) self.dict = new PyDict();
  let notes = self.dict.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    self.dict.setStr('__notes__', notes);
  }
  if (!(notes instanceof PyList)) throw typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(note);
  return None;
});
defineMethod(baseExceptionType, '__reduce__', (args) => {
  const self = exc(args[0]!);
  return new PyTuple([self.cls, self.args]);
});
defineGetSet(
  baseExceptionType,
  'args',
  (obj) => exc(obj).args,
  (obj, value) => {
    if (value === undefined) throw typeError('args may not be deleted');
    exc(obj).args = value instanceof PyTuple ? value : new PyTuple(iterableToArray(value));
  },
);
defineGetSet(
  baseExceptionType,
  '__traceback__',
  (obj) => exc(obj).traceback ?? None,
  (obj, value) => {
    if (value !== undefined && value !== None && !(value instanceof PyTraceback)) {
      throw typeError('__traceback__ must be a traceback or None');
    }
    exc(obj).traceback = value === undefined || value === None ? null : (value as PyTraceback);
  },
);
defineGetSet(
  baseExceptionType,
  '__cause__',
  (obj) => exc(obj).cause ?? None,
  (obj, value) => {
    if (value !== undefined && value !== None && !(value instanceof PyBaseException)) {
      throw typeError('exception cause must be None or derive from BaseException');
    }
    const self = exc(obj);
    self.cause = value === undefined || value === None ? null : (value as PyBaseException);
    self.suppressContext = true;
  },
);
defineGetSet(
  baseExceptionType,
  '__context__',
  (obj) => exc(obj).context ?? None,
  (obj, value) => {
    if (value !== undefined && value !== None && !(value instanceof PyBaseException)) {
      throw typeError('exception context must be None or derive from BaseException');
    }
    exc(obj).context = value === undefined || value === None ? null : (value as PyBaseException);
  },
);
defineGetSet(
  baseExceptionType,
  '__suppress_context__',
  (obj) => exc(obj).suppressContext,
  (obj, value) => {
    exc(obj).suppressContext = value === true;
  },
);

/**
 * Defines a C-level member attribute (stored in `members`). When never set (the exception was made
 * natively, without `__init__`), `fallback` derives it from `args` (default None).
 */
function defineMember(
  typeName: string,
  name: string,
  fallback: (self: PyBaseException) => PyValue = () => None,
): void {
  defineGetSet(
    exceptionTypeNamed(typeName),
    name,
    (obj) => exc(obj).getMember(name) ?? fallback(exc(obj)),
    (obj, value) => exc(obj).setMember(name, value ?? None),
  );
}

const firstArg = (self: PyBaseException): PyValue => self.args.items[0] ?? None;

/** Defines an `__init__` that stores members from the arguments (after the usual args). */
function defineInit(
  typeName: string,
  init: (self: PyBaseException, args: PyValue[], kwargs: Map<string, PyValue>) => void,
  keywords: readonly string[] = [],
): void {
  defineMethod(exceptionTypeNamed(typeName), '__init__', (args, kwnames) => {
    const self = exc(args[0]!);
    const kwCount = kwnames === null ? 0 : kwnames.length;
    const positional = args.slice(1, args.length - kwCount);
    const kwargs = new Map<string, PyValue>();
    for (let index = 0; index < kwCount; index++) {
      const keyword = kwnames![index]!;
      if (!keywords.includes(keyword)) {
        throw typeError(`${self.cls.name}() got an unexpected keyword argument '${keyword}'`);
      }
      kwargs.set(keyword, args[args.length - kwCount + index]!);
    }
    self.args = new PyTuple(positional);
    init(self, positional, kwargs);
    return None;
  });
}

defineMember('StopIteration', 'value', firstArg);
defineInit('StopIteration', (self, args) => self.setMember('value', args[0] ?? None));
defineMember('StopAsyncIteration', 'value', firstArg);
defineMember('SystemExit', 'code', (self) => {
  const items = self.args.items;
  return items.length === 0 ? None : items.length === 1 ? items[0]! : self.args;
});
defineInit('SystemExit', (self, args) => {
  self.setMember('code', args.length === 0 ? None : args.length === 1 ? args[0]! : self.args);
});
defineMethod(exceptionTypeNamed('KeyError'), '__str__', (args) => {
  const self = exc(args[0]!);
  if (self.args.items.length === 1) return pyRepr(self.args.items[0]!);
  return exceptionStr(self);
});
defineMember('NameError', 'name');
defineInit(
  'NameError',
  (self, _args, kwargs) => self.setMember('name', kwargs.get('name') ?? None),
  ['name'],
);
defineMember('AttributeError', 'name');
defineMember('AttributeError', 'obj');
defineInit(
  'AttributeError',
  (self, _args, kwargs) => {
    self.setMember('name', kwargs.get('name') ?? None);
    self.setMember('obj', kwargs.get('obj') ?? None);
  },
  ['name', 'obj'],
);
for (const member of ['name', 'path', 'msg']) defineMember('ImportError', member);
defineInit(
  'ImportError',
  (self, args, kwargs) => {
    self.setMember('name', kwargs.get('name') ?? None);
    self.setMember('path', kwargs.get('path') ?? None);
    self.setMember('msg', args.length === 1 ? args[0]! : None);
  },
  ['name', 'path'],
);
defineMethod(exceptionTypeNamed('ImportError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const msg = self.getMember('msg');
  if (msg !== undefined && msg !== None) return pyStr(msg);
  return exceptionStr(self);
});

for (const member of ['errno', 'strerror', 'filename', 'filename2', 'winerror'])
  defineMember('OSError', member);
defineInit('OSError', (self, args) => {
  if (args.length >= 2 && args.length <= 5) {
    self.setMember('errno', args[0]!);
    self.setMember('strerror', args[1]!);
    const filename = args[2];
    if (filename !== undefined && filename !== None) {
      if (self.cls === exceptionTypeNamed('BlockingIOError') && isNumber(filename)) {
        // BlockingIOError(errno, strerror, characters_written): the args tuple is kept.
        self.setMember('characters_written', indexValue(filename));
      } else {
        self.setMember('filename', filename);
        if (args.length >= 5) self.setMember('filename2', args[4]!);
        // filename, winerror and filename2 leave args (CPython's compatibility rule).
        self.args = new PyTuple([args[0]!, args[1]!]);
      }
    }
  }
});
/** PyNumber_Check: an int, bool, float or complex, or an object with __index__/__int__/__float__. */
function isNumber(value: PyValue): boolean {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return true;
  }
  const type = typeOf(value);
  return (
    type.lookup('__index__') !== undefined ||
    type.lookup('__int__') !== undefined ||
    type.lookup('__float__') !== undefined ||
    type.lookup('__complex__') !== undefined
  );
}

defineGetSet(
  exceptionTypeNamed('BlockingIOError'),
  'characters_written',
  (obj) => {
    const written = exc(obj).getMember('characters_written');
    if (written === undefined) throw pyError('AttributeError', 'characters_written');
    return written;
  },
  (obj, value) => {
    const self = exc(obj);
    if (value === undefined) {
      if (self.getMember('characters_written') === undefined) {
        throw pyError('AttributeError', 'characters_written');
      }
      self.deleteMember('characters_written');
      return;
    }
    self.setMember('characters_written', indexValue(value));
  },
);
defineMethod(exceptionTypeNamed('OSError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const errno = self.getMember('errno');
  const strerror = self.getMember('strerror');
  const filename = self.getMember('filename');
  const filename2 = self.getMember('filename2');
  if (filename !== undefined && filename !== None) {
    if (filename2 !== undefined && filename2 !== None) {
      return `[Errno ${pyStr(errno ?? None)}] ${pyStr(strerror ?? None)}: ${pyRepr(filename)} -> ${pyRepr(filename2)}`;
    }
    return `[Errno ${pyStr(errno ?? None)}] ${pyStr(strerror ?? None)}: ${pyRepr(filename)}`;
  }
  if (errno !== undefined && errno !== None && strerror !== undefined && strerror !== None) {
    return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
  }
  return exceptionStr(self);
});

const SYNTAX_MEMBERS = [
  'msg',
  'filename',
  'lineno',
  'offset',
  'text',
  'end_lineno',
  'end_offset',
  'print_file_and_line',
];
for (const member of SYNTAX_MEMBERS) defineMember('SyntaxError', member);
defineInit('SyntaxError', (self, args) => {
  if (args.length >= 1) self.setMember('msg', args[0]!);
  if (args.length === 2) {
    const info = iterableToArray(args[1]!);
    if (info.length < 4 || info.length > 6) throw typeError('function takes at most 6 arguments');
    const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    info.forEach((value, index) => {
      self.setMember(names[index]!, value);
    });
  }
});
defineMethod(exceptionTypeNamed('SyntaxError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const text = pyStr(self.getMember('msg') ?? None);
  const filename = self.getMember('filename');
  const lineno = self.getMember('lineno');
  const file = typeof filename === 'string' ? filename.split('/').pop()! : null;
  const line = lineno !== undefined && intValueOf(lineno) !== undefined ? pyStr(lineno) : null;
  if (file !== null && line !== null) return `${text} (${file}, line ${line})`;
  if (file !== null) return `${text} (${file})`;
  if (line !== null) return `${text} (line ${line})`;
  return text;
});

for (const member of ['encoding', 'object', 'start', 'end', 'reason']) {
  defineMember('UnicodeDecodeError', member);
  defineMember('UnicodeEncodeError', member);
  defineMember('UnicodeTranslateError', member);
}
defineInit('UnicodeDecodeError', (self, args) => storeUnicodeMembers(self, args));
defineInit('UnicodeEncodeError', (self, args) => storeUnicodeMembers(self, args));
defineInit('UnicodeTranslateError', (self, args) => {
  if (args.length !== 4)
    throw typeError(`function takes exactly 4 arguments (${args.length} given)`);
  storeUnicodeMembers(self, [None, ...args]);
});
function storeUnicodeMembers(self: PyBaseException, args: PyValue[]): void {
  if (args.length !== 5)
    throw typeError(`function takes exactly 5 arguments (${args.length} given)`);
  ['encoding', 'object', 'start', 'end', 'reason'].forEach((name, index) => {
    self.setMember(name, args[index]!);
  });
}

/** A code point as CPython's Unicode errors show it: \xNN, \uNNNN or \UNNNNNNNN. */
function escapedCodePoint(point: number): string {
  return point <= 0xff
    ? `\\x${point.toString(16).padStart(2, '0')}`
    : point <= 0xffff
      ? `\\u${point.toString(16).padStart(4, '0')}`
      : `\\U${point.toString(16).padStart(8, '0')}`;
}

defineMethod(exceptionTypeNamed('UnicodeTranslateError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const points = [...(strValueOf(self.getMember('object') ?? '') ?? '')];
  const start = Number(intValueOf(self.getMember('start') ?? 0) ?? 0);
  const end = Number(intValueOf(self.getMember('end') ?? 0) ?? 0);
  const reason = pyStr(self.getMember('reason') ?? None);
  if (start < points.length && end === start + 1) {
    const point = points[start]!.codePointAt(0) ?? 0;
    return `can't translate character '${escapedCodePoint(point)}' in position ${start}: ${reason}`;
  }
  return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
});
defineMethod(exceptionTypeNamed('UnicodeDecodeError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const object = self.getMember('object');
  const start = Number(intValueOf(self.getMember('start') ?? 0) ?? 0);
  const end = Number(intValueOf(self.getMember('end') ?? 0) ?? 0);
  const encoding = pyStr(self.getMember('encoding') ?? None);
  const reason = pyStr(self.getMember('reason') ?? None);
  const data =
    object !== undefined && typeof object === 'object' && 'data' in object
      ? (object.data as Uint8Array)
      : null;
  if (data !== null && start < data.length && end === start + 1) {
    const byte = data[start] ?? 0;
    return `'${encoding}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
});
defineMethod(exceptionTypeNamed('UnicodeEncodeError'), '__str__', (args) => {
  const self = exc(args[0]!);
  const points = [...(strValueOf(self.getMember('object') ?? '') ?? '')];
  const start = Number(intValueOf(self.getMember('start') ?? 0) ?? 0);
  const end = Number(intValueOf(self.getMember('end') ?? 0) ?? 0);
  const encoding = pyStr(self.getMember('encoding') ?? None);
  const reason = pyStr(self.getMember('reason') ?? None);
  if (start < points.length && end === start + 1) {
    const hex = escapedCodePoint(points[start]!.codePointAt(0) ?? 0);
    return `'${encoding}' codec can't encode character '${hex}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
});

// Exception groups --------------------------------------------------------------------------------

const baseGroupType = exceptionTypeNamed('BaseExceptionGroup');

/** Builds an exception group of `cls` after checking its arguments as CPython does. */
export function makeExceptionGroup(
  cls: PyType,
  message: PyValue,
  exceptions: PyValue,
): PyExceptionGroup {
  const text = strValueOf(message);
  if (text === undefined) throw typeError(`argument 1 must be str, not ${typeName(message)}`);
  if (exceptions instanceof PyBaseException || typeof exceptions !== 'object') {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const items = iterableToArray(exceptions);
  if (items.length === 0)
    throw valueError('second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  for (const [index, item] of items.entries()) {
    if (!(item instanceof PyBaseException)) {
      throw valueError(`Item ${index} of second argument (exceptions) is not an exception`);
    }
    if (!isInstanceOf(item, exceptionTypeNamed('Exception'))) allExceptions = false;
  }
  let type = cls;
  if (cls === baseGroupType && allExceptions) type = exceptionGroupType;
  else if (!allExceptions && cls.isSubtypeOf(exceptionTypeNamed('Exception'))) {
    throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  }
  const group = new PyExceptionGroup(
    type,
    new PyTuple([message, exceptions]),
    text,
    new PyTuple(items),
  );
  initInstanceStorage(group, type);
  return group;
}

const groupNew = makeNativeFunction('BaseExceptionGroup', '__new__', (args, kwnames) => {
  // PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__"): positional only, keywords ignored.
  const positional = positionalArgs(args, kwnames);
  if (positional.length !== 2) {
    throw typeError(
      `BaseExceptionGroup.__new__() takes exactly 2 arguments (${positional.length} given)`,
    );
  }
  const message = positional[0]!;
  if (strValueOf(message) === undefined) {
    throw typeError(
      `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`,
    );
  }
  return makeExceptionGroup(args[0] as PyType, message, positional[1]!);
});
baseGroupType.setAttr('__new__', groupNew);
defineMethod(baseGroupType, '__init__', () => None);
defineMethod(baseGroupType, '__str__', (args) => {
  const group = args[0] as PyExceptionGroup;
  const count = group.exceptions.items.length;
  return `${group.message} (${count} sub-exception${count === 1 ? '' : 's'})`;
});
defineGetSet(baseGroupType, 'message', (obj) => (obj as PyExceptionGroup).message);
defineGetSet(baseGroupType, 'exceptions', (obj) => (obj as PyExceptionGroup).exceptions);
defineMethod(baseGroupType, 'derive', (args) =>
  makeExceptionGroup(baseGroupType, (args[0] as PyExceptionGroup).message, args[1]!),
);

/** A predicate for split/subgroup: a type, a tuple of types, or a callable. */
export function groupMatcher(condition: PyValue): (exc: PyBaseException) => boolean {
  if (condition instanceof PyType) return (e) => e.cls.isSubtypeOf(condition);
  if (condition instanceof PyTuple) {
    return (e) => condition.items.some((type) => type instanceof PyType && e.cls.isSubtypeOf(type));
  }
  return (e) => callObject(condition, [e]) === true;
}

/** Copies traceback, cause, context and notes from a group to a group derived from it. */
function copyGroupMetadata(from: PyExceptionGroup, to: PyExceptionGroup): void {
  to.traceback = from.traceback;
  to.cause = from.cause;
  to.context = from.context;
  to.suppressContext = from.suppressContext;
  const notes = from.dict?.getStr('__notes__');
  if (notes !== undefined) {
    if (to.dict === null) to.dict = new PyDict();
    to.dict.setStr('__notes__', notes);
  }
}

/** `group.split(condition)`: [matching part or null, rest or null], keeping the nesting. */
export function splitGroup(
  group: PyBaseException,
  matches: (exc: PyBaseException) => boolean,
): [PyBaseException | null, PyBaseException | null] {
  if (matches(group)) return [group, null];
  if (!(group instanceof PyExceptionGroup)) return [null, group];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const item of group.exceptions.items) {
    const [match, remainder] = splitGroup(item as PyBaseException, matches);
    if (match !== null) matched.push(match);
    if (remainder !== null) rest.push(remainder);
  }
  const derive = (items: PyBaseException[]): PyBaseException | null => {
    if (items.length === 0) return null;
    const derived = callObject(getDerive(group), [new PyList(items)]);
    if (!(derived instanceof PyExceptionGroup))
      throw typeError('derive must return an instance of BaseExceptionGroup');
    copyGroupMetadata(group, derived);
    return derived;
  };
  return [derive(matched), derive(rest)];
}

import { getAttr } from './protocol-attr.js';

function getDerive(group: PyBaseException): PyValue {
  return getAttr(group, 'derive');
}

defineMethod(baseGroupType, 'split', (args) => {
  const [match, rest] = splitGroup(args[0] as PyExceptionGroup, groupMatcher(args[1]!));
  return new PyTuple([match ?? None, rest ?? None]);
});
defineMethod(baseGroupType, 'subgroup', (args) => {
  const [match] = splitGroup(args[0] as PyExceptionGroup, groupMatcher(args[1]!));
  return match ?? None;
});

/** The exception types by name, for the builtins module. */
export function builtinExceptionTypes(): ReadonlyMap<string, PyType> {
  return EXCEPTION_TYPES;
}
