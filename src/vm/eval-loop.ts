// The bytecode dispatch loop. Python→Python calls push a heap frame and continue in the same loop
// (never recursing on the JS stack); exceptions unwind through each code's exception table. Natives
// that call back into Python re-enter through Interpreter.runEntry (a nested runFrame).

import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code-object.js';
import { Op } from '../compiler/opcodes.js';
import { dictType } from '../objects/builtin-types.js';
import { PyDict } from '../objects/dict.js';
import { pyError, valueError } from '../objects/errors.js';
import { type PyBaseException, PyExceptionGroup } from '../objects/exceptions.js';
import { PyFunction } from '../objects/function.js';
import { ListIterator, RangeIterator } from '../objects/iterators.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { None } from '../objects/singletons.js';
import { PyTraceback } from '../objects/traceback.js';
import { initCells } from './call.js';
import { chainContext, exceptionFromThrown, isPropagating, propagate } from './exceptions-state.js';
import { compareNumbers, numberBinaryFast } from './fast-arith.js';
import { Frame, ResumeMode } from './frame.js';
import { exceptionLeavingGenerator, leaveGeneratorFrame } from './generators.js';
import { HostCallSignal, pauseAtHostCall } from './host-call.js';
import { type AttributeCache, type GlobalCache, makeCaches } from './inline-cache.js';
import type { Interpreter } from './interpreter.js';
import {
  EXIT_VALUE,
  loopSignals,
  RAISED_AGAIN,
  RAISED_NEW,
  RAISED_THROWN_IN,
  type RaisedKind,
  SLICE_AT_CALL,
  SLICE_AT_JUMP,
  SLICE_AT_SEND,
  SLICE_SPENT,
  SWITCHED,
} from './loop-signals.js';
import { opHandlers } from './op-table.js';
import { quicken } from './quicken.js';
import { budgetSpent, pauseLoop } from './snapshot/time-slice.js';

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
          interp.frame!.sp = loopSignals.exitSp;
          interp.frame = outerFrame;
          interp.depth = outerDepth;
          interp.lastExitYielded = loopSignals.exitYielded;
          return result;
        }
        raised = loopSignals.raised;
        raisedKind = loopSignals.raisedKind;
        loopSignals.raised = null;
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
  const kind = loopSignals.sliceKind;
  const slicePc = loopSignals.slicePc;
  const sliceSp = loopSignals.sliceSp;
  // The instruction to run again: the charged one, or the KW_NAMES just before a CALL.
  const withKwnames = kind === SLICE_AT_CALL && loopSignals.sliceKwnames !== null;
  const rerunPc = withKwnames ? slicePc - 2 : slicePc - 1;
  at.pc = slicePc;
  at.sp = kind === SLICE_AT_SEND ? sliceSp + 1 : sliceSp; // SEND pops its value again
  loopSignals.sliceKwnames = null;
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
 * The dispatch loop proper: runs instructions from `interp.frame` (its pc and sp) until `entry`
 * returns or yields (its value, with loopSignals.exitSp/exitYielded set; interp.frame still
 * `entry`), a charged instruction finds the time slice spent (throws SLICE_SPENT), or an
 * instruction raises: then it returns undefined with the exception in `loopSignals.raised`, or a
 * native throws. The frame running is `interp.frame` and its `pc` is one past the instruction that
 * raised.
 *
 * Only the fast paths of the commonest instructions run here (int and float arithmetic, int
 * comparison, bool jumps, list and range iteration, locals and constants, cache hits of globals,
 * module names, instance attributes and methods, the positional call of a Python function and the
 * plain return), and the fused pairs of quicken.ts, whose instructions (not the frame's) this runs;
 * every other instruction, and every path these decline, calls its handler from the one call site
 * below (op-table.ts). V8 throws an optimized function away when it reaches code it has no type
 * feedback for, which a program does whenever it starts doing something new: this function stays
 * small, so recompiling it is quick, and a handler reached for the first time deoptimizes only
 * itself.
 */
function dispatch(interp: Interpreter, entry: Frame): PyValue | undefined {
  let frame = interp.frame!;
  let instructions = frame.code.quickened ?? quicken(frame.code);
  let fast = frame.fast;
  let sp = frame.sp;
  let pc = frame.pc;
  let consts = frame.code.consts;
  let caches = frame.code.caches ?? makeCaches(frame.code);
  for (;;) {
    const at = pc << 1;
    let op = instructions[at]!;
    const arg = instructions[at + 1]!;
    pc++;
    frame.pc = pc;
    switch (op) {
      // Opcodes without an inline path: listed so the switch is dense (V8 then compiles it to a
      // jump table, not a search), all going to the handler call below.
      case 0:
      case 3:
      case 4:
      case 10:
      case 11:
      case 12:
      case 13:
      case 16:
      case 17:
      case 18:
      case 19:
      case 20:
      case 21:
      case 26:
      case 27:
      case 28:
      case 29:
      case 33:
      case 35:
      case 36:
      case 39:
      case 40:
      case 41:
      case 42:
      case 43:
      case 44:
      case 47:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
      case 58:
      case 59:
      case 60:
      case 61:
      case 62:
      case 63:
      case 64:
      case 65:
      case 66:
      case 67:
      case 68:
      case 69:
      case 70:
      case 71:
      case 72:
      case 73:
      case 74:
      case 75:
      case 76:
      case 77:
      case 78:
      case 79:
      case 83:
      case 84:
      case 85:
      case 86:
      case 87:
      case 89:
      case 90:
      case 92:
      case 93:
        break;
      case 1: // POP_TOP
        sp--;
        continue;
      case 5: {
        // fused LOAD_FAST_LOAD_FAST (quicken.ts): the first local, then the second when bound
        const first = fast[arg];
        if (first !== undefined) {
          fast[sp++] = first;
          const second = fast[instructions[(pc << 1) + 1]!];
          if (second !== undefined) {
            fast[sp++] = second;
            pc++;
          }
          continue;
        }
        op = 37;
        break;
      }
      case 6: {
        // fused LOAD_FAST_LOAD_CONST
        const value = fast[arg];
        if (value !== undefined) {
          fast[sp++] = value;
          fast[sp++] = consts[instructions[(pc << 1) + 1]!];
          pc++;
          continue;
        }
        op = 37;
        break;
      }
      case 7: // fused COMPARE_OP_POP_JUMP_IF_FALSE
      case 8: {
        // fused COMPARE_OP_POP_JUMP_IF_TRUE (both of two ints): jumps when the result is op 8's
        const right = fast[sp - 1]!;
        const left = fast[sp - 2]!;
        if (typeof left === 'number' && typeof right === 'number') {
          sp -= 2;
          pc =
            compareNumbers(arg, left, right) === (op === 8) ? instructions[(pc << 1) + 1]! : pc + 1;
          continue;
        }
        op = 15;
        break;
      }
      case 22: {
        // fused FOR_ITER_STORE_FAST over a list or a range (branch-free as FOR_ITER below)
        const iterator = fast[sp - 1]!;
        if (iterator instanceof ListIterator || iterator instanceof RangeIterator) {
          const value = iterator.next();
          const done = value === undefined;
          fast[done ? sp : instructions[(pc << 1) + 1]!] = value;
          pc = done ? arg : pc + 1;
          sp -= done ? 1 : 0;
          continue;
        }
        op = 88;
        break;
      }
      case 23: {
        // fused LOAD_FAST_LOAD_CONST_BINARY_OP: the arithmetic too when it is on ints or floats
        const left = fast[arg];
        if (left !== undefined) {
          const right = consts[instructions[(pc << 1) + 1]!]!;
          const kind = instructions[(pc << 1) + 3]!;
          const result = numberBinaryFast(kind, left, right);
          if (result !== undefined) {
            fast[sp++] = result;
            pc += 2;
          } else {
            fast[sp++] = left;
            fast[sp++] = right;
            pc++;
          }
          continue;
        }
        op = 37;
        break;
      }
      case 24: {
        // fused BINARY_OP_STORE_FAST of two ints, or of floats
        const right = fast[sp - 1]!;
        const left = fast[sp - 2]!;
        const result = numberBinaryFast(arg, left, right);
        if (result !== undefined) {
          sp -= 2;
          fast[instructions[(pc << 1) + 1]!] = result;
          pc++;
          continue;
        }
        op = 14;
        break;
      }
      case 25: {
        // fused PUSH_NULL_LOAD_GLOBAL: the NULL, then the global on a cache hit
        fast[sp++] = undefined;
        const globals = frame.globals;
        const entry = caches[pc] as GlobalCache | undefined;
        if (
          entry !== undefined &&
          entry.globals === globals &&
          entry.globalsVersion === globals.version
        ) {
          const builtins = entry.builtins;
          if (builtins === null) {
            fast[sp++] = globals.valueList[entry.index];
            pc++;
          } else if (builtins === frame.builtins && entry.builtinsVersion === builtins.version) {
            fast[sp++] = builtins.valueList[entry.index];
            pc++;
          }
        }
        continue;
      }
      case 9: {
        // fused STORE_FAST_LOAD_FAST: the store, then the load when its local is bound
        fast[arg] = fast[--sp];
        const value = fast[instructions[(pc << 1) + 1]!];
        if (value !== undefined) {
          fast[sp++] = value;
          pc++;
        }
        continue;
      }
      case 2: // PUSH_NULL
        fast[sp++] = undefined;
        continue;
      case 14: {
        // BINARY_OP of two ints, or of floats
        const right = fast[sp - 1]!;
        const left = fast[sp - 2]!;
        const result = numberBinaryFast(arg, left, right);
        if (result !== undefined) {
          fast[sp - 2] = result;
          sp--;
          continue;
        }
        break;
      }
      case 15: {
        // COMPARE_OP of two ints
        const right = fast[sp - 1]!;
        const left = fast[sp - 2]!;
        if (typeof left === 'number' && typeof right === 'number') {
          fast[sp - 2] = compareNumbers(arg, left, right);
          sp--;
          continue;
        }
        break;
      }
      case 30: // LOAD_CONST
        fast[sp++] = consts[arg];
        continue;
      case 37: {
        // LOAD_FAST of a bound local
        const value = fast[arg];
        if (value !== undefined) {
          fast[sp++] = value;
          continue;
        }
        break;
      }
      case 38: // STORE_FAST
        fast[arg] = fast[--sp];
        continue;
      case 31: // LOAD_NAME at module level: LOAD_GLOBAL's cache hit
      case 34: {
        // LOAD_GLOBAL's cache hit
        const globals = frame.globals;
        if (op === 31 && frame.locals !== globals) break;
        const entry = caches[pc - 1] as GlobalCache | undefined;
        if (
          entry !== undefined &&
          entry.globals === globals &&
          entry.globalsVersion === globals.version
        ) {
          const builtins = entry.builtins;
          if (builtins === null) {
            fast[sp++] = globals.valueList[entry.index];
            continue;
          }
          if (builtins === frame.builtins && entry.builtinsVersion === builtins.version) {
            fast[sp++] = builtins.valueList[entry.index];
            continue;
          }
        }
        break;
      }
      case 32: {
        // STORE_NAME where the name was stored last time (the cache holds its entry index)
        const locals = frame.locals;
        const hint = caches[pc - 1];
        if (typeof hint === 'number' && locals instanceof PyDict && locals.cls === dictType) {
          if (locals.keyList[hint] === frame.code.code.names[arg]) {
            locals.valueList[hint] = fast[--sp]!;
            continue;
          }
        }
        break;
      }
      case 45: {
        // LOAD_ATTR of an instance attribute where the cached lookup found it last time
        const obj = fast[sp - 1]!;
        if (typeof obj === 'object' && obj.dict !== null) {
          const entry = caches[pc - 1] as AttributeCache | undefined;
          const type = obj.cls;
          if (
            entry !== undefined &&
            entry.type === type &&
            entry.version === type.version &&
            entry.attribute === undefined
          ) {
            const dict = obj.dict;
            const hint = entry.index;
            if (dict.keyList[hint] === frame.code.code.names[arg]) {
              fast[sp - 1] = dict.valueList[hint]!;
              continue;
            }
          }
        }
        break;
      }
      case 46: {
        // STORE_ATTR of an instance attribute where the cached lookup found it last time (a
        // class's attributes are never cached: its handler stores them)
        const obj = fast[sp - 1]!;
        if (typeof obj === 'object' && obj.dict !== null && !(obj instanceof PyType)) {
          const entry = caches[pc - 1] as AttributeCache | undefined;
          const type = obj.cls;
          if (entry !== undefined && entry.type === type && entry.version === type.version) {
            const dict = obj.dict;
            const hint = entry.index;
            if (dict.keyList[hint] === frame.code.code.names[arg]) {
              dict.valueList[hint] = fast[sp - 2]!;
              sp -= 2;
              continue;
            }
          }
        }
        break;
      }
      case 48: {
        // LOAD_METHOD of a method the cache holds, on an instance without that attribute
        const obj = fast[sp - 1]!;
        if (typeof obj === 'object') {
          const entry = caches[pc - 1] as AttributeCache | undefined;
          const type = obj.cls;
          if (entry !== undefined && entry.type === type && entry.version === type.version) {
            const method = entry.attribute;
            const dict = obj.dict;
            if (
              method !== undefined &&
              (dict === null || dict.findStrIndex(frame.code.code.names[arg]!) < 0)
            ) {
              fast[sp - 1] = method;
              fast[sp++] = obj;
              continue;
            }
          }
        }
        break;
      }
      case 80: // JUMP (its handler signals a backward jump's spent time slice)
        if (arg >= pc || --interp.budget >= 0) {
          pc = arg;
          continue;
        }
        break;
      case 81: {
        // POP_JUMP_IF_FALSE of a bool
        const value = fast[sp - 1];
        if (value === false || value === true) {
          sp--;
          if (value === false) pc = arg;
          continue;
        }
        break;
      }
      case 82: {
        // POP_JUMP_IF_TRUE of a bool
        const value = fast[sp - 1];
        if (value === false || value === true) {
          sp--;
          if (value === true) pc = arg;
          continue;
        }
        break;
      }
      case 91: {
        // CALL of a Python function with positional arguments (and defaults for the rest)
        const base = sp - arg - 2;
        let callable = fast[base];
        let argStart = base + 1;
        if (callable === undefined) {
          callable = fast[base + 1]!;
          argStart = base + 2;
        }
        const argCount = sp - argStart;
        if (
          callable instanceof PyFunction &&
          callable.code.plainArgcount >= argCount &&
          callable.code.plainArgcount - argCount <= (callable.defaults?.length ?? 0) &&
          loopSignals.kwnames === null &&
          interp.budget > 0 &&
          interp.depth < interp.recursionLimit
        ) {
          interp.budget--;
          const fnCode = callable.code;
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
          const paramCount = fnCode.plainArgcount;
          if (argCount < paramCount) {
            // The missing last parameters from the defaults.
            const defaults = callable.defaults!;
            const skipped = defaults.length - paramCount;
            for (let index = argCount; index < paramCount; index++) {
              newFast[index] = defaults[skipped + index];
            }
          }
          if (fnCode.hasCells) initCells(callable, newFast);
          const newDepth = interp.depth + 1;
          newFrame.depth = newDepth;
          interp.depth = newDepth;
          frame.sp = base;
          frame.lastInstruction = pc - 1;
          newFrame.parent = frame;
          frame = newFrame;
          interp.frame = frame;
          instructions = fnCode.quickened ?? quicken(fnCode);
          fast = newFast;
          sp = frame.sp;
          pc = 0;
          consts = fnCode.consts;
          caches = fnCode.caches ?? makeCaches(fnCode);
          continue;
        }
        break;
      }
      case 94: {
        // RETURN_VALUE of a plain function's frame to its caller in this loop
        const parent = frame.parent;
        if (
          parent !== null &&
          frame.generator === null &&
          frame.resumeMode === ResumeMode.NORMAL &&
          !frame.isEntry &&
          frame !== entry
        ) {
          const value = fast[sp - 1];
          frame.parent = null;
          frame = parent;
          interp.frame = frame;
          interp.depth = frame.depth;
          instructions = frame.code.quickened ?? quicken(frame.code);
          fast = frame.fast;
          sp = frame.sp;
          pc = frame.pc;
          consts = frame.code.consts;
          caches = frame.code.caches ?? makeCaches(frame.code);
          fast[sp++] = value;
          continue;
        }
        break;
      }
      case 88: {
        // FOR_ITER over a list or a range
        const iterator = fast[sp - 1]!;
        if (iterator instanceof ListIterator || iterator instanceof RangeIterator) {
          const value = iterator.next();
          // Branch-free stack update: the exhausted branch then needs no arithmetic of its own,
          // which V8 would deoptimize on the first time a loop ends after this was optimized.
          if (value === undefined) pc = arg;
          else fast[sp] = value;
          sp += value === undefined ? -1 : 1;
          continue;
        }
        break;
      }
    }
    frame.sp = sp;
    frame.lastInstruction = pc - 1;
    const result = opHandlers[op]!(interp, frame, arg, sp, entry);
    if (result >= 0) {
      sp = result;
      pc = frame.pc;
    } else if (result === SWITCHED) {
      frame = interp.frame!;
      instructions = frame.code.quickened ?? quicken(frame.code);
      fast = frame.fast;
      sp = frame.sp;
      pc = frame.pc;
      consts = frame.code.consts;
      caches = frame.code.caches ?? makeCaches(frame.code);
    } else {
      return result === EXIT_VALUE ? takeExitValue() : undefined;
    }
  }
}

/** The value `entry` returned or yielded (EXIT_VALUE), no longer held by loopSignals. */
function takeExitValue(): PyValue {
  const value = loopSignals.exitValue!;
  loopSignals.exitValue = undefined;
  return value;
}

/** Restores interpreter state when an internal error aborts the loop. */
function unwindAll(interp: Interpreter, entry: Frame, outerFrame: Frame | null): void {
  interp.depth = entry.depth - 1;
  interp.frame = outerFrame;
}

/** Kept for callers that need the code of a frame's function flags. */
export const CALL_FLAGS = { CO_VARARGS, CO_VARKEYWORDS };
/** Exported so other modules can name the group class when matching. */
export { PyExceptionGroup, valueError };
