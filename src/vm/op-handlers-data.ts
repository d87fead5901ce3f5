// The handlers (see loop-signals.ts) of the common instructions that stay in the running frame:
// stack shuffles, operators, subscripts, names, attributes stores and method loads, containers,
// conditional jumps. The dispatch loop inlines the fast paths of a few; these are the whole thing.

import { Op } from '../compiler/opcodes.js';
import { dictType, frozensetType, listType, setType, tupleType } from '../objects/builtin-types.js';
import type { PyCell } from '../objects/cell.js';
import { noteConcatenation } from '../objects/code-points.js';
import { PyDict } from '../objects/dict.js';
import { nameErrorNotDefined, pyError } from '../objects/errors.js';
import { PyList } from '../objects/list.js';
import { getAttr, setAttr } from '../objects/protocol-attr.js';
import { richCompare } from '../objects/protocol-compare.js';
import { getIter } from '../objects/protocol-iter.js';
import { binaryOp, invert, negate, positive } from '../objects/protocol-number.js';
import { contains, getItem, setItem } from '../objects/protocol-subscript.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { type PyAnySet, type PySet, setContains } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { strGetItem } from '../objects/str-methods.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/type-of.js';
import { attributeStoreEntry, loadGlobalCached, methodLoadEntry } from './dispatch-slow-paths.js';
import { compareNumbers, floatBinaryFast, intBinaryFast } from './fast-arith.js';
import { loadFromMapping, unboundDeref, unboundLocal } from './fast-outlined-ops.js';
import type { Frame } from './frame.js';
import { type AttributeCache, type GlobalCache, makeCaches } from './inline-cache.js';
import { exceptionMatches, formatValue, unpackSequence } from './instruction-helpers.js';
import type { Interpreter } from './interpreter.js';
import { loopSignals } from './loop-signals.js';

type Handler = (interp: Interpreter, frame: Frame, arg: number, sp: number) => number;

const nop: Handler = (_interp, _frame, _arg, sp) => sp;

const popTop: Handler = (_interp, _frame, _arg, sp) => sp - 1;

const pushNull: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp] = undefined;
  return sp + 1;
};

const swap: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const top = fast[sp - 1];
  fast[sp - 1] = fast[sp - arg];
  fast[sp - arg] = top;
  return sp;
};

const copy: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  fast[sp] = fast[sp - arg];
  return sp + 1;
};

const unaryPositive: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp - 1] = positive(frame.fast[sp - 1]!);
  return sp;
};

const unaryNegative: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp - 1] = negate(frame.fast[sp - 1]!);
  return sp;
};

const unaryNot: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp - 1] = !isTruthy(frame.fast[sp - 1]!);
  return sp;
};

const unaryInvert: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp - 1] = invert(frame.fast[sp - 1]!);
  return sp;
};

const binaryOperation: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const right = fast[--sp]!;
  const left = fast[sp - 1]!;
  if (typeof left === 'number' && typeof right === 'number') {
    const result = intBinaryFast(arg, left, right);
    if (result !== undefined) {
      fast[sp - 1] = result;
      return sp;
    }
  } else if (typeof left === 'object' || typeof right === 'object') {
    const result = floatBinaryFast(arg, left, right);
    if (result !== undefined) {
      fast[sp - 1] = result;
      return sp;
    }
  } else if ((arg === 0 || arg === 13) && typeof left === 'string' && typeof right === 'string') {
    if (left.length + right.length < 1 << 20) {
      // Called for every result, so the call has type feedback before a long one comes.
      const joined = left + right;
      noteConcatenation(left, right, joined);
      fast[sp - 1] = joined;
      return sp;
    }
  }
  fast[sp - 1] = binaryOp(left, right, arg);
  return sp;
};

const compareOperation: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const right = fast[--sp]!;
  const left = fast[sp - 1]!;
  fast[sp - 1] =
    typeof left === 'number' && typeof right === 'number'
      ? compareNumbers(arg, left, right)
      : richCompare(left, right, arg);
  return sp;
};

const isOperation: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const right = fast[--sp];
  const left = fast[sp - 1];
  fast[sp - 1] = (left === right) !== (arg === 1);
  return sp;
};

const containsOperation: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const container = fast[--sp]!;
  const item = fast[sp - 1]!;
  const found =
    typeof container === 'object' && (container.cls === setType || container.cls === frozensetType)
      ? setContains(container as PyAnySet, item)
      : contains(container, item);
  fast[sp - 1] = found !== (arg === 1);
  return sp;
};

const binarySubscript: Handler = (_interp, frame, _arg, sp) => {
  const fast = frame.fast;
  const key = fast[--sp]!;
  const container = fast[sp - 1]!;
  if (typeof container === 'object') {
    const cls = container.cls;
    if (typeof key === 'number' && (cls === listType || cls === tupleType)) {
      const items = (container as PyList | PyTuple).items;
      const index = key < 0 ? key + items.length : key;
      if (index >= 0 && index < items.length) {
        fast[sp - 1] = items[index];
        return sp;
      }
    } else if (cls === dictType) {
      const value = (container as PyDict).get(key);
      if (value !== undefined) {
        fast[sp - 1] = value;
        return sp;
      }
    }
  } else if (typeof container === 'string') {
    // What str.__getitem__ runs (indexes, slices and their errors).
    fast[sp - 1] = strGetItem(container, key);
    return sp;
  }
  fast[sp - 1] = getItem(container, key);
  return sp;
};

const storeSubscript: Handler = (_interp, frame, _arg, sp) => {
  const fast = frame.fast;
  const key = fast[--sp]!;
  const container = fast[--sp]!;
  const value = fast[--sp]!;
  if (typeof container === 'object') {
    if (container.cls === dictType) {
      (container as PyDict).set(key, value);
      return sp;
    }
    if (container.cls === listType && typeof key === 'number') {
      const items = (container as PyList).items;
      const index = key < 0 ? key + items.length : key;
      if (index >= 0 && index < items.length) {
        items[index] = value;
        return sp;
      }
    }
  }
  setItem(container, key, value);
  return sp;
};

const loadConst: Handler = (_interp, frame, arg, sp) => {
  frame.fast[sp] = frame.code.consts[arg];
  return sp + 1;
};

const loadName: Handler = (_interp, frame, arg, sp) => {
  const code = frame.code;
  const name = code.code.names[arg]!;
  const locals = frame.locals;
  let value: PyValue | undefined;
  if (locals === frame.globals) {
    // At module level (locals are the globals): LOAD_GLOBAL's lookup and inline cache.
    value = loadGlobalCached(frame, code.caches ?? makeCaches(code), frame.pc - 1, name);
  } else {
    if (locals instanceof PyDict) value = locals.getStr(name);
    else if (locals !== null) value = loadFromMapping(locals, name);
    if (value === undefined) value = frame.globals.getStr(name);
    if (value === undefined) value = frame.builtins.getStr(name);
    if (value === undefined) throw nameErrorNotDefined(name);
  }
  frame.fast[sp] = value;
  return sp + 1;
};

const storeName: Handler = (_interp, frame, arg, sp) => {
  const value = frame.fast[--sp]!;
  const code = frame.code;
  const name = code.code.names[arg]!;
  const locals = frame.locals;
  if (locals instanceof PyDict && locals.cls === dictType) {
    // The cache slot holds the entry index this name was last stored at (a checked hint).
    const at = frame.pc - 1;
    const caches = code.caches ?? makeCaches(code);
    const hint = caches[at] as number | undefined;
    if (hint !== undefined && locals.keyList[hint] === name) {
      locals.valueList[hint] = value;
      return sp;
    }
    const index = locals.findStrIndex(name);
    if (index >= 0) {
      locals.valueList[index] = value;
      caches[at] = index;
    } else {
      caches[at] = locals.appendEntry(name, value);
    }
  } else if (locals !== null) setItem(locals, name, value);
  else throw pyError('SystemError', `no locals found when storing '${name}'`);
  return sp;
};

const loadGlobal: Handler = (_interp, frame, arg, sp) => {
  const globals = frame.globals;
  const code = frame.code;
  const at = frame.pc - 1;
  const caches = code.caches ?? makeCaches(code);
  const entry = caches[at] as GlobalCache | undefined;
  let value: PyValue | undefined;
  if (
    entry !== undefined &&
    entry.globals === globals &&
    entry.globalsVersion === globals.version
  ) {
    const builtins = entry.builtins;
    if (builtins === null) value = globals.valueList[entry.index];
    else if (builtins === frame.builtins && entry.builtinsVersion === builtins.version) {
      value = builtins.valueList[entry.index];
    }
  }
  // A miss (or a stale entry) looks the name up out of line and refills the cache.
  frame.fast[sp] = value ?? loadGlobalCached(frame, caches, at, code.code.names[arg]!);
  return sp + 1;
};

const storeGlobal: Handler = (_interp, frame, arg, sp) => {
  frame.globals.setStr(frame.code.code.names[arg]!, frame.fast[--sp]!);
  return sp;
};

const loadFast: Handler = (_interp, frame, arg, sp) => {
  const value = frame.fast[arg];
  if (value === undefined) throw unboundLocal(frame.code, arg);
  frame.fast[sp] = value;
  return sp + 1;
};

const storeFast: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  fast[arg] = fast[--sp];
  return sp;
};

const deleteFast: Handler = (_interp, frame, arg, sp) => {
  if (frame.fast[arg] === undefined) throw unboundLocal(frame.code, arg);
  frame.fast[arg] = undefined;
  return sp;
};

const loadDeref: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const value = (fast[frame.code.code.varnames.length + arg] as PyCell).value;
  if (value === undefined) throw unboundDeref(frame.code, arg);
  fast[sp] = value;
  return sp + 1;
};

const storeDeref: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  (fast[frame.code.code.varnames.length + arg] as PyCell).value = fast[--sp];
  return sp;
};

const loadClosure: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  fast[sp] = fast[frame.code.code.varnames.length + arg];
  return sp + 1;
};

const storeAttr: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const code = frame.code;
  const obj = fast[--sp]!;
  const value = fast[--sp]!;
  const name = code.code.names[arg]!;
  if (typeof obj === 'object' && obj.dict !== null && !(obj instanceof PyType)) {
    const type = obj.cls;
    const at = frame.pc - 1;
    const caches = code.caches ?? makeCaches(code);
    let entry = caches[at] as AttributeCache | undefined;
    if (entry === undefined || entry.type !== type || entry.version !== type.version) {
      entry = attributeStoreEntry(type, name);
      if (entry !== undefined) caches[at] = entry;
    }
    if (entry !== undefined) {
      const dict = obj.dict;
      const hint = entry.index;
      if (dict.keyList[hint] === name) {
        dict.valueList[hint] = value;
        return sp;
      }
      const index = dict.findStrIndex(name);
      if (index >= 0) {
        entry.index = index;
        dict.valueList[index] = value;
      } else {
        entry.index = dict.appendEntry(name, value);
      }
      return sp;
    }
  }
  setAttr(obj, name, value);
  return sp;
};

const loadMethod: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const code = frame.code;
  const obj = fast[sp - 1]!;
  const name = code.code.names[arg]!;
  const type = typeOf(obj);
  const at = frame.pc - 1;
  const caches = code.caches ?? makeCaches(code);
  const entry = caches[at] as AttributeCache | undefined;
  let method: PyValue | undefined;
  if (entry !== undefined && entry.type === type && entry.version === type.version) {
    method = entry.attribute;
  } else {
    const fresh = methodLoadEntry(type, name);
    if (fresh !== undefined) {
      method = fresh.attribute;
      caches[at] = fresh;
    }
  }
  if (method !== undefined) {
    const dict = typeof obj === 'object' ? obj.dict : null;
    if (dict === null || dict.findStrIndex(name) < 0) {
      fast[sp - 1] = method;
      fast[sp] = obj;
      return sp + 1;
    }
  }
  fast[sp - 1] = undefined;
  fast[sp] = getAttr(obj, name);
  return sp + 1;
};

const buildTuple: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  if (arg === 0) {
    fast[sp] = PyTuple.EMPTY;
    return sp + 1;
  }
  const items = fast.slice(sp - arg, sp) as PyValue[];
  sp -= arg;
  fast[sp] = new PyTuple(items);
  return sp + 1;
};

const buildList: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const items = arg === 0 ? emptyItems() : (fast.slice(sp - arg, sp) as PyValue[]);
  sp -= arg;
  fast[sp] = new PyList(items);
  return sp + 1;
};

const buildString: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  let text = '';
  for (let index = sp - arg; index < sp; index++) text += fast[index] as string;
  sp -= arg;
  fast[sp] = text;
  return sp + 1;
};

const listAppend: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const value = fast[--sp]!;
  (fast[sp - arg] as PyList).items.push(value);
  return sp;
};

const setAdd: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const value = fast[--sp]!;
  (fast[sp - arg] as PySet).add(value);
  return sp;
};

const mapAdd: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const value = fast[--sp]!;
  const key = fast[--sp]!;
  (fast[sp - arg] as PyDict).set(key, value);
  return sp;
};

const formatValueHandler: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const spec = (arg & 4) !== 0 ? fast[--sp] : undefined;
  fast[sp - 1] = formatValue(fast[sp - 1]!, arg & 3, spec);
  return sp;
};

const unpackSequenceHandler: Handler = (_interp, frame, arg, sp) => {
  const fast = frame.fast;
  const items = unpackSequence(fast[--sp]!, arg);
  for (let index = arg - 1; index >= 0; index--) fast[sp++] = items[index];
  return sp;
};

const popJumpIfFalse: Handler = (_interp, frame, arg, sp) => {
  if (!isTruthy(frame.fast[--sp]!)) frame.pc = arg;
  return sp;
};

const popJumpIfTrue: Handler = (_interp, frame, arg, sp) => {
  if (isTruthy(frame.fast[--sp]!)) frame.pc = arg;
  return sp;
};

const popJumpIfNone: Handler = (_interp, frame, arg, sp) => {
  if (frame.fast[--sp] === None) frame.pc = arg;
  return sp;
};

const popJumpIfNotNone: Handler = (_interp, frame, arg, sp) => {
  if (frame.fast[--sp] !== None) frame.pc = arg;
  return sp;
};

const jumpIfFalseOrPop: Handler = (_interp, frame, arg, sp) => {
  if (isTruthy(frame.fast[sp - 1]!)) return sp - 1;
  frame.pc = arg;
  return sp;
};

const jumpIfTrueOrPop: Handler = (_interp, frame, arg, sp) => {
  if (!isTruthy(frame.fast[sp - 1]!)) return sp - 1;
  frame.pc = arg;
  return sp;
};

const getIterHandler: Handler = (_interp, frame, _arg, sp) => {
  frame.fast[sp - 1] = getIter(frame.fast[sp - 1]!);
  return sp;
};

const kwNames: Handler = (_interp, frame, arg, sp) => {
  loopSignals.kwnames = frame.code.kwnames[arg] ?? null;
  return sp;
};

const pushExcInfo: Handler = (interp, frame, _arg, sp) => {
  const fast = frame.fast;
  const value = fast[sp - 1]!;
  const excInfo = interp.excInfo;
  fast[sp - 1] = excInfo.value;
  fast[sp] = value;
  excInfo.value = value;
  return sp + 1;
};

const checkExcMatch: Handler = (_interp, frame, _arg, sp) => {
  const fast = frame.fast;
  fast[sp - 1] = exceptionMatches(fast[sp - 2]!, fast[sp - 1]!);
  return sp;
};

/**
 * An empty items array of V8's generic elements kind (a `[]` literal starts as a Smi array and
 * changes kind when a large int, a float or an object is appended: each change of a list's array
 * kind made the loop's LIST_APPEND and subscripts deoptimize).
 */
function emptyItems(): PyValue[] {
  const items: PyValue[] = [None];
  items.pop();
  return items;
}

/** The handlers of this file by opcode number (see compiler/opcodes.ts). */
export const dataHandlers: ReadonlyArray<readonly [number, Handler]> = [
  [Op.NOP, nop],
  [Op.POP_TOP, popTop],
  [Op.PUSH_NULL, pushNull],
  [Op.SWAP, swap],
  [Op.COPY, copy],
  [Op.UNARY_POSITIVE, unaryPositive],
  [Op.UNARY_NEGATIVE, unaryNegative],
  [Op.UNARY_NOT, unaryNot],
  [Op.UNARY_INVERT, unaryInvert],
  [Op.BINARY_OP, binaryOperation],
  [Op.COMPARE_OP, compareOperation],
  [Op.IS_OP, isOperation],
  [Op.CONTAINS_OP, containsOperation],
  [Op.BINARY_SUBSCR, binarySubscript],
  [Op.STORE_SUBSCR, storeSubscript],
  [Op.LOAD_CONST, loadConst],
  [Op.LOAD_NAME, loadName],
  [Op.STORE_NAME, storeName],
  [Op.LOAD_GLOBAL, loadGlobal],
  [Op.STORE_GLOBAL, storeGlobal],
  [Op.LOAD_FAST, loadFast],
  [Op.STORE_FAST, storeFast],
  [Op.DELETE_FAST, deleteFast],
  [Op.LOAD_DEREF, loadDeref],
  [Op.STORE_DEREF, storeDeref],
  [Op.LOAD_CLOSURE, loadClosure],
  [Op.STORE_ATTR, storeAttr],
  [Op.LOAD_METHOD, loadMethod],
  [Op.BUILD_TUPLE, buildTuple],
  [Op.BUILD_LIST, buildList],
  [Op.BUILD_STRING, buildString],
  [Op.LIST_APPEND, listAppend],
  [Op.SET_ADD, setAdd],
  [Op.MAP_ADD, mapAdd],
  [Op.FORMAT_VALUE, formatValueHandler],
  [Op.UNPACK_SEQUENCE, unpackSequenceHandler],
  [Op.POP_JUMP_IF_FALSE, popJumpIfFalse],
  [Op.POP_JUMP_IF_TRUE, popJumpIfTrue],
  [Op.POP_JUMP_IF_NONE, popJumpIfNone],
  [Op.POP_JUMP_IF_NOT_NONE, popJumpIfNotNone],
  [Op.JUMP_IF_FALSE_OR_POP, jumpIfFalseOrPop],
  [Op.JUMP_IF_TRUE_OR_POP, jumpIfTrueOrPop],
  [Op.GET_ITER, getIterHandler],
  [Op.KW_NAMES, kwNames],
  [Op.PUSH_EXC_INFO, pushExcInfo],
  [Op.CHECK_EXC_MATCH, checkExcMatch],
];
