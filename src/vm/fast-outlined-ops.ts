// Rare opcodes, run out of line from the dispatch loop (eval-loop.ts). Keeping the loop function
// small makes V8 optimize it sooner and recompile it faster, and an opcode first met after the loop
// was optimized costs a call here instead of a deoptimization of the whole loop.

import { dictType } from '../objects/builtin-types.js';
import type { PyCell } from '../objects/cell.js';
import type { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { nameErrorNotDefined, pyError, typeError } from '../objects/errors.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { annotationsFromTuple, PyFunction } from '../objects/function.js';
import { PyGenerator } from '../objects/generator.js';
import { PyList } from '../objects/list.js';
import { delAttr, getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { getIter, iterNext } from '../objects/protocol-iter.js';
import { pyRepr } from '../objects/protocol-repr.js';
import { delItem, getItem, pyLen, setItem } from '../objects/protocol-subscript.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { PyAnySet, PySet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { PySlice } from '../objects/slice.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/type-of.js';
import { exceptionFromThrown } from './exceptions-state.js';
import type { Frame } from './frame.js';
import {
  asyncGenWrap,
  awaitableIterator,
  getAnext,
  prepareReraiseStar,
  splitExceptionGroup,
} from './generators.js';
import {
  dictDisplayUpdate,
  dictMerge,
  enterAsyncContext,
  enterContext,
  isMatchMapping,
  isMatchSequence,
  matchClass,
  matchKeys,
  unpackStarred,
} from './instruction-helpers.js';
import type { Interpreter } from './interpreter.js';

/** UnboundLocalError for local `index` of `code`. */
export function unboundLocal(code: PyCode, index: number): PythonError {
  const name = code.code.varnames[index]!;
  const error = pyError(
    'UnboundLocalError',
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
  return error;
}

/** The error for reading an empty cell or free variable `index` of `code`. */
export function unboundDeref(code: PyCode, index: number): PythonError {
  const cellCount = code.code.cellvars.length;
  if (index < cellCount) {
    const name = code.code.cellvars[index]!;
    return pyError(
      'UnboundLocalError',
      `cannot access local variable '${name}' where it is not associated with a value`,
    );
  }
  const name = code.code.freevars[index - cellCount]!;
  const error = pyError(
    'NameError',
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
  (error.exception as PyBaseException).setMember('name', name);
  return error;
}

/** `mapping[name]`, or undefined when it raises KeyError (LOAD_NAME on a non-dict namespace). */
export function loadFromMapping(mapping: PyValue, name: string): PyValue | undefined {
  try {
    return getItem(mapping, name);
  } catch (error) {
    if (error instanceof PythonError) {
      const exc = exceptionFromThrown(error);
      if (exc.cls.isSubtypeOf(exceptionTypeNamed('KeyError'))) return undefined;
    }
    throw error;
  }
}

/** Every item of an iterable, through the iteration protocol. */
export function iterableItems(value: PyValue): PyValue[] {
  const iterator = getIter(value);
  const items: PyValue[] = [];
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator))
    items.push(item);
  return items;
}

/**
 * Executes one rare instruction `op arg` of `frame`, whose value stack top is `sp`; returns the new
 * stack top. The caller has stored the frame's pc, sp and lastInstruction. Raises by throwing
 * (PythonError), like natives. None of these opcodes jumps or changes the running frame.
 */
export function runOutlinedOp(
  interp: Interpreter,
  frame: Frame,
  op: number,
  arg: number,
  sp: number,
): number {
  const fast = frame.fast;
  const code = frame.code;
  const names = code.code.names;
  switch (op) {
    case 20: {
      // DELETE_SUBSCR
      const key = fast[--sp]!;
      const container = fast[--sp]!;
      delItem(container, key);
      break;
    }
    case 21: {
      // BUILD_SLICE
      if (arg === 3) {
        const step = fast[--sp]!;
        const stop = fast[--sp]!;
        fast[sp - 1] = new PySlice(fast[sp - 1]!, stop, step);
      } else {
        const stop = fast[--sp]!;
        fast[sp - 1] = new PySlice(fast[sp - 1]!, stop, None);
      }
      break;
    }
    case 33: {
      // DELETE_NAME
      const name = names[arg]!;
      const locals = frame.locals;
      if (locals instanceof PyDict && locals.cls === dictType) {
        if (locals.deleteStr(name) === undefined) throw nameErrorNotDefined(name);
      } else if (locals !== null) {
        try {
          delItem(locals, name);
        } catch {
          throw nameErrorNotDefined(name);
        }
      }
      break;
    }
    case 36: {
      // DELETE_GLOBAL
      const name = names[arg]!;
      if (frame.globals.deleteStr(name) === undefined) throw nameErrorNotDefined(name);
      break;
    }
    case 42: {
      // DELETE_DEREF
      const cell = fast[code.code.varnames.length + arg] as PyCell;
      if (cell.value === undefined) throw unboundDeref(code, arg);
      cell.value = undefined;
      break;
    }
    case 43: {
      // LOAD_CLASSDEREF
      const cellCount = code.code.cellvars.length;
      const name =
        arg < cellCount ? code.code.cellvars[arg]! : code.code.freevars[arg - cellCount]!;
      const locals = frame.locals;
      let value: PyValue | undefined;
      if (locals instanceof PyDict) value = locals.getStr(name);
      else if (locals !== null) value = loadFromMapping(locals, name);
      if (value === undefined) {
        value = (fast[code.code.varnames.length + arg] as PyCell).value;
        if (value === undefined) throw unboundDeref(code, arg);
      }
      fast[sp++] = value;
      break;
    }
    case 47: // DELETE_ATTR
      delAttr(fast[--sp]!, names[arg]!);
      break;
    case 49: {
      // LOAD_BUILD_CLASS
      const buildClass = frame.builtins.getStr('__build_class__');
      if (buildClass === undefined) throw nameErrorNotDefined('__build_class__');
      fast[sp++] = buildClass;
      break;
    }
    case 50: // LOAD_ASSERTION_ERROR
      fast[sp++] = exceptionTypeNamed('AssertionError');
      break;
    case 62: {
      // BUILD_SET
      const set = new PySet();
      for (let index = sp - arg; index < sp; index++) set.add(fast[index]!);
      sp -= arg;
      fast[sp++] = set;
      break;
    }
    case 63: {
      // BUILD_MAP
      const dict = new PyDict();
      for (let index = sp - 2 * arg; index < sp; index += 2)
        dict.set(fast[index]!, fast[index + 1]!);
      sp -= 2 * arg;
      fast[sp++] = dict;
      break;
    }
    case 64: {
      // BUILD_CONST_KEY_MAP
      const keys = (fast[--sp] as PyTuple).items;
      const dict = new PyDict();
      const start = sp - arg;
      for (let index = 0; index < arg; index++) dict.set(keys[index]!, fast[start + index]!);
      sp = start;
      fast[sp++] = dict;
      break;
    }
    case 69: {
      // LIST_EXTEND
      const iterable = fast[--sp]!;
      const list = fast[sp - arg] as PyList;
      if (iterable instanceof PyList || iterable instanceof PyTuple) {
        for (const item of iterable.items) list.items.push(item);
      } else {
        let items: PyValue[];
        try {
          items = iterableItems(iterable);
        } catch (error) {
          if (
            typeOf(iterable).lookup('__iter__') === undefined &&
            typeOf(iterable).lookup('__getitem__') === undefined
          ) {
            throw typeError(`Value after * must be an iterable, not ${typeOf(iterable).name}`);
          }
          throw error;
        }
        for (const item of items) list.items.push(item);
      }
      break;
    }
    case 70: {
      // SET_UPDATE
      const iterable = fast[--sp]!;
      const set = fast[sp - arg] as PySet;
      if (iterable instanceof PyAnySet) set.table.update(iterable.table);
      else for (const item of iterableItems(iterable)) set.add(item);
      break;
    }
    case 71: {
      // DICT_UPDATE
      const source = fast[--sp]!;
      dictDisplayUpdate(fast[sp - arg] as PyDict, source);
      break;
    }
    case 72: {
      // DICT_MERGE
      const source = fast[--sp]!;
      dictMerge(fast[sp - arg] as PyDict, source, fast[sp - arg - 2]!);
      break;
    }
    case 73: // LIST_TO_TUPLE
      fast[sp - 1] = new PyTuple((fast[sp - 1] as PyList).items);
      break;
    case 76: {
      // UNPACK_EX
      const before = arg & 0xff;
      const after = arg >> 8;
      const items = unpackStarred(fast[--sp]!, before, after);
      for (let index = items.length - 1; index >= 0; index--) fast[sp++] = items[index];
      break;
    }
    case 90: {
      // MAKE_FUNCTION
      const fnCode = fast[--sp] as PyCode;
      const closure = (arg & 8) !== 0 ? (fast[--sp] as PyTuple) : null;
      const annotations = (arg & 4) !== 0 ? fast[--sp] : null;
      const kwdefaults = (arg & 2) !== 0 ? (fast[--sp] as PyDict) : null;
      const defaults = (arg & 1) !== 0 ? (fast[--sp] as PyTuple) : null;
      const globals = frame.globals;
      const func = new PyFunction(
        fnCode,
        globals,
        fnCode.code.qualname,
        fnCode.code.docstring ?? None,
        globals.getStr('__name__') ?? None,
      );
      if (defaults !== null) func.defaults = defaults.items.slice();
      if (kwdefaults !== null) func.kwdefaults = kwdefaults;
      if (annotations !== null) {
        func.annotations =
          annotations instanceof PyTuple
            ? annotationsFromTuple(annotations)
            : (annotations as PyDict);
      }
      if (closure !== null) func.closure = closure.items as PyCell[];
      fast[sp++] = func;
      break;
    }
    case 105: {
      // CHECK_EG_MATCH
      const matcher = fast[--sp]!;
      const exc = fast[sp - 1] as PyBaseException;
      const [rest, match] = splitExceptionGroup(exc, matcher);
      if (match === null) {
        fast[sp++] = None;
      } else {
        fast[sp - 1] = rest ?? None;
        fast[sp++] = match;
        interp.excInfo.value = match;
      }
      break;
    }
    case 106: {
      // PREP_RERAISE_STAR
      const raisedList = fast[--sp] as PyList;
      const original = fast[sp - 1] as PyBaseException;
      fast[sp - 1] = prepareReraiseStar(original, raisedList.items) ?? None;
      break;
    }
    case 107: {
      // WITH_EXCEPT_START
      const exc = fast[sp - 1] as PyBaseException;
      const exit = fast[sp - 4]!;
      frame.sp = sp;
      fast[sp++] = callObject(exit, [typeOf(exc), exc, exc.traceback ?? None]);
      break;
    }
    case 108: {
      // BEFORE_WITH
      const [exit, result] = enterContext(fast[sp - 1]!);
      fast[sp - 1] = exit;
      fast[sp++] = result;
      break;
    }
    case 112: {
      // GET_YIELD_FROM_ITER
      const value = fast[sp - 1]!;
      if (value instanceof PyGenerator) {
        if (value.kind === 'coroutine' && (code.code.flags & 0x0180) === 0) {
          throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        break;
      }
      fast[sp - 1] = getIter(value);
      break;
    }
    case 113: // GET_AWAITABLE
      fast[sp - 1] = awaitableIterator(fast[sp - 1]!, arg);
      break;
    case 114: {
      // GET_AITER
      const value = fast[sp - 1]!;
      const aiter = typeOf(value).lookup('__aiter__');
      if (aiter === undefined) {
        throw typeError(
          `'async for' requires an object with __aiter__ method, got ${typeOf(value).name}`,
        );
      }
      fast[sp - 1] = callObject(getAttr(value, '__aiter__'), []);
      break;
    }
    case 115: // GET_ANEXT
      fast[sp] = getAnext(fast[sp - 1]!);
      sp++;
      break;
    case 117: {
      // BEFORE_ASYNC_WITH
      const [exit, awaitable] = enterAsyncContext(fast[sp - 1]!);
      fast[sp - 1] = exit;
      fast[sp++] = awaitable;
      break;
    }
    case 118: // ASYNC_GEN_WRAP
      fast[sp - 1] = asyncGenWrap(fast[sp - 1]!);
      break;
    case 120: {
      // IMPORT_NAME
      const fromlist = fast[--sp]!;
      const level = fast[sp - 1] as number;
      frame.sp = sp;
      fast[sp - 1] = interp.imports.importName(names[arg]!, frame.globals, fromlist, level);
      break;
    }
    case 121: {
      // IMPORT_FROM
      fast[sp] = interp.imports.importFrom(fast[sp - 1]!, names[arg]!);
      sp++;
      break;
    }
    case 122: {
      // IMPORT_STAR
      const module = fast[--sp]!;
      const locals = frame.locals;
      interp.imports.importStar(module, locals instanceof PyDict ? locals : frame.globals);
      break;
    }
    case 123: {
      // SETUP_ANNOTATIONS
      const locals = frame.locals;
      if (locals instanceof PyDict) {
        if (!locals.hasStr('__annotations__')) locals.setStr('__annotations__', new PyDict());
      } else if (locals !== null) {
        try {
          getItem(locals, '__annotations__');
        } catch {
          setItem(locals, '__annotations__', new PyDict());
        }
      }
      break;
    }
    case 124: {
      // PRINT_EXPR
      const value = fast[--sp]!;
      const hook = interp.sysModule.dict.getStr('displayhook');
      if (hook !== undefined) callObject(hook, [value]);
      else if (value !== None) {
        interp.options.stdout.write(`${pyRepr(value)}\n`);
        interp.builtins.setStr('_', value);
      }
      break;
    }
    case 130: // GET_LEN
      fast[sp] = pyLen(fast[sp - 1]!);
      sp++;
      break;
    case 131: // MATCH_MAPPING
      fast[sp] = isMatchMapping(fast[sp - 1]!);
      sp++;
      break;
    case 132: // MATCH_SEQUENCE
      fast[sp] = isMatchSequence(fast[sp - 1]!);
      sp++;
      break;
    case 133: // MATCH_KEYS
      fast[sp] = matchKeys(fast[sp - 2]!, fast[sp - 1] as PyTuple);
      sp++;
      break;
    case 134: {
      // MATCH_CLASS
      const kwNames = fast[--sp] as PyTuple;
      const cls = fast[--sp]!;
      const subject = fast[sp - 1]!;
      fast[sp - 1] = matchClass(subject, cls, arg, kwNames);
      break;
    }
    case 135: {
      // COPY_DICT_WITHOUT_KEYS
      const keys = fast[sp - 1] as PyTuple;
      const subject = fast[sp - 2]!;
      const copy = new PyDict();
      if (subject instanceof PyDict) {
        for (const [key, value] of subject.entries()) copy.set(key, value);
      } else {
        for (const key of iterableItems(callObject(getAttr(subject, 'keys'), []))) {
          copy.set(key, getItem(subject, key));
        }
      }
      for (const key of keys.items) copy.delete(key);
      fast[sp - 1] = copy;
      break;
    }
    default:
      throw new Error(`internal: unknown opcode ${op} at ${frame.pc - 1} in ${code.code.qualname}`);
  }
  return sp;
}
