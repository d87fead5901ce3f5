// The built-in `sys` module: argv, version info, limits, sys.modules/path, the standard streams
// (writing to the interpreter's output sinks), exc_info/exception, exit, int string limits.

import { checkArity, methodOneArg } from '../objects/args.js';
import { makeBuiltinType } from '../objects/builtin-types.js';
import { PyBytes } from '../objects/bytes.js';
import { PyComplex } from '../objects/complex.js';
import { PyDict } from '../objects/dict.js';
import { pyErrorWithArgs, typeError, valueError } from '../objects/errors.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { intValueOf } from '../objects/int-type.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { defineGetSet, defineMethod, makeNativeFunction } from '../objects/native-function.js';
import { callUnbound } from '../objects/protocol-call.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import { indexValue } from '../objects/protocol-number.js';
import { pyRepr, pyStr } from '../objects/protocol-repr.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';
import { PyRange } from '../objects/range.js';
import { PyAnySet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';
import { frameObjectFor } from '../vm/frame-object.js';
import { currentInterpreter, type Interpreter, type OutputSink } from '../vm/interpreter.js';
import { registeredModuleNames } from './registry.js';

/** `_io.TextIOWrapper`-like type of sys.stdout/stderr/stdin. */
export const textStreamType = makeBuiltinType('TextIOWrapper', undefined, { module: '_io' });

/** A text stream backed by an output sink (stdout/stderr) or an input string (stdin). */
export class PyTextStream extends PyObject {
  declare readonly streamName: string;
  declare readonly sink: OutputSink | null;
  declare readonly mode: string;

  constructor(streamName: string, sink: OutputSink | null, mode: string) {
    super(textStreamType);
    this.streamName = streamName;
    this.sink = sink;
    this.mode = mode;
  }
}

function stream(args: readonly PyValue[]): PyTextStream {
  const value = args[0];
  if (!(value instanceof PyTextStream)) throw typeError('descriptor requires a TextIOWrapper');
  return value;
}

defineMethod(textStreamType, 'write', (args, kwnames) => {
  const text = methodOneArg('write', args, kwnames);
  const self = stream(args);
  const value = strValueOf(text);
  if (value === undefined) throw typeError(`write() argument must be str, not ${typeName(text)}`);
  if (self.sink === null) throw pyErrorWithArgs(exceptionTypeNamed('OSError'), ['not writable']);
  self.sink.write(value);
  return value.length;
});
defineMethod(textStreamType, 'writelines', (args) => {
  const self = stream(args);
  for (const line of iterableToArray(args[1]!)) {
    const value = strValueOf(line);
    if (value === undefined) throw typeError(`write() argument must be str, not ${typeName(line)}`);
    self.sink?.write(value);
  }
  return None;
});
defineMethod(textStreamType, 'flush', () => None);
defineMethod(textStreamType, 'isatty', () => false);
defineMethod(textStreamType, 'readable', (args) => stream(args).sink === null);
defineMethod(textStreamType, 'writable', (args) => stream(args).sink !== null);
defineMethod(textStreamType, 'fileno', (args) =>
  stream(args).streamName === '<stdin>' ? 0 : stream(args).streamName === '<stdout>' ? 1 : 2,
);
defineMethod(textStreamType, 'readline', () => readStdinLine(currentInterpreter(), true) ?? '');
defineMethod(textStreamType, 'read', (args) => {
  const interp = currentInterpreter();
  const size = args[1] === undefined || args[1] === None ? -1 : Number(indexValue(args[1]));
  const text = interp.stdinText;
  if (size < 0 || size >= text.length) {
    interp.stdinText = '';
    return text;
  }
  interp.stdinText = text.slice(size);
  return text.slice(0, size);
});
defineMethod(textStreamType, 'readlines', () => {
  const interp = currentInterpreter();
  const lines: PyValue[] = [];
  for (let line = readStdinLine(interp, true); line !== null; line = readStdinLine(interp, true))
    lines.push(line);
  return new PyList(lines);
});
defineMethod(textStreamType, '__iter__', (args) => args[0]!);
defineMethod(textStreamType, '__next__', () => {
  const line = readStdinLine(currentInterpreter(), true);
  if (line === null) throw pyErrorWithArgs(exceptionTypeNamed('StopIteration'), []);
  return line;
});
defineMethod(textStreamType, '__enter__', (args) => args[0]!);
defineMethod(textStreamType, '__exit__', () => None);
defineMethod(textStreamType, 'close', () => None);
defineMethod(textStreamType, '__repr__', (args) => {
  const self = stream(args);
  return `<_io.TextIOWrapper name='${self.streamName}' mode='${self.mode}' encoding='utf-8'>`;
});
defineGetSet(textStreamType, 'name', (obj) => (obj as PyTextStream).streamName);
defineGetSet(textStreamType, 'mode', (obj) => (obj as PyTextStream).mode);
defineGetSet(textStreamType, 'encoding', () => 'utf-8');
defineGetSet(textStreamType, 'closed', () => false);

/** Reads one line of standard input (with its newline when `keepNewline`), or null at EOF. */
export function readStdinLine(interp: Interpreter, keepNewline: boolean): string | null {
  const text = interp.stdinText;
  if (text.length === 0) return null;
  const newline = text.indexOf('\n');
  if (newline < 0) {
    interp.stdinText = '';
    return text;
  }
  interp.stdinText = text.slice(newline + 1);
  return keepNewline ? text.slice(0, newline + 1) : text.slice(0, newline);
}

/** A struct-sequence type (`sys.version_info`, `sys.float_info`): a tuple with named fields. */
function makeStructSequence(name: string, fields: readonly string[], registry: string): PyType {
  const type = makeBuiltinType(name, tupleTypeOf(), {
    module: 'sys',
    registryName: registry,
    subclassable: false,
  });
  fields.forEach((field, index) => {
    defineGetSet(type, field, (obj) => (obj as PyTuple).items[index]!);
  });
  defineMethod(type, '__repr__', (args) => {
    const items = (args[0] as PyTuple).items;
    return `sys.${name}(${fields.map((field, index) => `${field}=${pyRepr(items[index]!)}`).join(', ')})`;
  });
  return type;
}

import { tupleType } from '../objects/builtin-types.js';

function tupleTypeOf(): PyType {
  return tupleType;
}

const versionInfoType = makeStructSequence(
  'version_info',
  ['major', 'minor', 'micro', 'releaselevel', 'serial'],
  'type:sys.version_info',
);
const floatInfoType = makeStructSequence(
  'float_info',
  [
    'max',
    'max_exp',
    'max_10_exp',
    'min',
    'min_exp',
    'min_10_exp',
    'dig',
    'mant_dig',
    'epsilon',
    'radix',
    'rounds',
  ],
  'type:sys.float_info',
);
const intInfoType = makeStructSequence(
  'int_info',
  ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
  'type:sys.int_info',
);
const hashInfoType = makeStructSequence(
  'hash_info',
  ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
  'type:sys.hash_info',
);

const exitFunction = makeNativeFunction('sys', 'exit', (args, kwnames) => {
  checkArity('exit', args, kwnames, 0, 1);
  // Like CPython's PyErr_SetObject: a None status makes SystemExit() with no arguments.
  const status = args.length === 0 || args[0] === None ? [] : [args[0]!];
  throw pyErrorWithArgs(exceptionTypeNamed('SystemExit'), status);
});
const getRecursionLimit = makeNativeFunction(
  'sys',
  'getrecursionlimit',
  () => currentInterpreter().recursionLimit,
);
const setRecursionLimit = makeNativeFunction('sys', 'setrecursionlimit', (args, kwnames) => {
  checkArity('setrecursionlimit', args, kwnames, 1, 1);
  const value = intValueOf(args[0]!);
  if (value === undefined)
    throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
  if (value < 1) throw valueError('recursion limit must be greater or equal than 1');
  const interp = currentInterpreter();
  const limit = Number(value);
  if (limit <= interp.depth) {
    throw pyErrorWithArgs(exceptionTypeNamed('RecursionError'), [
      `cannot set the recursion limit to ${limit} at the recursion depth ${interp.depth}: the limit is too low`,
    ]);
  }
  interp.recursionLimit = limit;
  return None;
});
const excInfo = makeNativeFunction('sys', 'exc_info', () => {
  const exc = currentInterpreter().currentException();
  if (exc === null) return new PyTuple([None, None, None]);
  return new PyTuple([exc.cls, exc, exc.traceback ?? None]);
});
const exception = makeNativeFunction(
  'sys',
  'exception',
  () => currentInterpreter().currentException() ?? None,
);
const getMaxDigits = makeNativeFunction(
  'sys',
  'get_int_max_str_digits',
  () => currentInterpreter().intMaxStrDigits,
);
const setMaxDigits = makeNativeFunction('sys', 'set_int_max_str_digits', (args, kwnames) => {
  checkArity('set_int_max_str_digits', args, kwnames, 1, 1);
  const value = Number(indexValue(args[0]!));
  if (value !== 0 && value < 640) {
    throw valueError('maxdigits must be 0 or larger than 640');
  }
  currentInterpreter().intMaxStrDigits = value;
  return None;
});
/** `sys.getsizeof` of CPython 3.11 on 64-bit Linux for the built-in types (exact where it is fixed). */
export function sizeOf(value: PyValue): number {
  if (typeof value === 'boolean') return 28;
  const int = intValueOf(value);
  if (int !== undefined && typeof value !== 'object') {
    const bits =
      int === 0
        ? 1
        : typeof int === 'number'
          ? Math.abs(int).toString(2).length
          : (int < 0n ? -int : int).toString(2).length;
    return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
  }
  if (typeof value === 'string') {
    let widest = 0;
    let length = 0;
    for (const char of value) {
      widest = Math.max(widest, char.codePointAt(0)!);
      length++;
    }
    if (widest < 0x80) return 49 + length;
    if (widest < 0x100) return 73 + length;
    if (widest < 0x10000) return 74 + 2 * length;
    return 76 + 4 * length;
  }
  if (value === None) return 16;
  if (value instanceof PyFloat) return 24;
  if (value instanceof PyTuple) return 40 + 8 * value.items.length;
  if (value instanceof PyList) return 56 + 8 * value.items.length;
  if (value instanceof PyBytes) return 33 + value.data.length;
  if (value instanceof PyDict) {
    const n = value.size;
    if (n === 0) return 64;
    let size = 8;
    while ((size * 2) / 3 < n) size *= 2;
    return 96 + size + Math.floor((size * 2) / 3) * 24;
  }
  if (value instanceof PyAnySet) {
    const capacity = value.table.capacity;
    return capacity <= 8 ? 216 : 216 + 16 * capacity;
  }
  if (value instanceof PyComplex) return 32;
  if (value instanceof PyRange) return 48;
  return 56;
}

const getSizeOf = makeNativeFunction('sys', 'getsizeof', (args, kwnames) => {
  checkArity('getsizeof', args, kwnames, 1, 2);
  const value = args[0]!;
  const method = typeOf(value).lookup('__sizeof__');
  if (typeof value === 'object' && typeOf(value).isHeapType && method !== undefined) {
    const result = intValueOf(callUnbound(method, value, []));
    if (result === undefined) throw typeError('an integer is required');
    return Number(result) + 16;
  }
  return sizeOf(value);
});
const intern = makeNativeFunction('sys', 'intern', (args) => {
  if (typeof args[0] !== 'string')
    throw typeError(`intern() argument must be str, not ${typeName(args[0]!)}`);
  return args[0];
});
const getFrame = makeNativeFunction('sys', '_getframe', (args, kwnames) => {
  checkArity('_getframe', args, kwnames, 0, 1);
  let depth = args.length > 0 ? Number(indexValue(args[0]!)) : 0;
  let frame = currentInterpreter().frame;
  while (depth > 0 && frame !== null) {
    frame = frame.parent;
    depth--;
  }
  if (frame === null) throw valueError('call stack is not deep enough');
  return frameObjectFor(frame);
});
const getDefaultEncoding = makeNativeFunction('sys', 'getdefaultencoding', () => 'utf-8');
const getFilesystemEncoding = makeNativeFunction('sys', 'getfilesystemencoding', () => 'utf-8');
const displayHook = makeNativeFunction('sys', 'displayhook', (args) => {
  const value = args[0]!;
  if (value === None) return None;
  const interp = currentInterpreter();
  interp.builtins.setStr('_', None);
  const out = interp.sysModule.dict.getStr('stdout');
  if (out instanceof PyTextStream && out.sink !== null) out.sink.write(`${pyRepr(value)}\n`);
  interp.builtins.setStr('_', value);
  return None;
});

/** Makes the `sys` module of an interpreter. */
export function makeSysModule(interp: Interpreter): PyModule {
  const module = new PyModule('sys');
  const dict = module.dict;
  const argv = interp.options.argv ?? [''];
  dict.setStr('__doc__', None);
  dict.setStr('argv', new PyList(argv.slice()));
  dict.setStr('orig_argv', new PyList(['python3', ...argv]));
  dict.setStr('version', '3.11.7 (main, Pyex) [TypeScript]');
  dict.setStr('version_info', new PyTuple([3, 11, 7, 'final', 0], versionInfoType));
  dict.setStr('hexversion', 0x030b07f0);
  dict.setStr('api_version', 1013);
  dict.setStr('implementation', None);
  dict.setStr('platform', 'linux');
  dict.setStr('byteorder', 'little');
  dict.setStr('maxsize', 2n ** 63n - 1n);
  dict.setStr('maxunicode', 0x10ffff);
  dict.setStr('executable', '/usr/bin/python3');
  dict.setStr('prefix', '/usr');
  dict.setStr('exec_prefix', '/usr');
  dict.setStr('copyright', 'Copyright (c) Python Software Foundation.');
  dict.setStr('builtin_module_names', new PyTuple(['builtins', 'sys', ...registeredModuleNames()]));
  dict.setStr('modules', interp.modules);
  dict.setStr('path', new PyList([]));
  dict.setStr('meta_path', new PyList([]));
  dict.setStr('path_hooks', new PyList([]));
  dict.setStr('warnoptions', new PyList([]));
  dict.setStr('dont_write_bytecode', true);
  dict.setStr(
    'float_info',
    new PyTuple(
      [
        newFloat(Number.MAX_VALUE),
        1024,
        308,
        newFloat(2.2250738585072014e-308),
        -1021,
        -307,
        15,
        53,
        newFloat(Number.EPSILON),
        2,
        1,
      ],
      floatInfoType,
    ),
  );
  dict.setStr('int_info', new PyTuple([30, 4, 4300, 640], intInfoType));
  dict.setStr(
    'hash_info',
    new PyTuple([64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0], hashInfoType),
  );
  const stdout = new PyTextStream('<stdout>', interp.options.stdout, 'w');
  const stderr = new PyTextStream('<stderr>', interp.options.stderr, 'w');
  const stdin = new PyTextStream('<stdin>', null, 'r');
  dict.setStr('stdout', stdout);
  dict.setStr('stderr', stderr);
  dict.setStr('stdin', stdin);
  dict.setStr('__stdout__', stdout);
  dict.setStr('__stderr__', stderr);
  dict.setStr('__stdin__', stdin);
  dict.setStr('exit', exitFunction);
  dict.setStr('getrecursionlimit', getRecursionLimit);
  dict.setStr('setrecursionlimit', setRecursionLimit);
  dict.setStr('exc_info', excInfo);
  dict.setStr('exception', exception);
  dict.setStr('get_int_max_str_digits', getMaxDigits);
  dict.setStr('set_int_max_str_digits', setMaxDigits);
  dict.setStr('getsizeof', getSizeOf);
  dict.setStr('_getframe', getFrame);
  dict.setStr('intern', intern);
  dict.setStr('getdefaultencoding', getDefaultEncoding);
  dict.setStr('getfilesystemencoding', getFilesystemEncoding);
  dict.setStr('displayhook', displayHook);
  dict.setStr('__displayhook__', displayHook);
  dict.setStr('flags', None);
  return module;
}

/** sys.path of an interpreter, kept in sync with its import system (set after creation). */
export function linkSysPath(interp: Interpreter): void {
  interp.sysModule.dict.setStr('path', interp.imports.path);
}

/** The `code` of a SystemExit for the process exit status: None → 0, int → it, other → 1 (printed). */
export function systemExitStatus(exc: PyBaseException): { status: number; message: string | null } {
  const code =
    exc.getMember('code') ??
    (exc.args.items.length === 0
      ? None
      : exc.args.items.length === 1
        ? exc.args.items[0]!
        : exc.args);
  if (code === None) return { status: 0, message: null };
  const int = intValueOf(code);
  if (int !== undefined)
    return { status: Number(BigInt.asIntN(32, BigInt(int))) & 0xff, message: null };
  return { status: 1, message: pyStr(code) };
}

/** The current `sys.stdout` object of an interpreter. */
export function sysStdout(interp: Interpreter): PyValue {
  return interp.sysModule.dict.getStr('stdout') ?? None;
}

/** Names of the dict keys (for tests). */
export function sysNames(module: PyModule): string[] {
  return (module.dict as PyDict).liveKeys().filter((key): key is string => typeof key === 'string');
}
