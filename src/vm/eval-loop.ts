// The bytecode dispatch loop. Python→Python calls push a heap frame and continue in the same loop
// (never recursing on the JS stack); exceptions unwind through each code's exception table. Natives
// that call back into Python re-enter through Interpreter.runEntry (a nested runFrame).

import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code-object.js';
import { Op } from '../compiler/opcodes.js';
import { dictType, frozensetType, listType, setType, tupleType } from '../objects/builtin-types.js';
import type { PyCell } from '../objects/cell.js';
import { noteConcatenation } from '../objects/code-points.js';
import { PyDict } from '../objects/dict.js';
import {
  nameErrorNotDefined,
  pyError,
  runtimeError,
  typeError,
  valueError,
} from '../objects/errors.js';
import { exceptionTypeNamed, PyBaseException, PyExceptionGroup } from '../objects/exceptions.js';
import { PyFunction } from '../objects/function.js';
import { PyGenerator } from '../objects/generator.js';
import { ListIterator, PyIterator, RangeIterator } from '../objects/iterators.js';
import { PyList } from '../objects/list.js';
import type { PyProperty } from '../objects/property.js';
import { getAttr, setAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { richCompare } from '../objects/protocol-compare.js';
import { getIter, iterNext } from '../objects/protocol-iter.js';
import { binaryOp, invert, negate, positive } from '../objects/protocol-number.js';
import { contains, getItem, setItem } from '../objects/protocol-subscript.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { PythonError } from '../objects/python-error.js';
import { type PyAnySet, type PySet, setContains } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { strGetItem } from '../objects/str-methods.js';
import { PyTraceback } from '../objects/traceback.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/type-of.js';
import {
  GENERATOR_FLAGS,
  generatorKindOf,
  initCells,
  makeFunctionFrame,
  makeGenerator,
} from './call.js';
import {
  attributeLoadEntry,
  attributeStoreEntry,
  callOutOfLoop,
  enterPropertyGetter,
  enterPythonCall,
  loadGlobalCached,
  methodLoadEntry,
} from './dispatch-slow-paths.js';
import { chainContext, exceptionFromThrown, isPropagating, propagate } from './exceptions-state.js';
import { compareNumbers, floatBinaryFast, intBinaryFast } from './fast-arith.js';
import { loadFromMapping, runOutlinedOp, unboundDeref, unboundLocal } from './fast-outlined-ops.js';
import { Frame, ResumeMode } from './frame.js';
import {
  enterGeneratorFrame,
  exceptionLeavingGenerator,
  leaveGeneratorFrame,
} from './generators.js';
import { HostCallSignal, pauseAtHostCall } from './host-call.js';
import { type AttributeCache, type GlobalCache, makeCaches } from './inline-cache.js';
import {
  appendStarKwargs,
  causeFor,
  exceptionMatches,
  exceptionToRaise,
  formatValue,
  starArgs,
  unpackSequence,
} from './instruction-helpers.js';
import type { Interpreter } from './interpreter.js';
import { budgetSpent, pauseLoop } from './snapshot/time-slice.js';

/**
 * How an exception raised by an instruction of the loop enters unwinding: a new raise (traceback
 * entry and `__context__`), raised inside a resumed frame (generator.throw: traceback entry, no
 * context), or raised again (RERAISE, bare `raise`: neither).
 */
const RAISED_NEW = 0;
const RAISED_THROWN_IN = 1;
const RAISED_AGAIN = 2;
type RaisedKind = typeof RAISED_NEW | typeof RAISED_THROWN_IN | typeof RAISED_AGAIN;

/** Adds the traceback entry for `frame` at its current instruction. */
export function addTraceback(exc: PyBaseException, frame: Frame): void {
  exc.traceback = new PyTraceback(frame, frame.code, frame.lastInstruction, exc.traceback);
}

function findHandler(frame: Frame, instruction: number) {
  const table = frame.code.code.exceptionTable;
  for (let index = 0; index < table.length; index++) {
    const entry = table[index]!;
    if (instruction < entry.start) return null;
    if (instruction < entry.end) return entry;
  }
  return null;
}

/**
 * Runs `entry` (and every frame it pushes) until `entry` returns or suspends; returns its value.
 * Sets `interp.lastExitYielded` to tell a yield from a return. An exception leaving `entry` is
 * thrown as a propagating PythonError. `throwIn` raises an exception at the frame's resume point.
 * `resumeAt` continues a run paused by its time slice at that (innermost) frame of `entry`'s chain;
 * only the outermost loop pauses (see snapshot/time-slice.ts), and it then returns None.
 */
export function runFrame(
  interp: Interpreter,
  entry: Frame,
  throwIn: PyBaseException | null = null,
  resumeAt: Frame | null = null,
): PyValue {
  const outerDepth = interp.depth;
  if (outerDepth + 1 > interp.recursionLimit) {
    throw pyError('RecursionError', 'maximum recursion depth exceeded');
  }
  entry.depth = outerDepth + 1;
  interp.depth = entry.depth;
  const outerFrame = interp.frame;
  // Pause/resume (snapshot/time-slice.ts): a paused run continues at its innermost frame `resumeAt`.
  const first = resumeAt ?? entry;
  if (resumeAt !== null) interp.depth = resumeAt.depth;
  interp.frame = first;
  let pendingThrow = throwIn;

  for (;;) {
    let raised: PyBaseException | null = null;
    let raisedKind: RaisedKind = RAISED_NEW;
    let thrown: unknown;
    if (pendingThrow !== null) {
      raised = pendingThrow;
      raisedKind = RAISED_THROWN_IN;
      pendingThrow = null;
      first.pc = first.lastInstruction + 1;
    } else {
      try {
        const result = dispatch(interp, entry);
        if (result !== undefined) {
          // `entry` returned or yielded (interp.frame is still its frame).
          interp.frame!.sp = loopExitSp;
          interp.frame = outerFrame;
          interp.depth = outerDepth;
          interp.lastExitYielded = loopExitYielded;
          return result;
        }
        raised = loopRaised;
        raisedKind = loopRaisedKind;
        loopRaised = null;
      } catch (error) {
        if (error === SLICE_SPENT) {
          const outcome = resolveSpentSlice(interp, outerFrame, outerDepth);
          if (outcome === SLICE_RERUN) continue;
          if (outcome !== SLICE_LIMIT) return outcome as PyValue;
          thrown = sliceLimitError;
          sliceLimitError = undefined;
        } else if (error instanceof HostCallSignal) {
          // An external host function asks to pause the run at its call (host-call.ts).
          const at = interp.frame!;
          thrown = pauseAtHostCall(
            interp,
            error,
            at,
            at.pc,
            at.sp,
            outerFrame === null,
            outerDepth,
          );
          if (thrown === null) return None;
        } else {
          thrown = error;
        }
      }
    }
    unwindToHandler(interp, entry, outerFrame, outerDepth, raised, raisedKind, thrown);
  }
}

/** resolveSpentSlice: run the charged instruction again. */
const SLICE_RERUN: object = Object.freeze({ sliceRerun: true });
/** resolveSpentSlice: the run's budget is spent; the limit error is in `sliceLimitError`. */
const SLICE_LIMIT: object = Object.freeze({ sliceLimit: true });
/** The limit error resolveSpentSlice met (with SLICE_LIMIT). */
let sliceLimitError: unknown;

/**
 * After a charged instruction threw SLICE_SPENT: pauses before it (outermost loop only; returns
 * pauseLoop's value), or borrows from the reserve so it runs again (SLICE_RERUN), or reports the
 * limit error budgetSpent threw (SLICE_LIMIT). Out of runFrame so that rarely taken path is
 * compiled (and deoptimized) on its own, not with the loop that calls dispatch.
 */
function resolveSpentSlice(
  interp: Interpreter,
  outerFrame: Frame | null,
  outerDepth: number,
): PyValue | typeof SLICE_RERUN {
  const at = interp.frame!;
  const kind = sliceKind;
  // The instruction to run again: the charged one, or the KW_NAMES just before a CALL.
  const withKwnames = kind === SLICE_AT_CALL && sliceKwnames !== null;
  const rerunPc = withKwnames ? slicePc - 2 : slicePc - 1;
  at.pc = slicePc;
  at.sp = kind === SLICE_AT_SEND ? sliceSp + 1 : sliceSp; // SEND pops its value again
  sliceKwnames = null;
  const canPause =
    outerFrame === null &&
    (kind === SLICE_AT_JUMP ||
      (kind === SLICE_AT_CALL && (!withKwnames || at.instructions[rerunPc << 1] === Op.KW_NAMES)));
  let pause: boolean;
  try {
    pause = budgetSpent(interp, canPause);
  } catch (limit) {
    sliceLimitError = limit;
    return SLICE_LIMIT;
  }
  if (pause) return pauseLoop(interp, at, rerunPc, at.sp, outerDepth);
  interp.budget++; // the instruction charges its unit again when it runs again
  at.pc = rerunPc;
  return SLICE_RERUN;
}

/**
 * Unwinds an exception raised in the running frame (`interp.frame`, its pc one past the raising
 * instruction): `raised` with how it was raised, else the JS value `thrown`. Finds a handler in
 * this frame, else pops frames until one has one (then the loop continues there, with
 * `interp.frame` and its pc and sp set) or `entry` is left (then throws the propagating error).
 */
function unwindToHandler(
  interp: Interpreter,
  entry: Frame,
  outerFrame: Frame | null,
  outerDepth: number,
  raised: PyBaseException | null,
  raisedKind: RaisedKind,
  thrown: unknown,
): void {
  // The loop keeps interp.frame on the frame running (nested loops restore it when they end).
  let frame = interp.frame!;
  const pc = frame.pc;
  let exc: PyBaseException;
  let addEntry: boolean;
  if (raised !== null) {
    exc = raised;
    addEntry = raisedKind !== RAISED_AGAIN;
    if (raisedKind !== RAISED_AGAIN) frame.lastInstruction = pc - 1;
    if (raisedKind === RAISED_NEW) {
      const handled = interp.handledException();
      if (handled !== undefined) chainContext(exc, handled);
    }
  } else {
    try {
      exc = exceptionFromThrown(thrown);
    } catch (internal) {
      unwindAll(interp, entry, outerFrame);
      throw internal;
    }
    if (!isPropagating(thrown)) {
      const handled = interp.handledException();
      if (handled !== undefined) chainContext(exc, handled);
    }
    addEntry = true;
    frame.lastInstruction = pc - 1;
  }
  // The handler is looked up at the instruction that raised (RERAISE may have moved
  // lastInstruction back to the original raise, which is what `lasti` and tracebacks show).
  let raisingInstruction = pc - 1;
  for (;;) {
    if (addEntry) addTraceback(exc, frame);
    addEntry = true;
    const handler = findHandler(frame, raisingInstruction);
    if (handler !== null) {
      interp.depth = frame.depth;
      const fast = frame.fast;
      let sp = frame.stackBase + handler.depth;
      if (handler.lasti) fast[sp++] = frame.lastInstruction;
      fast[sp++] = exc;
      frame.sp = sp;
      frame.pc = handler.target;
      return;
    }
    const generator = frame.generator;
    if (generator !== null) {
      leaveGeneratorFrame(interp, generator, frame, true);
      exc = exceptionLeavingGenerator(generator, exc);
    }
    if (frame.isEntry || frame === entry) {
      interp.frame = outerFrame;
      interp.depth = outerDepth;
      throw propagate(exc);
    }
    const parent = frame.parent!;
    frame.parent = null;
    frame = parent;
    interp.frame = frame;
    interp.depth = frame.depth;
    frame.lastInstruction = frame.pc - 1;
    raisingInstruction = frame.pc - 1;
  }
}

/**
 * Thrown by dispatch when a charged instruction (a backward JUMP, a CALL, a generator resumed by
 * FOR_ITER or SEND) finds its time slice spent; runFrame then asks snapshot/time-slice.ts whether to
 * pause there. A throw rather than a call keeps the rarely taken exit out of the optimized loop's
 * type feedback, so reaching it for the first time does not deoptimize the loop.
 */
const SLICE_SPENT: object = Object.freeze({ sliceSpent: true });
/** Where SLICE_SPENT came from: a backward JUMP or a CALL (may pause), FOR_ITER or SEND (cannot). */
const SLICE_AT_JUMP = 0;
const SLICE_AT_CALL = 1;
const SLICE_NO_PAUSE = 2;
const SLICE_AT_SEND = 3;
/** With SLICE_SPENT (plain stores, no type feedback needed): the site kind, pc and sp there. */
let sliceKind = SLICE_AT_JUMP;
let slicePc = 0;
let sliceSp = 0;
/** With SLICE_SPENT from a CALL: its keyword names (then KW_NAMES runs again too). */
let sliceKwnames: readonly string[] | null = null;

/**
 * Set by dispatch when `entry` returns or yields a value: its stack top and which of the two it was.
 * runFrame then restores the caller's frame and depth: plain stores here keep that rarely taken exit
 * free of type feedback, so reaching it for the first time does not deoptimize the loop.
 */
let loopExitSp = 0;
let loopExitYielded = false;

/** Set with `loopRaised` when dispatch returns undefined: how the exception entered unwinding. */
let loopRaisedKind: RaisedKind = RAISED_NEW;
/** The exception an instruction raised (dispatch then returns undefined); read at once by runFrame. */
let loopRaised: PyBaseException | null = null;

/**
 * The dispatch loop proper: runs instructions from `interp.frame` (its pc and sp) until `entry`
 * returns or yields (its value, with loopExitSp/loopExitYielded set; interp.frame still `entry`),
 * a charged instruction finds the time slice spent (throws SLICE_SPENT), or an instruction raises:
 * then it returns undefined with the exception in `loopRaised`, or a native throws. The frame running is
 * `interp.frame` and its `pc` is one past the instruction that raised. It has no try/catch of its
 * own, so V8 optimizes it fully (constructors inline, calls need no exception edges).
 */
function dispatch(interp: Interpreter, entry: Frame): PyValue | undefined {
  let frame = interp.frame!;
  let instructions = frame.instructions;
  let fast = frame.fast;
  let sp = frame.sp;
  let pc = frame.pc;
  let code = frame.code;
  let consts = code.consts;
  let names = code.code.names;
  let kwnames: readonly string[] | null = null;
  for (;;) {
    const at = pc << 1;
    const op = instructions[at]!;
    const arg = instructions[at + 1]!;
    pc++;
    frame.pc = pc;
    switch (op) {
      case 0: // NOP
        break;
      case 1: // POP_TOP
        sp--;
        break;
      case 2: // PUSH_NULL
        fast[sp++] = undefined;
        break;
      case 3: {
        // SWAP
        const top = fast[sp - 1];
        fast[sp - 1] = fast[sp - arg];
        fast[sp - arg] = top;
        break;
      }
      case 4: // COPY
        fast[sp] = fast[sp - arg];
        sp++;
        break;

      case 10: // UNARY_POSITIVE
        fast[sp - 1] = positive(fast[sp - 1]!);
        break;
      case 11: // UNARY_NEGATIVE
        fast[sp - 1] = negate(fast[sp - 1]!);
        break;
      case 12: // UNARY_NOT
        fast[sp - 1] = !isTruthy(fast[sp - 1]!);
        break;
      case 13: // UNARY_INVERT
        fast[sp - 1] = invert(fast[sp - 1]!);
        break;

      case 14: {
        // BINARY_OP
        const right = fast[--sp]!;
        const left = fast[sp - 1]!;
        if (typeof left === 'number' && typeof right === 'number') {
          const result = intBinaryFast(arg, left, right);
          if (result !== undefined) {
            fast[sp - 1] = result;
            break;
          }
        } else if (typeof left === 'object' || typeof right === 'object') {
          const result = floatBinaryFast(arg, left, right);
          if (result !== undefined) {
            fast[sp - 1] = result;
            break;
          }
        } else if (
          (arg === 0 || arg === 13) &&
          typeof left === 'string' &&
          typeof right === 'string'
        ) {
          if (left.length + right.length < 1 << 20) {
            // Called for every result, so the call has type feedback before a long one comes.
            const joined = left + right;
            noteConcatenation(left, right, joined);
            fast[sp - 1] = joined;
            break;
          }
        }
        fast[sp - 1] = binaryOp(left, right, arg);
        break;
      }
      case 15: {
        // COMPARE_OP
        const right = fast[--sp]!;
        const left = fast[sp - 1]!;
        if (typeof left === 'number' && typeof right === 'number') {
          fast[sp - 1] = compareNumbers(arg, left, right);
        } else {
          fast[sp - 1] = richCompare(left, right, arg);
        }
        break;
      }
      case 16: {
        // IS_OP
        const right = fast[--sp];
        const left = fast[sp - 1];
        fast[sp - 1] = (left === right) !== (arg === 1);
        break;
      }
      case 17: {
        // CONTAINS_OP
        const container = fast[--sp]!;
        const item = fast[sp - 1]!;
        const found =
          typeof container === 'object' &&
          (container.cls === setType || container.cls === frozensetType)
            ? setContains(container as PyAnySet, item)
            : contains(container, item);
        fast[sp - 1] = found !== (arg === 1);
        break;
      }
      case 18: {
        // BINARY_SUBSCR
        const key = fast[--sp]!;
        const container = fast[sp - 1]!;
        if (typeof key === 'number' && typeof container === 'object') {
          if (container.cls === listType) {
            const items = (container as PyList).items;
            const index = key < 0 ? key + items.length : key;
            if (index >= 0 && index < items.length) {
              fast[sp - 1] = items[index];
              break;
            }
          } else if (container.cls === tupleType) {
            const items = (container as PyTuple).items;
            const index = key < 0 ? key + items.length : key;
            if (index >= 0 && index < items.length) {
              fast[sp - 1] = items[index];
              break;
            }
          }
        }
        if (typeof container === 'object') {
          if (container.cls === dictType) {
            const value = (container as PyDict).get(key);
            if (value !== undefined) {
              fast[sp - 1] = value;
              break;
            }
          }
        } else if (typeof container === 'string') {
          // What str.__getitem__ runs (indexes, slices and their errors).
          fast[sp - 1] = strGetItem(container, key);
          break;
        }
        fast[sp - 1] = getItem(container, key);
        break;
      }
      case 19: {
        // STORE_SUBSCR
        const key = fast[--sp]!;
        const container = fast[--sp]!;
        const value = fast[--sp]!;
        if (typeof container === 'object') {
          if (container.cls === dictType) {
            (container as PyDict).set(key, value);
            break;
          }
          if (container.cls === listType && typeof key === 'number') {
            const items = (container as PyList).items;
            const index = key < 0 ? key + items.length : key;
            if (index >= 0 && index < items.length) {
              items[index] = value;
              break;
            }
          }
        }
        setItem(container, key, value);
        break;
      }
      case 30: // LOAD_CONST
        fast[sp++] = consts[arg];
        break;
      case 32: {
        // STORE_NAME
        const value = fast[--sp]!;
        const locals = frame.locals;
        if (locals instanceof PyDict && locals.cls === dictType) {
          // The cache slot holds the entry index this name was last stored at (a checked hint).
          const name = names[arg]!;
          const caches = code.caches ?? makeCaches(code);
          const hint = caches[pc - 1] as number | undefined;
          if (hint !== undefined && locals.keyList[hint] === name) {
            locals.valueList[hint] = value;
            break;
          }
          const index = locals.findStrIndex(name);
          if (index >= 0) {
            locals.valueList[index] = value;
            caches[pc - 1] = index;
          } else {
            caches[pc - 1] = locals.appendEntry(name, value);
          }
        } else if (locals !== null) setItem(locals, names[arg]!, value);
        else throw pyError('SystemError', `no locals found when storing '${names[arg]}'`);
        break;
      }
      case 31: {
        // LOAD_NAME
        const name = names[arg]!;
        const locals = frame.locals;
        let value: PyValue | undefined;
        if (locals === frame.globals) {
          // At module level (locals are the globals): LOAD_GLOBAL's lookup and inline cache.
          fast[sp++] = loadGlobalCached(frame, code.caches ?? makeCaches(code), pc - 1, name);
          break;
        }
        if (locals instanceof PyDict) value = locals.getStr(name);
        else if (locals !== null) value = loadFromMapping(locals, name);
        if (value === undefined) value = frame.globals.getStr(name);
        if (value === undefined) value = frame.builtins.getStr(name);
        if (value === undefined) throw nameErrorNotDefined(name);
        fast[sp++] = value;
        break;
      }
      case 34: {
        // LOAD_GLOBAL
        const globals = frame.globals;
        const caches = code.caches ?? makeCaches(code);
        const entry = caches[pc - 1] as GlobalCache | undefined;
        if (
          entry !== undefined &&
          entry.globals === globals &&
          entry.globalsVersion === globals.version
        ) {
          const builtins = entry.builtins;
          if (builtins === null) {
            fast[sp++] = globals.valueList[entry.index];
            break;
          }
          if (builtins === frame.builtins && entry.builtinsVersion === builtins.version) {
            fast[sp++] = builtins.valueList[entry.index];
            break;
          }
        }
        // A miss (or a stale entry) looks the name up out of the loop and refills the cache.
        fast[sp++] = loadGlobalCached(frame, caches, pc - 1, names[arg]!);
        break;
      }
      case 35: // STORE_GLOBAL
        frame.globals.setStr(names[arg]!, fast[--sp]!);
        break;
      case 37: {
        // LOAD_FAST
        const value = fast[arg];
        if (value === undefined) throw unboundLocal(code, arg);
        fast[sp++] = value;
        break;
      }
      case 38: // STORE_FAST
        fast[arg] = fast[--sp];
        break;
      case 39: // DELETE_FAST
        if (fast[arg] === undefined) throw unboundLocal(code, arg);
        fast[arg] = undefined;
        break;
      case 40: {
        // LOAD_DEREF
        const value = (fast[frame.code.code.varnames.length + arg] as PyCell).value;
        if (value === undefined) throw unboundDeref(code, arg);
        fast[sp++] = value;
        break;
      }
      case 41: // STORE_DEREF
        (fast[code.code.varnames.length + arg] as PyCell).value = fast[--sp];
        break;
      case 44: // LOAD_CLOSURE
        fast[sp++] = fast[code.code.varnames.length + arg];
        break;
      case 45: {
        // LOAD_ATTR
        const obj = fast[sp - 1]!;
        const name = names[arg]!;
        if (typeof obj === 'object' && obj.dict !== null) {
          const type = obj.cls;
          const caches = code.caches ?? makeCaches(code);
          let entry = caches[pc - 1] as AttributeCache | undefined;
          if (entry === undefined || entry.type !== type || entry.version !== type.version) {
            entry = attributeLoadEntry(type, name);
            if (entry !== undefined) caches[pc - 1] = entry;
          }
          const getter = entry === undefined ? undefined : (entry.attribute as PyProperty)?.fget;
          if (getter instanceof PyFunction && (getter.code.code.flags & GENERATOR_FLAGS) === 0) {
            // A property whose getter is a plain Python function: run the getter as a pushed frame
            // (as a call would), not through a nested loop.
            const newFrame = enterPropertyGetter(interp, frame, getter, obj);
            sp--;
            frame.sp = sp;
            frame.lastInstruction = pc - 1;
            newFrame.parent = frame;
            frame = newFrame;
            interp.frame = frame;
            instructions = frame.instructions;
            fast = frame.fast;
            sp = frame.sp;
            pc = 0;
            code = frame.code;
            consts = code.consts;
            names = code.code.names;
            break;
          }
          if (entry !== undefined && entry.attribute === undefined) {
            // Instances of a class usually store their attributes in the same order: try the
            // entry index the last lookup here found before searching the dict.
            const dict = obj.dict;
            const hint = entry.index;
            if (dict.keyList[hint] === name) {
              fast[sp - 1] = dict.valueList[hint]!;
              break;
            }
            const index = dict.findStrIndex(name);
            if (index >= 0) {
              entry.index = index;
              fast[sp - 1] = dict.valueList[index]!;
              break;
            }
          }
        }
        fast[sp - 1] = getAttr(obj, name);
        break;
      }
      case 46: {
        // STORE_ATTR
        const obj = fast[--sp]!;
        const value = fast[--sp]!;
        const name = names[arg]!;
        if (typeof obj === 'object' && obj.dict !== null && !(obj instanceof PyType)) {
          const type = obj.cls;
          const caches = code.caches ?? makeCaches(code);
          let entry = caches[pc - 1] as AttributeCache | undefined;
          if (entry === undefined || entry.type !== type || entry.version !== type.version) {
            entry = attributeStoreEntry(type, name);
            if (entry !== undefined) caches[pc - 1] = entry;
          }
          if (entry !== undefined) {
            const dict = obj.dict;
            const hint = entry.index;
            if (dict.keyList[hint] === name) {
              dict.valueList[hint] = value;
              break;
            }
            const index = dict.findStrIndex(name);
            if (index >= 0) {
              entry.index = index;
              dict.valueList[index] = value;
            } else {
              entry.index = dict.appendEntry(name, value);
            }
            break;
          }
        }
        setAttr(obj, name, value);
        break;
      }
      case 48: {
        // LOAD_METHOD
        const obj = fast[sp - 1]!;
        const name = names[arg]!;
        const type = typeOf(obj);
        const caches = code.caches ?? makeCaches(code);
        const entry = caches[pc - 1] as AttributeCache | undefined;
        let method: PyValue | undefined;
        if (entry !== undefined && entry.type === type && entry.version === type.version) {
          method = entry.attribute;
        } else {
          const fresh = methodLoadEntry(type, name);
          if (fresh !== undefined) {
            method = fresh.attribute;
            caches[pc - 1] = fresh;
          }
        }
        if (method !== undefined) {
          const dict = typeof obj === 'object' ? obj.dict : null;
          if (dict === null || dict.findStrIndex(name) < 0) {
            fast[sp - 1] = method;
            fast[sp++] = obj;
            break;
          }
        }
        fast[sp - 1] = undefined;
        fast[sp++] = getAttr(obj, name);
        break;
      }
      case 60: {
        // BUILD_TUPLE
        if (arg === 0) {
          fast[sp++] = PyTuple.EMPTY;
          break;
        }
        const items = fast.slice(sp - arg, sp) as PyValue[];
        sp -= arg;
        fast[sp++] = new PyTuple(items);
        break;
      }
      case 61: {
        // BUILD_LIST
        const items = arg === 0 ? emptyItems() : (fast.slice(sp - arg, sp) as PyValue[]);
        sp -= arg;
        fast[sp++] = new PyList(items);
        break;
      }
      case 65: {
        // BUILD_STRING
        let text = '';
        for (let index = sp - arg; index < sp; index++) text += fast[index] as string;
        sp -= arg;
        fast[sp++] = text;
        break;
      }
      case 66: {
        // LIST_APPEND
        const value = fast[--sp]!;
        (fast[sp - arg] as PyList).items.push(value);
        break;
      }
      case 67: {
        // SET_ADD
        const value = fast[--sp]!;
        (fast[sp - arg] as PySet).add(value);
        break;
      }
      case 68: {
        // MAP_ADD
        const value = fast[--sp]!;
        const key = fast[--sp]!;
        (fast[sp - arg] as PyDict).set(key, value);
        break;
      }
      case 74: {
        // FORMAT_VALUE
        const spec = (arg & 4) !== 0 ? fast[--sp] : undefined;
        fast[sp - 1] = formatValue(fast[sp - 1]!, arg & 3, spec);
        break;
      }
      case 75: {
        // UNPACK_SEQUENCE
        const items = unpackSequence(fast[--sp]!, arg);
        for (let index = arg - 1; index >= 0; index--) fast[sp++] = items[index];
        break;
      }
      case 80: // JUMP
        if (arg < pc && --interp.budget < 0) {
          // A spent time slice may pause before this JUMP (runFrame handles the signal).
          sliceSp = sp;
          slicePc = pc;
          sliceKind = SLICE_AT_JUMP;
          throw SLICE_SPENT;
        }
        pc = arg;
        break;
      case 81: {
        // POP_JUMP_IF_FALSE
        const value = fast[--sp]!;
        if (value === false || (value !== true && !isTruthy(value))) pc = arg;
        break;
      }
      case 82: {
        // POP_JUMP_IF_TRUE
        const value = fast[--sp]!;
        if (value === true || (value !== false && isTruthy(value))) pc = arg;
        break;
      }
      case 83: // POP_JUMP_IF_NONE
        if (fast[--sp] === None) pc = arg;
        break;
      case 84: // POP_JUMP_IF_NOT_NONE
        if (fast[--sp] !== None) pc = arg;
        break;
      case 85: // JUMP_IF_FALSE_OR_POP
        if (!isTruthy(fast[sp - 1]!)) pc = arg;
        else sp--;
        break;
      case 86: // JUMP_IF_TRUE_OR_POP
        if (isTruthy(fast[sp - 1]!)) pc = arg;
        else sp--;
        break;
      case 87: // GET_ITER
        fast[sp - 1] = getIter(fast[sp - 1]!);
        break;
      case 88: {
        // FOR_ITER
        const iterator = fast[sp - 1]!;
        let value: PyValue | undefined;
        if (iterator instanceof ListIterator || iterator instanceof RangeIterator) {
          value = iterator.next();
        } else if (
          iterator instanceof PyGenerator &&
          iterator.kind === 'generator' &&
          !iterator.cls.isHeapType
        ) {
          if (iterator.frame === null) {
            value = undefined;
          } else {
            if (--interp.budget < 0) {
              sliceSp = sp;
              slicePc = pc;
              sliceKind = SLICE_NO_PAUSE;
              throw SLICE_SPENT;
            }
            frame.pc = pc;
            frame.sp = sp;
            frame.lastInstruction = pc - 1;
            const genFrame = enterGeneratorFrame(
              interp,
              iterator,
              frame,
              ResumeMode.FOR_ITER,
              None,
            );
            frame = genFrame;
            interp.frame = frame;
            instructions = frame.instructions;
            fast = frame.fast;
            sp = frame.sp;
            pc = frame.pc;
            code = frame.code;
            consts = code.consts;
            names = code.code.names;
            break;
          }
        } else if (iterator instanceof PyIterator) {
          value = iterator.next();
        } else {
          value = iterNext(iterator);
        }
        // Branch-free stack update: the exhausted branch then needs no arithmetic of its own, which
        // V8 would deoptimize on the first time a loop ends after the loop function was optimized.
        if (value === undefined) pc = arg;
        else fast[sp] = value;
        sp += value === undefined ? -1 : 1;
        break;
      }

      case 92: // KW_NAMES
        kwnames = code.kwnames[arg] ?? null;
        break;
      case 91: {
        // CALL
        const names0 = kwnames;
        kwnames = null;
        const base = sp - arg - 2;
        let callable = fast[base];
        let argStart: number;
        if (callable === undefined) {
          callable = fast[base + 1]!;
          argStart = base + 2;
        } else {
          argStart = base + 1;
        }
        const argCount = sp - argStart;
        if (--interp.budget < 0) {
          // A spent time slice may pause before this CALL and its KW_NAMES (see runFrame).
          sliceSp = sp;
          slicePc = pc;
          sliceKwnames = names0;
          sliceKind = SLICE_AT_CALL;
          throw SLICE_SPENT;
        }
        if (
          callable instanceof PyFunction &&
          names0 === null &&
          callable.code.plainArgcount >= argCount
        ) {
          // The common call: positional arguments bound in order, the missing last ones (if any)
          // from the defaults (makeFunctionFrame's binding, made here so the frame's allocation
          // is inlined into the loop).
          const fnCode = callable.code;
          const paramCount = fnCode.plainArgcount;
          const defaults = callable.defaults;
          const defaultCount = defaults === null ? 0 : defaults.length;
          if (paramCount - argCount <= defaultCount) {
            const globals = callable.globals;
            const newFrame = new Frame(
              fnCode,
              callable,
              globals,
              globals === frame.globals ? frame.builtins : interp.builtinsFor(globals),
              null,
            );
            const newFast = newFrame.fast;
            for (let index = 0; index < argCount; index++) newFast[index] = fast[argStart + index];
            for (let index = argCount; index < paramCount; index++) {
              newFast[index] = defaults![index - paramCount + defaultCount];
            }
            if (fnCode.hasCells) initCells(callable, newFast);
            const newDepth = interp.depth + 1;
            if (newDepth > interp.recursionLimit) {
              throw pyError('RecursionError', 'maximum recursion depth exceeded');
            }
            sp = base;
            newFrame.depth = newDepth;
            interp.depth = newDepth;
            frame.pc = pc;
            frame.sp = sp;
            frame.lastInstruction = pc - 1;
            newFrame.parent = frame;
            frame = newFrame;
            interp.frame = frame;
            instructions = frame.instructions;
            fast = newFast;
            sp = frame.sp;
            pc = 0;
            code = fnCode;
            consts = code.consts;
            names = code.code.names;
            break;
          }
        }
        const newFrame = enterPythonCall(interp, frame, callable, fast, argStart, argCount, names0);
        if (newFrame !== null) {
          sp = base;
          const flags = newFrame.code.code.flags;
          if ((flags & GENERATOR_FLAGS) !== 0) {
            // A generator function: the call makes the generator, whose frame runs later.
            fast[sp++] = makeGenerator(newFrame, generatorKindOf(flags)!);
            break;
          }
          frame.pc = pc;
          frame.sp = sp;
          frame.lastInstruction = pc - 1;
          newFrame.parent = frame;
          frame = newFrame;
          interp.frame = frame;
          instructions = frame.instructions;
          fast = frame.fast;
          sp = frame.sp;
          pc = 0;
          code = frame.code;
          consts = code.consts;
          names = code.code.names;
          break;
        }
        frame.pc = pc;
        frame.sp = sp;
        frame.lastInstruction = pc - 1;
        fast[base] = callOutOfLoop(interp, callable, fast, base, argStart, sp, names0, frame.depth);
        sp = base + 1;
        break;
      }
      case 93: {
        // CALL_FUNCTION_EX
        if (--interp.budget < 0) {
          sliceSp = sp;
          slicePc = pc;
          sliceKind = SLICE_NO_PAUSE;
          throw SLICE_SPENT;
        }
        const kwargs = (arg & 1) !== 0 ? fast[--sp]! : null;
        const positional = fast[--sp]!;
        const callable = fast[--sp]!;
        sp--;
        const args = starArgs(callable, positional);
        const names1 = kwargs === null ? null : appendStarKwargs(callable, kwargs, args);
        frame.pc = pc;
        frame.sp = sp;
        frame.lastInstruction = pc - 1;
        if (callable instanceof PyFunction && (callable.code.code.flags & GENERATOR_FLAGS) === 0) {
          const newFrame = makeFunctionFrame(
            callable,
            interp.builtinsFor(callable.globals),
            args,
            0,
            args.length,
            names1,
          );
          if (interp.depth + 1 > interp.recursionLimit) {
            throw pyError('RecursionError', 'maximum recursion depth exceeded');
          }
          newFrame.depth = interp.depth + 1;
          interp.depth = newFrame.depth;
          newFrame.parent = frame;
          frame = newFrame;
          interp.frame = frame;
          instructions = frame.instructions;
          fast = frame.fast;
          sp = frame.sp;
          pc = 0;
          code = frame.code;
          consts = code.consts;
          names = code.code.names;
          break;
        }
        if (++interp.depth > interp.recursionLimit) {
          throw pyError(
            'RecursionError',
            'maximum recursion depth exceeded while calling a Python object',
          );
        }
        fast[sp++] = callObject(callable, args, names1);
        interp.depth = frame.depth;
        break;
      }
      case 94: {
        // RETURN_VALUE
        const value = fast[--sp]!;
        const generator = frame.generator;
        if (generator !== null) leaveGeneratorFrame(interp, generator, frame, true);
        if (frame.isEntry || frame === entry) {
          // runFrame restores the caller's state (see loopExitSp).
          loopExitSp = sp;
          loopExitYielded = false;
          return value;
        }
        const mode = frame.resumeMode;
        const initSelf = frame.initSelf;
        const parent = frame.parent!;
        frame.parent = null;
        frame = parent;
        interp.frame = frame;
        interp.depth = frame.depth;
        instructions = frame.instructions;
        fast = frame.fast;
        sp = frame.sp;
        pc = frame.pc;
        code = frame.code;
        consts = code.consts;
        names = code.code.names;
        switch (mode) {
          case ResumeMode.NORMAL:
            fast[sp++] = value;
            break;
          case ResumeMode.INIT:
            if (value !== None) {
              throw typeError(`__init__() should return None, not '${typeOf(value).name}'`);
            }
            fast[sp++] = initSelf!;
            break;
          case ResumeMode.FOR_ITER:
            sp--;
            pc = instructions[((pc - 1) << 1) + 1]!;
            break;
          case ResumeMode.SEND:
            fast[sp - 1] = value;
            pc = instructions[((pc - 1) << 1) + 1]!;
            break;
        }
        break;
      }

      case 100: {
        // RAISE_VARARGS
        if (arg === 0) {
          const handled = interp.handledException();
          if (handled === undefined) throw runtimeError('No active exception to reraise');
          loopRaised = handled as PyBaseException;
          loopRaisedKind = RAISED_AGAIN;
          return undefined;
        }
        let cause: PyBaseException | null | undefined;
        if (arg === 2) cause = causeFor(fast[--sp]!);
        const exc = exceptionToRaise(fast[--sp]!);
        if (cause !== undefined) {
          exc.cause = cause;
          exc.suppressContext = true;
        }
        loopRaised = exc;
        loopRaisedKind = RAISED_NEW;
        return undefined;
      }
      case 101: {
        // RERAISE
        const exc = fast[--sp] as PyBaseException;
        if (arg !== 0) {
          const lasti = fast[sp - arg];
          if (typeof lasti === 'number') frame.lastInstruction = lasti;
        }
        loopRaised = exc;
        loopRaisedKind = RAISED_AGAIN;
        return undefined;
      }
      case 102: {
        // PUSH_EXC_INFO
        const value = fast[sp - 1]!;
        const excInfo = interp.excInfo;
        fast[sp - 1] = excInfo.value;
        fast[sp++] = value;
        excInfo.value = value;
        break;
      }
      case 103: {
        // POP_EXCEPT
        const excInfo = interp.excInfo;
        const handled = excInfo.value;
        excInfo.value = fast[--sp]!;
        if (handled instanceof PyBaseException && handled.limitKind !== null) {
          loopRaised = handled;
          loopRaisedKind = RAISED_AGAIN;
          return undefined;
        }
        break;
      }
      case 104: {
        // CHECK_EXC_MATCH
        const matcher = fast[sp - 1]!;
        fast[sp - 1] = exceptionMatches(fast[sp - 2]!, matcher);
        break;
      }
      case 110: {
        // YIELD_VALUE
        const value = fast[--sp]!;
        const generator = frame.generator!;
        frame.pc = pc;
        frame.sp = sp;
        frame.lastInstruction = pc - 1;
        leaveGeneratorFrame(interp, generator, frame, false);
        const parent = frame.parent;
        frame.parent = null;
        if (frame.isEntry || frame === entry) {
          loopExitSp = sp;
          loopExitYielded = true;
          return value;
        }
        frame = parent!;
        interp.frame = frame;
        interp.depth = frame.depth;
        instructions = frame.instructions;
        fast = frame.fast;
        sp = frame.sp;
        pc = frame.pc;
        code = frame.code;
        consts = code.consts;
        names = code.code.names;
        fast[sp++] = value;
        break;
      }
      case 111: {
        // SEND
        const value = fast[--sp]!;
        const receiver = fast[sp - 1]!;
        if (
          receiver instanceof PyGenerator &&
          !receiver.cls.isHeapType &&
          receiver.frame !== null &&
          !receiver.running
        ) {
          if (--interp.budget < 0) {
            sliceSp = sp;
            slicePc = pc;
            sliceKind = SLICE_AT_SEND;
            throw SLICE_SPENT;
          }
          frame.pc = pc;
          frame.sp = sp;
          frame.lastInstruction = pc - 1;
          frame.generator!.yieldFrom = receiver;
          const genFrame = enterGeneratorFrame(interp, receiver, frame, ResumeMode.SEND, value);
          frame = genFrame;
          interp.frame = frame;
          instructions = frame.instructions;
          fast = frame.fast;
          sp = frame.sp;
          pc = frame.pc;
          code = frame.code;
          consts = code.consts;
          names = code.code.names;
          break;
        }
        frame.pc = pc;
        frame.sp = sp;
        frame.lastInstruction = pc - 1;
        const outcome = sendTo(interp, receiver, value);
        if (outcome.done) {
          fast[sp - 1] = outcome.value;
          pc = arg;
        } else {
          if (frame.generator !== null) frame.generator.yieldFrom = receiver;
          fast[sp++] = outcome.value;
        }
        break;
      }
      case 116: {
        // END_ASYNC_FOR
        const exc = fast[--sp] as PyBaseException;
        if (exc.cls.isSubtypeOf(exceptionTypeNamed('StopAsyncIteration'))) {
          sp--;
          break;
        }
        loopRaised = exc;
        loopRaisedKind = RAISED_AGAIN;
        return undefined;
      }
      default:
        // Rare opcodes run out of line (fast-outlined-ops.ts), keeping this function small.
        frame.sp = sp;
        frame.lastInstruction = pc - 1;
        sp = runOutlinedOp(interp, frame, op, arg, sp);
        break;
    }
  }
}

/**
 * An empty items array of V8's generic elements kind (a `[]` literal starts as a Smi array and
 * changes kind when a large int, a float or an object is appended: each change of a list's array
 * kind made the optimized loop's LIST_APPEND and subscripts deoptimize).
 */
function emptyItems(): PyValue[] {
  const items: PyValue[] = [None];
  items.pop();
  return items;
}

/** Restores interpreter state when an internal error aborts the loop. */
function unwindAll(interp: Interpreter, entry: Frame, outerFrame: Frame | null): void {
  interp.depth = entry.depth - 1;
  interp.frame = outerFrame;
}

/** Sends a value into a non-generator receiver (an iterator or awaitable): yielded or done. */
function sendTo(
  interp: Interpreter,
  receiver: PyValue,
  value: PyValue,
): { done: boolean; value: PyValue } {
  if (receiver instanceof PyGenerator) {
    const result = interp.resumeGenerator(receiver, 'send', value);
    return { done: !result.yielded, value: result.value };
  }
  try {
    let result: PyValue | undefined;
    if (value === None) {
      result = iterNextOrStop(receiver);
    } else {
      result = callObject(getAttr(receiver, 'send'), [value]);
    }
    return { done: false, value: result };
  } catch (error) {
    if (error instanceof PythonError) {
      const exc = exceptionFromThrown(error);
      if (exc.cls.isSubtypeOf(exceptionTypeNamed('StopIteration'))) {
        return { done: true, value: exc.getMember('value') ?? exc.args.items[0] ?? None };
      }
    }
    throw error;
  }
}

function iterNextOrStop(receiver: PyValue): PyValue {
  const next = typeOf(receiver).lookup('__next__');
  if (next === undefined) throw typeError(`'${typeOf(receiver).name}' object is not an iterator`);
  return callObject(getAttr(receiver, '__next__'), []);
}

/** Kept for callers that need the code of a frame's function flags. */
export const CALL_FLAGS = { CO_VARARGS, CO_VARKEYWORDS };
/** Exported so other modules can name the group class when matching. */
export { PyExceptionGroup, valueError };
