// The Python objects of the `re` module: the types re.Pattern, re.Match, _sre.SRE_Scanner and
// re.error, their TS layouts, and the glue from engine values and errors to Python values.
// Methods live in re-py-pattern.ts and re-py-match.ts.

import { makeBuiltinType } from '../../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../../objects/bytes.js';
import { PyDict } from '../../objects/dict.js';
import { pyError, typeError } from '../../objects/errors.js';
import { exceptionTypeNamed, PyBaseException } from '../../objects/exceptions.js';
import { makeGenericAlias } from '../../objects/generic-alias.js';
import { initInstanceStorage } from '../../objects/instance.js';
import { intValueOf } from '../../objects/int-type.js';
import { defineMethod, makeNativeFunction } from '../../objects/native-function.js';
import { indexValue } from '../../objects/protocol-number.js';
import { PyObject, type PyValue } from '../../objects/py-object.js';
import type { PyType } from '../../objects/py-type.js';
import { PythonError } from '../../objects/python-error.js';
import { rt } from '../../objects/runtime.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { PyTuple } from '../../objects/tuple.js';
import { typeName } from '../../objects/type-of.js';
import type { RegexProgram } from './re-compiler.js';
import { prepareSubject, type RegexSubject, sliceSubject } from './re-engine.js';
import { RegexError } from './re-error.js';
import type { RegexScanner } from './re-iterate.js';
import type { RegexLimits } from './re-state.js';
import type { RegexTemplate } from './re-template.js';

/** `re.Pattern`. */
export const patternType = makeBuiltinType('Pattern', undefined, {
  module: 're',
  subclassable: false,
});
/** `re.Match`. */
export const matchType = makeBuiltinType('Match', undefined, { module: 're', subclassable: false });
/** `_sre.SRE_Scanner`: what `Pattern.scanner()` returns and `finditer` iterates. */
export const scannerType = makeBuiltinType('SRE_Scanner', undefined, {
  module: '_sre',
  subclassable: false,
});
/** `re.error`: an Exception subclass with msg, pattern, pos, lineno, colno. */
export const regexErrorType = makeBuiltinType('error', exceptionTypeNamed('Exception'), {
  module: 're',
  hasDict: true,
});
regexErrorType.isExceptionType = true;
regexErrorType.layout = exceptionTypeNamed('Exception').layout;

// `re.Pattern[str]` in annotations. A plain function: subscription passes the class itself.
for (const type of [patternType, matchType]) {
  const classGetItem = makeNativeFunction(`re.${type.name}`, '__class_getitem__', (args) =>
    makeGenericAlias(type, args[args.length - 1]!),
  );
  type.setAttr('__class_getitem__', classGetItem);
}

/** A compiled pattern. */
export class PyPattern extends PyObject {
  /** The engine program (plain data). */
  readonly program: RegexProgram;
  /** `Pattern.pattern`: the str or bytes the pattern was compiled from. */
  readonly source: PyValue;
  /** `groupindex` as a dict, made on first use. */
  groupindexDict: PyDict | null = null;
  /** Parsed replacement templates by template text (bounded). */
  readonly templates: Map<string, RegexTemplate> = new Map();

  constructor(program: RegexProgram, source: PyValue) {
    super(patternType);
    this.program = program;
    this.source = source;
  }
}

/** A match: spans of all groups over the subject. */
export class PyMatch extends PyObject {
  readonly pattern: PyPattern;
  /** `Match.string`: the object searched. */
  readonly string: PyValue;
  readonly subject: RegexSubject;
  /** Group spans in code points, -1 for groups that did not take part. */
  readonly regs: Int32Array;
  /** `lastindex`, -1 for None. */
  readonly lastindex: number;
  readonly pos: number;
  readonly endpos: number;

  constructor(
    pattern: PyPattern,
    string: PyValue,
    subject: RegexSubject,
    regs: Int32Array,
    lastindex: number,
    pos: number,
    endpos: number,
  ) {
    super(matchType);
    this.pattern = pattern;
    this.string = string;
    this.subject = subject;
    this.regs = regs;
    this.lastindex = lastindex;
    this.pos = pos;
    this.endpos = endpos;
  }
}

/** An iteration over matches (`Pattern.scanner`, behind `finditer`). */
export class PyScanner extends PyObject {
  readonly pattern: PyPattern;
  readonly string: PyValue;
  readonly state: RegexScanner;
  readonly pos: number;

  constructor(pattern: PyPattern, string: PyValue, state: RegexScanner, pos: number) {
    super(scannerType);
    this.pattern = pattern;
    this.string = string;
    this.state = state;
    this.pos = pos;
  }
}

/** Regex steps per charged VM instruction (a step is much cheaper than a bytecode instruction). */
const STEPS_PER_INSTRUCTION = 4;

function chargeSteps(steps: number): void {
  rt().chargeBudget(Math.ceil(steps / STEPS_PER_INSTRUCTION));
}

function reserveBytes(bytes: number): void {
  rt().checkAllocation(bytes);
}

/** The limits every engine call of the module runs under: the run's budget and memory limit. */
export const MODULE_LIMITS: RegexLimits = { charge: chargeSteps, reserveBytes };

function lineAndColumn(pattern: string | Uint8Array, pos: number): [number, number, boolean] {
  const units: number[] =
    typeof pattern === 'string' ? Array.from(pattern, (ch) => ch.codePointAt(0)!) : [...pattern];
  let lineno = 1;
  let lastNewline = -1;
  for (let i = 0; i < pos && i < units.length; i++) {
    if (units[i] === 10) {
      lineno++;
      lastNewline = i;
    }
  }
  return [lineno, pos - lastNewline, units.includes(10)];
}

/** Fills a re.error instance the way `re.error.__init__(msg, pattern, pos)` does. */
export function initRegexError(
  exc: PyBaseException,
  msg: PyValue,
  pattern: PyValue,
  pos: PyValue,
): void {
  let text = msg;
  let lineno: PyValue = None;
  let colno: PyValue = None;
  const patternText = strValueOf(pattern);
  const patternBytes =
    pattern instanceof PyBytes
      ? pattern.data
      : pattern instanceof PyByteArray
        ? pattern.bytes()
        : undefined;
  const source = patternText ?? patternBytes;
  if (pattern !== None && pos !== None && source !== undefined) {
    const position = Number(indexValue(pos));
    text = `${strValueOf(msg) ?? ''} at position ${position}`;
    const [line, column, multiline] = lineAndColumn(source, position);
    lineno = line;
    colno = column;
    if (multiline) text = `${text} (line ${line}, column ${column})`;
  }
  exc.args = new PyTuple([text]);
  const dict = exc.dict ?? new PyDict();
  exc.dict = dict;
  dict.setStr('msg', msg);
  dict.setStr('pattern', pattern);
  dict.setStr('pos', pos);
  dict.setStr('lineno', lineno);
  dict.setStr('colno', colno);
}

defineMethod(regexErrorType, '__init__', (args, kwnames) => {
  const self = args[0];
  if (!(self instanceof PyBaseException)) throw typeError('descriptor requires an exception');
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const values: PyValue[] = [None, None, None];
  const positional = args.length - 1 - kwCount;
  if (positional > 3) {
    throw typeError(
      `error.__init__() takes from 2 to 4 positional arguments but ${positional + 1} were given`,
    );
  }
  for (let i = 0; i < positional; i++) values[i] = args[1 + i]!;
  const names = ['msg', 'pattern', 'pos'];
  for (let k = 0; k < kwCount; k++) {
    const slot = names.indexOf(kwnames![k]!);
    if (slot < 0) {
      throw typeError(`error.__init__() got an unexpected keyword argument '${kwnames![k]}'`);
    }
    values[slot] = args[args.length - kwCount + k]!;
  }
  if (positional === 0 && !kwnames?.includes('msg')) {
    throw typeError("error.__init__() missing 1 required positional argument: 'msg'");
  }
  initRegexError(self, values[0]!, values[1]!, values[2]!);
  return None;
});

function toPythonPattern(pattern: string | Uint8Array | null): PyValue {
  if (pattern === null) return None;
  return typeof pattern === 'string' ? pattern : new PyBytes(pattern);
}

/** A PythonError carrying a new re.error made from an engine RegexError. */
export function regexErrorToPython(err: RegexError): PythonError {
  const exc = new PyBaseException(regexErrorType, PyTuple.EMPTY);
  initInstanceStorage(exc, regexErrorType);
  initRegexError(exc, err.msg, toPythonPattern(err.pattern), err.pos ?? None);
  return new PythonError('error', err.message, exc);
}

/**
 * Runs engine code, turning its errors into Python exceptions: RegexError becomes re.error, and a
 * bare PythonError (ValueError, OverflowError…) gets its exception object.
 */
export function withPythonErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof RegexError) throw regexErrorToPython(err);
    if (err instanceof PythonError && err.exception === null) {
      throw pyError(err.typeName, err.message);
    }
    throw err;
  }
}

/** The text or bytes of a subject argument, with CPython's TypeErrors. */
export function subjectOf(pattern: PyPattern, value: PyValue): RegexSubject {
  const text = strValueOf(value);
  if (text !== undefined) {
    if (pattern.program.isBytes)
      throw typeError('cannot use a bytes pattern on a string-like object');
    rt().checkAllocation(text.length * 4);
    return prepareSubject(text);
  }
  let data: Uint8Array;
  if (value instanceof PyBytes) data = value.data;
  else if (value instanceof PyByteArray) data = value.bytes().slice();
  else throw typeError(`expected string or bytes-like object, got '${typeName(value)}'`);
  if (!pattern.program.isBytes)
    throw typeError('cannot use a string pattern on a bytes-like object');
  rt().checkAllocation(data.length * 4);
  return prepareSubject(data);
}

/** A slice of the subject as a Python value (str, or bytes for bytes-like subjects). */
export function subjectSlice(subject: RegexSubject, start: number, end: number): PyValue {
  const slice = sliceSubject(subject, start, end);
  return typeof slice === 'string' ? slice : new PyBytes(slice);
}

/** The value of group `index` of a match, or `fallback` when the group did not take part. */
export function groupValue(match: PyMatch, index: number, fallback: PyValue): PyValue {
  const start = match.regs[index * 2]!;
  if (start < 0) return fallback;
  return subjectSlice(match.subject, start, match.regs[index * 2 + 1]!);
}

const SSIZE_MAX = 0x7fffffffffffffffn;

/** A Py_ssize_t argument (pos, endpos, count, maxsplit): TypeError or OverflowError as CPython. */
export function ssizeArg(value: PyValue | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const int = intValueOf(value) ?? indexValue(value);
  if (typeof int === 'number') return int;
  if (int > SSIZE_MAX || int < -SSIZE_MAX - 1n) {
    throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(int);
}

/** Truncates a repr to `width` code points, as `%.<width>R` does. */
export function truncateRepr(text: string, width: number): string {
  const points = Array.from(text);
  return points.length <= width ? text : points.slice(0, width).join('');
}

/** The type of a value, for messages. */
export function describeType(value: PyValue): string {
  return typeName(value);
}

/** Marks a type object (for the registry of the module). */
export type RegexType = PyType;
