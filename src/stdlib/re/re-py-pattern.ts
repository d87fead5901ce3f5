// Python-visible compile and re.Pattern methods (match, fullmatch, search, findall, finditer, split,
// sub, subn, scanner) over the engine, with CPython's argument handling and messages.

import { bindArgs, checkNoArgs, methodOneArg } from '../../objects/args.js';
import { PyByteArray, PyBytes } from '../../objects/bytes.js';
import { latin1Text } from '../../objects/codec-single-byte.js';
import { PyDict } from '../../objects/dict.js';
import { typeError } from '../../objects/errors.js';
import { PyFunction } from '../../objects/function.js';
import { intValueOf } from '../../objects/int-type.js';
import { CallableIterator } from '../../objects/iterators.js';
import { PyList } from '../../objects/list.js';
import { PyMethod } from '../../objects/method.js';
import {
  bindNative,
  defineGetSet,
  defineMethod,
  PyNativeFunction,
} from '../../objects/native-function.js';
import { callObject } from '../../objects/protocol-call.js';
import { pyEq } from '../../objects/protocol-compare.js';
import { pyHash } from '../../objects/protocol-hash.js';
import type { PyValue } from '../../objects/py-object.js';
import { PyType } from '../../objects/py-type.js';
import { rt } from '../../objects/runtime.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { reprBytes, reprStr } from '../../objects/str-repr.js';
import { strValueOf } from '../../objects/str-type.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyMappingProxy } from '../../objects/type-methods.js';
import { typeName, typeOf } from '../../objects/type-of.js';
import { lookupUnicodeName } from '../../parser/unicode-names.js';
import { compileRegex } from './re-compiler.js';
import { RE_FLAG } from './re-constants.js';
import { clampIndex, regexMatch, regexSearch } from './re-engine.js';
import { createScanner, scannerNext } from './re-iterate.js';
import {
  groupValue,
  MODULE_LIMITS,
  PyMatch,
  PyPattern,
  PyScanner,
  patternType,
  scannerType,
  ssizeArg,
  subjectOf,
  subjectSlice,
  truncateRepr,
  withPythonErrors,
} from './re-py-objects.js';
import {
  expandTemplate,
  parseTemplate,
  type RegexTemplate,
  templateLiteral,
} from './re-template.js';

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** `_sre.compile(pattern, flags)`: compiles a str or bytes pattern (re.error on a bad one). */
export function compilePattern(source: PyValue, flags: PyValue): PyPattern {
  const flagValue = intValueOf(flags);
  if (flagValue === undefined)
    throw typeError(`an integer is required (got type ${typeName(flags)})`);
  const text = strValueOf(source);
  let pattern: string | Uint8Array;
  if (text !== undefined) pattern = text;
  else if (source instanceof PyBytes) pattern = source.data;
  else if (source instanceof PyByteArray) pattern = source.bytes().slice();
  else throw typeError('first argument must be string or compiled pattern');
  const program = withPythonErrors(() =>
    compileRegex(pattern, Number(flagValue), {
      charge: MODULE_LIMITS.charge!,
      lookupCharName: lookupUnicodeName,
    }),
  );
  return new PyPattern(program, text ?? source);
}

function self(value: PyValue | undefined): PyPattern {
  if (!(value instanceof PyPattern)) throw typeError('descriptor requires a re.Pattern object');
  return value;
}

function matchMethod(name: 'match' | 'fullmatch' | 'search') {
  defineMethod(patternType, name, (args, kwnames) => {
    const pattern = self(args[0]);
    const [string, pos, endpos] = bindArgs(
      name,
      args.slice(1),
      kwnames,
      ['string', 'pos', 'endpos'],
      1,
    );
    const subject = subjectOf(pattern, string!);
    const length = subject.chars.length;
    const start = clampIndex(length, ssizeArg(pos, 0));
    const end = clampIndex(length, ssizeArg(endpos, SSIZE_MAX));
    const result = withPythonErrors(() =>
      name === 'search'
        ? regexSearch(pattern.program, subject, start, end, MODULE_LIMITS)
        : regexMatch(pattern.program, subject, start, end, name, MODULE_LIMITS),
    );
    if (result === null) return None;
    return new PyMatch(pattern, string!, subject, result.regs, result.lastindex, start, end);
  });
}
matchMethod('match');
matchMethod('fullmatch');
matchMethod('search');

defineMethod(patternType, 'findall', (args, kwnames) => {
  const pattern = self(args[0]);
  const [string, pos, endpos] = bindArgs(
    'findall',
    args.slice(1),
    kwnames,
    ['string', 'pos', 'endpos'],
    1,
  );
  const subject = subjectOf(pattern, string!);
  const scanner = createScanner(
    pattern.program,
    subject,
    ssizeArg(pos, 0),
    ssizeArg(endpos, SSIZE_MAX),
  );
  const groups = pattern.program.groups;
  const empty: PyValue = pattern.program.isBytes ? new PyBytes(new Uint8Array(0)) : '';
  const out: PyValue[] = [];
  withPythonErrors(() => {
    for (;;) {
      const m = scannerNext(scanner, MODULE_LIMITS);
      if (m === null) break;
      const regs = m.regs;
      if (groups === 0) {
        out.push(subjectSlice(subject, regs[0]!, regs[1]!));
      } else if (groups === 1) {
        out.push(regs[2]! < 0 ? empty : subjectSlice(subject, regs[2]!, regs[3]!));
      } else {
        const items: PyValue[] = [];
        for (let g = 1; g <= groups; g++) {
          items.push(
            regs[g * 2]! < 0 ? empty : subjectSlice(subject, regs[g * 2]!, regs[g * 2 + 1]!),
          );
        }
        out.push(new PyTuple(items));
      }
    }
  });
  return new PyList(out);
});

function scannerFor(name: string, args: PyValue[], kwnames: readonly string[] | null): PyScanner {
  const pattern = self(args[0]);
  const [string, pos, endpos] = bindArgs(
    name,
    args.slice(1),
    kwnames,
    ['string', 'pos', 'endpos'],
    1,
  );
  const subject = subjectOf(pattern, string!);
  const start = ssizeArg(pos, 0);
  const state = createScanner(pattern.program, subject, start, ssizeArg(endpos, SSIZE_MAX));
  return new PyScanner(pattern, string!, state, state.start);
}

defineMethod(patternType, 'scanner', (args, kwnames) => scannerFor('scanner', args, kwnames));

function scannerSelf(value: PyValue | undefined): PyScanner {
  if (!(value instanceof PyScanner))
    throw typeError('descriptor requires a _sre.SRE_Scanner object');
  return value;
}

function scannerStep(scanner: PyScanner, mode: 'search' | 'match'): PyValue {
  const state = scanner.state;
  if (state.done) return None;
  const pattern = scanner.pattern;
  const result = withPythonErrors(() => {
    if (mode === 'search') return scannerNext(state, MODULE_LIMITS);
    if (state.start > state.end) {
      state.done = true;
      return null;
    }
    const found = regexMatch(
      pattern.program,
      state.subject,
      state.start,
      state.end,
      'match',
      MODULE_LIMITS,
      state.mustAdvance,
    );
    if (found === null) state.done = true;
    else {
      state.mustAdvance = found.regs[1] === found.regs[0];
      state.start = found.regs[1]!;
    }
    return found;
  });
  if (result === null) return None;
  return new PyMatch(
    pattern,
    scanner.string,
    state.subject,
    result.regs,
    result.lastindex,
    scanner.pos,
    state.end,
  );
}

const scannerSearch = defineMethod(scannerType, 'search', (args, kwnames) => {
  checkNoArgs('search', args.slice(1), kwnames);
  return scannerStep(scannerSelf(args[0]), 'search');
});
defineMethod(scannerType, 'match', (args, kwnames) => {
  checkNoArgs('match', args.slice(1), kwnames);
  return scannerStep(scannerSelf(args[0]), 'match');
});
defineGetSet(scannerType, 'pattern', (obj) => scannerSelf(obj).pattern);

defineMethod(patternType, 'finditer', (args, kwnames) => {
  const scanner = scannerFor('finditer', args, kwnames);
  return new CallableIterator(bindNative(scannerSearch, scanner), None);
});

defineMethod(patternType, 'split', (args, kwnames) => {
  const pattern = self(args[0]);
  const [string, maxsplitArg] = bindArgs(
    'split',
    args.slice(1),
    kwnames,
    ['string', 'maxsplit'],
    1,
  );
  const subject = subjectOf(pattern, string!);
  const maxsplit = ssizeArg(maxsplitArg, 0);
  const scanner = createScanner(pattern.program, subject);
  const groups = pattern.program.groups;
  const out: PyValue[] = [];
  let last = 0;
  let count = 0;
  withPythonErrors(() => {
    while (maxsplit === 0 || count < maxsplit) {
      const m = scannerNext(scanner, MODULE_LIMITS);
      if (m === null) break;
      out.push(subjectSlice(subject, last, m.regs[0]!));
      for (let g = 1; g <= groups; g++) {
        out.push(
          m.regs[g * 2]! < 0 ? None : subjectSlice(subject, m.regs[g * 2]!, m.regs[g * 2 + 1]!),
        );
      }
      count++;
      last = m.regs[1]!;
    }
  });
  out.push(subjectSlice(subject, last, subject.chars.length));
  return new PyList(out);
});

const MAX_CACHED_TEMPLATES = 64;

/** The parsed template for `repl` (str or bytes), cached on the pattern. */
export function templateFor(pattern: PyPattern, repl: PyValue): RegexTemplate {
  const text = strValueOf(repl);
  let key: string;
  let source: string | Uint8Array;
  if (text !== undefined) {
    key = `s${text}`;
    source = text;
  } else if (repl instanceof PyBytes || repl instanceof PyByteArray) {
    source = repl instanceof PyBytes ? repl.data : repl.bytes().slice();
    key = `b${latin1Text(source)}`;
  } else {
    throw typeError(`decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  }
  const cached = pattern.templates.get(key);
  if (cached !== undefined) return cached;
  const template = withPythonErrors(() => parseTemplate(source, pattern.program));
  if (pattern.templates.size >= MAX_CACHED_TEMPLATES) pattern.templates.clear();
  pattern.templates.set(key, template);
  return template;
}

/** Expands a parsed template for a match, as str or bytes like the template. */
export function expandFor(template: RegexTemplate, match: PyMatch): PyValue {
  const subjectIsBytes = typeof match.subject.text !== 'string';
  if (template.isBytes !== subjectIsBytes) {
    throw typeError(
      subjectIsBytes
        ? 'sequence item 0: expected a bytes-like object, str found'
        : 'sequence item 0: expected str instance, bytes found',
    );
  }
  const text = expandTemplate(template, (g) => {
    const value = groupValue(match, g, None);
    if (value === None) return null;
    return value instanceof PyBytes ? latin1Text(value.data) : (value as string);
  });
  return template.isBytes ? new PyBytes(Uint8Array.from(text, (ch) => ch.charCodeAt(0))) : text;
}

function isCallable(value: PyValue): boolean {
  // Functions and types are listed explicitly: not every callable type defines `__call__` here.
  return (
    value instanceof PyFunction ||
    value instanceof PyNativeFunction ||
    value instanceof PyMethod ||
    value instanceof PyType ||
    typeOf(value).lookup('__call__') !== undefined
  );
}

function hasBackslash(repl: PyValue): boolean | null {
  const text = strValueOf(repl);
  if (text !== undefined) return text.includes('\\');
  if (repl instanceof PyBytes) return repl.data.includes(0x5c);
  if (repl instanceof PyByteArray) return repl.bytes().includes(0x5c);
  return null;
}

/** Joins sub() pieces as `''.join` / `b''.join` would, with their TypeErrors. */
function joinPieces(pieces: PyValue[], isBytes: boolean): PyValue {
  if (!isBytes) {
    let total = 0;
    for (let i = 0; i < pieces.length; i++) {
      const text = strValueOf(pieces[i]!);
      if (text === undefined) {
        throw typeError(`sequence item ${i}: expected str instance, ${typeName(pieces[i]!)} found`);
      }
      total += text.length;
    }
    rt().checkAllocation(total * 2);
    return pieces.map((piece) => strValueOf(piece)!).join('');
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let data: Uint8Array;
    if (piece instanceof PyBytes) data = piece.data;
    else if (piece instanceof PyByteArray) data = piece.bytes();
    else
      throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(piece)} found`);
    parts.push(data);
    total += data.length;
  }
  rt().checkAllocation(total);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return new PyBytes(out);
}

function subImpl(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): [PyValue, number] {
  const pattern = self(args[0]);
  const [repl, string, countArg] = bindArgs(
    name,
    args.slice(1),
    kwnames,
    ['repl', 'string', 'count'],
    2,
  );
  const subject = subjectOf(pattern, string!);
  const count = ssizeArg(countArg, 0);
  const callable = isCallable(repl!);
  let literal: PyValue | null = null;
  let template: RegexTemplate | null = null;
  if (!callable) {
    if (hasBackslash(repl!) === false) {
      literal = repl!;
    } else {
      template = templateFor(pattern, repl!);
      const plain = templateLiteral(template);
      if (plain !== null) {
        literal = template.isBytes
          ? new PyBytes(Uint8Array.from(plain, (ch) => ch.charCodeAt(0)))
          : plain;
      }
    }
  }
  const isBytes = pattern.program.isBytes;
  const scanner = createScanner(pattern.program, subject);
  const pieces: PyValue[] = [];
  let last = 0;
  let replaced = 0;
  while (count === 0 || replaced < count) {
    const m = withPythonErrors(() => scannerNext(scanner, MODULE_LIMITS));
    if (m === null) break;
    const start = m.regs[0]!;
    if (last < start) pieces.push(subjectSlice(subject, last, start));
    if (literal !== null) {
      pieces.push(literal);
    } else {
      const match = new PyMatch(
        pattern,
        string!,
        subject,
        m.regs,
        m.lastindex,
        0,
        subject.chars.length,
      );
      const item = callable ? callObject(repl!, [match]) : expandFor(template!, match);
      if (item !== None) pieces.push(item);
    }
    last = m.regs[1]!;
    replaced++;
  }
  if (last < subject.chars.length) pieces.push(subjectSlice(subject, last, subject.chars.length));
  if (pieces.length === 0) {
    return [isBytes ? new PyBytes(new Uint8Array(0)) : '', replaced];
  }
  return [joinPieces(pieces, isBytes), replaced];
}

defineMethod(patternType, 'sub', (args, kwnames) => subImpl('sub', args, kwnames)[0]);
defineMethod(patternType, 'subn', (args, kwnames) => new PyTuple(subImpl('subn', args, kwnames)));

defineGetSet(patternType, 'pattern', (obj) => self(obj).source);
defineGetSet(patternType, 'flags', (obj) => self(obj).program.flags);
defineGetSet(patternType, 'groups', (obj) => self(obj).program.groups);
defineGetSet(patternType, 'groupindex', (obj) => {
  const pattern = self(obj);
  if (pattern.groupindexDict === null) {
    const dict = new PyDict();
    for (const [name, index] of pattern.program.groupindex) dict.setStr(name, index);
    pattern.groupindexDict = dict;
  }
  return new PyMappingProxy(pattern.groupindexDict);
});

const FLAG_NAMES: readonly [string, number][] = [
  ['re.TEMPLATE', RE_FLAG.TEMPLATE],
  ['re.IGNORECASE', RE_FLAG.IGNORECASE],
  ['re.LOCALE', RE_FLAG.LOCALE],
  ['re.MULTILINE', RE_FLAG.MULTILINE],
  ['re.DOTALL', RE_FLAG.DOTALL],
  ['re.UNICODE', RE_FLAG.UNICODE],
  ['re.VERBOSE', RE_FLAG.VERBOSE],
  ['re.DEBUG', RE_FLAG.DEBUG],
  ['re.ASCII', RE_FLAG.ASCII],
];

/** `repr(pattern)`: `re.compile('a+', re.IGNORECASE)`. */
export function patternRepr(pattern: PyPattern): string {
  const source = pattern.source;
  const text = strValueOf(source);
  const sourceRepr =
    text !== undefined
      ? reprStr(text)
      : reprBytes(source instanceof PyBytes ? source.data : new Uint8Array(0));
  let flags = pattern.program.flags;
  const typeFlags = RE_FLAG.LOCALE | RE_FLAG.UNICODE | RE_FLAG.ASCII;
  if (text !== undefined && (flags & typeFlags) === RE_FLAG.UNICODE) flags &= ~RE_FLAG.UNICODE;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if ((flags & bit) !== 0) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags !== 0) names.push(`0x${flags.toString(16)}`);
  const shown = truncateRepr(sourceRepr, 200);
  return names.length === 0 ? `re.compile(${shown})` : `re.compile(${shown}, ${names.join('|')})`;
}

defineMethod(patternType, '__repr__', (args) => patternRepr(self(args[0])));

function sameCode(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

defineMethod(patternType, '__eq__', (args) => {
  const left = self(args[0]);
  const right = args[1]!;
  if (!(right instanceof PyPattern)) return NotImplemented;
  if (left === right) return true;
  return (
    left.program.flags === right.program.flags &&
    left.program.isBytes === right.program.isBytes &&
    sameCode(left.program.code, right.program.code) &&
    pyEq(left.source, right.source)
  );
});
defineMethod(patternType, '__ne__', (args) => {
  const right = args[1]!;
  if (!(right instanceof PyPattern)) return NotImplemented;
  const left = self(args[0]);
  return !(
    left === right ||
    (left.program.flags === right.program.flags &&
      left.program.isBytes === right.program.isBytes &&
      sameCode(left.program.code, right.program.code) &&
      pyEq(left.source, right.source))
  );
});
defineMethod(patternType, '__hash__', (args) => {
  const pattern = self(args[0]);
  const hash = pyHash(pattern.source);
  const base = typeof hash === 'number' ? hash : Number(BigInt.asIntN(32, hash));
  return (base ^ pattern.program.flags ^ pattern.program.code.length) | 0;
});
defineMethod(patternType, '__copy__', (args, kwnames) => {
  checkNoArgs('__copy__', args.slice(1), kwnames);
  return self(args[0]);
});
defineMethod(patternType, '__deepcopy__', (args, kwnames) => {
  methodOneArg('__deepcopy__', args, kwnames);
  return self(args[0]);
});
