// The handlers (see loop-signals.ts) of the instructions that switch the running frame or leave the
// loop: calls, returns, yields, generator resumption, property getters, and raises. Each is its own
// function, so V8 optimizes (and deoptimizes) it alone, never the whole dispatch loop.

import { pyError, runtimeError, typeError } from '../objects/errors.js';
import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import { PyFunction } from '../objects/function.js';
import { PyGenerator } from '../objects/generator.js';
import { PyIterator } from '../objects/iterators.js';
import type { PyProperty } from '../objects/property.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { iterNext } from '../objects/protocol-iter.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { None } from '../objects/singletons.js';
import { typeOf } from '../objects/type-of.js';
import { GENERATOR_FLAGS, generatorKindOf, makeFunctionFrame, makeGenerator } from './call.js';
import {
  attributeLoadEntry,
  callOutOfLoop,
  enterPropertyGetter,
  enterPythonCall,
} from './dispatch-slow-paths.js';
import { exceptionFromThrown } from './exceptions-state.js';
import { type Frame, ResumeMode } from './frame.js';
import { enterGeneratorFrame, leaveGeneratorFrame } from './generators.js';
import type { AttributeCache } from './inline-cache.js';
import { makeCaches } from './inline-cache.js';
import { appendStarKwargs, causeFor, exceptionToRaise, starArgs } from './instruction-helpers.js';
import type { Interpreter } from './interpreter.js';
import {
  exitWith,
  loopSignals,
  RAISED_AGAIN,
  RAISED_NEW,
  raiseFromLoop,
  SLICE_AT_CALL,
  SLICE_AT_JUMP,
  SLICE_AT_SEND,
  SLICE_NO_PAUSE,
  SWITCHED,
  sliceSpent,
} from './loop-signals.js';

/** Makes `newFrame` (pc 0, sp at its stack base, depth set) the running frame, called by `frame`. */
function pushFrame(
  interp: Interpreter,
  frame: Frame,
  sp: number,
  newFrame: Frame,
): typeof SWITCHED {
  frame.sp = sp;
  newFrame.parent = frame;
  interp.frame = newFrame;
  return SWITCHED;
}

/** JUMP whose backward jump found the time slice spent (the loop takes every other JUMP inline). */
export function jumpSliceSpent(
  _interp: Interpreter,
  frame: Frame,
  _arg: number,
  sp: number,
): number {
  return sliceSpent(SLICE_AT_JUMP, frame.pc, sp);
}

/** CALL (but the loop's inline positional call): pushes a Python frame or calls a native. */
export function callHandler(interp: Interpreter, frame: Frame, arg: number, sp: number): number {
  const names0 = loopSignals.kwnames;
  loopSignals.kwnames = null;
  const fast = frame.fast;
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
    loopSignals.sliceKwnames = names0;
    sliceSpent(SLICE_AT_CALL, frame.pc, sp);
  }
  // The plain positional call of a Python function runs inline in dispatch; what comes here binds
  // out of line (keywords, methods, classes) or calls a native.
  const newFrame = enterPythonCall(interp, frame, callable, fast, argStart, argCount, names0);
  if (newFrame !== null) {
    const flags = newFrame.code.code.flags;
    if ((flags & GENERATOR_FLAGS) !== 0) {
      // A generator function: the call makes the generator, whose frame runs later.
      fast[base] = makeGenerator(newFrame, generatorKindOf(flags)!);
      return base + 1;
    }
    return pushFrame(interp, frame, base, newFrame);
  }
  fast[base] = callOutOfLoop(interp, callable, fast, base, argStart, sp, names0, frame.depth);
  return base + 1;
}

/** CALL_FUNCTION_EX: a call with `*args` (and `**kwargs` when `arg & 1`). */
export function callFunctionExHandler(
  interp: Interpreter,
  frame: Frame,
  arg: number,
  sp: number,
): number {
  if (--interp.budget < 0) sliceSpent(SLICE_NO_PAUSE, frame.pc, sp);
  const fast = frame.fast;
  const kwargs = (arg & 1) !== 0 ? fast[--sp]! : null;
  const positional = fast[--sp]!;
  const callable = fast[--sp]!;
  sp--;
  const args = starArgs(callable, positional);
  const names1 = kwargs === null ? null : appendStarKwargs(callable, kwargs, args);
  frame.sp = sp;
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
    return pushFrame(interp, frame, sp, newFrame);
  }
  if (++interp.depth > interp.recursionLimit) {
    throw pyError(
      'RecursionError',
      'maximum recursion depth exceeded while calling a Python object',
    );
  }
  fast[sp++] = callObject(callable, args, names1);
  interp.depth = frame.depth;
  return sp;
}

/** RETURN_VALUE: leaves the loop when `frame` is its entry, else resumes the caller. */
export function returnValueHandler(
  interp: Interpreter,
  frame: Frame,
  _arg: number,
  sp: number,
  entry: Frame,
): number {
  const value = frame.fast[--sp]!;
  const generator = frame.generator;
  if (generator !== null) leaveGeneratorFrame(interp, generator, frame, true);
  // runFrame restores the caller's state (see loopSignals.exitSp).
  if (frame.isEntry || frame === entry) return exitWith(value, sp, false);
  const mode = frame.resumeMode;
  const initSelf = frame.initSelf;
  const parent = frame.parent!;
  frame.parent = null;
  interp.frame = parent;
  interp.depth = parent.depth;
  const fast = parent.fast;
  let parentSp = parent.sp;
  switch (mode) {
    case ResumeMode.NORMAL:
      fast[parentSp++] = value;
      break;
    case ResumeMode.INIT:
      if (value !== None) {
        throw typeError(`__init__() should return None, not '${typeOf(value).name}'`);
      }
      fast[parentSp++] = initSelf!;
      break;
    case ResumeMode.FOR_ITER:
      parentSp--;
      parent.pc = parent.instructions[((parent.pc - 1) << 1) + 1]!;
      break;
    case ResumeMode.SEND:
      fast[parentSp - 1] = value;
      parent.pc = parent.instructions[((parent.pc - 1) << 1) + 1]!;
      break;
  }
  parent.sp = parentSp;
  return SWITCHED;
}

/** YIELD_VALUE: suspends the generator's frame; leaves the loop when it is the entry. */
export function yieldValueHandler(
  interp: Interpreter,
  frame: Frame,
  _arg: number,
  sp: number,
  entry: Frame,
): number {
  const value = frame.fast[--sp]!;
  const generator = frame.generator!;
  frame.sp = sp;
  leaveGeneratorFrame(interp, generator, frame, false);
  const parent = frame.parent;
  frame.parent = null;
  if (frame.isEntry || frame === entry) return exitWith(value, sp, true);
  interp.frame = parent!;
  interp.depth = parent!.depth;
  parent!.fast[parent!.sp++] = value;
  return SWITCHED;
}

/** FOR_ITER: the next item of the iterator on the stack top, or a jump to `arg` when it ends. */
export function forIterHandler(interp: Interpreter, frame: Frame, arg: number, sp: number): number {
  const fast = frame.fast;
  const iterator = fast[sp - 1]!;
  let value: PyValue | undefined;
  if (
    iterator instanceof PyGenerator &&
    iterator.kind === 'generator' &&
    !iterator.cls.isHeapType
  ) {
    if (iterator.frame === null) {
      value = undefined;
    } else {
      if (--interp.budget < 0) sliceSpent(SLICE_NO_PAUSE, frame.pc, sp);
      frame.sp = sp;
      interp.frame = enterGeneratorFrame(interp, iterator, frame, ResumeMode.FOR_ITER, None);
      return SWITCHED;
    }
  } else if (iterator instanceof PyIterator) {
    value = iterator.next();
  } else {
    value = iterNext(iterator);
  }
  if (value === undefined) {
    frame.pc = arg;
    return sp - 1;
  }
  fast[sp] = value;
  return sp + 1;
}

/** SEND: resumes the receiver of `yield from` / `await` with the value on the stack top. */
export function sendHandler(interp: Interpreter, frame: Frame, arg: number, sp: number): number {
  const fast = frame.fast;
  const value = fast[--sp]!;
  const receiver = fast[sp - 1]!;
  if (
    receiver instanceof PyGenerator &&
    !receiver.cls.isHeapType &&
    receiver.frame !== null &&
    !receiver.running
  ) {
    if (--interp.budget < 0) sliceSpent(SLICE_AT_SEND, frame.pc, sp);
    frame.sp = sp;
    frame.generator!.yieldFrom = receiver;
    interp.frame = enterGeneratorFrame(interp, receiver, frame, ResumeMode.SEND, value);
    return SWITCHED;
  }
  frame.sp = sp;
  const outcome = sendTo(interp, receiver, value);
  if (outcome.done) {
    fast[sp - 1] = outcome.value;
    frame.pc = arg;
  } else {
    if (frame.generator !== null) frame.generator.yieldFrom = receiver;
    fast[sp++] = outcome.value;
  }
  return sp;
}

/** LOAD_ATTR: instance attributes through the inline cache; a Python property getter as a frame. */
export function loadAttrHandler(
  interp: Interpreter,
  frame: Frame,
  arg: number,
  sp: number,
): number {
  const fast = frame.fast;
  const code = frame.code;
  const obj = fast[sp - 1]!;
  const name = code.code.names[arg]!;
  if (typeof obj === 'object' && obj.dict !== null) {
    const type = obj.cls;
    const at = frame.pc - 1;
    const caches = code.caches ?? makeCaches(code);
    let entry = caches[at] as AttributeCache | undefined;
    if (entry === undefined || entry.type !== type || entry.version !== type.version) {
      entry = attributeLoadEntry(type, name);
      if (entry !== undefined) caches[at] = entry;
    }
    if (entry !== undefined) {
      if (entry.attribute === undefined) {
        // Instances of a class usually store their attributes in the same order: try the entry
        // index the last lookup here found before searching the dict.
        const dict = obj.dict;
        const hint = entry.index;
        if (dict.keyList[hint] === name) {
          fast[sp - 1] = dict.valueList[hint]!;
          return sp;
        }
        const index = dict.findStrIndex(name);
        if (index >= 0) {
          entry.index = index;
          fast[sp - 1] = dict.valueList[index]!;
          return sp;
        }
      } else {
        const getter = (entry.attribute as PyProperty).fget;
        if (getter instanceof PyFunction && (getter.code.code.flags & GENERATOR_FLAGS) === 0) {
          // A property whose getter is a plain Python function: run the getter as a pushed frame
          // (as a call would), not through a nested loop.
          return pushFrame(interp, frame, sp - 1, enterPropertyGetter(interp, frame, getter, obj));
        }
      }
    }
  }
  fast[sp - 1] = getAttr(obj, name);
  return sp;
}

/** RAISE_VARARGS: `raise` (again), `raise exc`, or `raise exc from cause`. */
export function raiseVarargsHandler(
  interp: Interpreter,
  frame: Frame,
  arg: number,
  sp: number,
): number {
  if (arg === 0) {
    const handled = interp.handledException();
    if (handled === undefined) throw runtimeError('No active exception to reraise');
    return raiseFromLoop(handled as PyBaseException, RAISED_AGAIN);
  }
  const fast = frame.fast;
  let cause: PyBaseException | null | undefined;
  if (arg === 2) cause = causeFor(fast[--sp]!);
  const exc = exceptionToRaise(fast[--sp]!);
  if (cause !== undefined) {
    exc.cause = cause;
    exc.suppressContext = true;
  }
  return raiseFromLoop(exc, RAISED_NEW);
}

/** RERAISE: raises the exception on the stack top again (restoring `lasti` when `arg` is set). */
export function reraiseHandler(
  _interp: Interpreter,
  frame: Frame,
  arg: number,
  sp: number,
): number {
  const fast = frame.fast;
  const exc = fast[--sp] as PyBaseException;
  if (arg !== 0) {
    const lasti = fast[sp - arg];
    if (typeof lasti === 'number') frame.lastInstruction = lasti;
  }
  return raiseFromLoop(exc, RAISED_AGAIN);
}

/** POP_EXCEPT: restores the handled exception; a limit error caught by `except` raises again. */
export function popExceptHandler(
  interp: Interpreter,
  frame: Frame,
  _arg: number,
  sp: number,
): number {
  const excInfo = interp.excInfo;
  const handled = excInfo.value;
  excInfo.value = frame.fast[--sp]!;
  if (handled instanceof PyBaseException && handled.limitKind !== null) {
    return raiseFromLoop(handled, RAISED_AGAIN);
  }
  return sp;
}

/** END_ASYNC_FOR: ends an `async for` at StopAsyncIteration, else raises the exception again. */
export function endAsyncForHandler(
  _interp: Interpreter,
  frame: Frame,
  _arg: number,
  sp: number,
): number {
  const fast = frame.fast;
  const exc = fast[--sp] as PyBaseException;
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('StopAsyncIteration'))) return sp - 1;
  return raiseFromLoop(exc, RAISED_AGAIN);
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
