// Generators and coroutines in the VM: entering and leaving their frames (inline from FOR_ITER/SEND,
// or re-entrantly from native code), send/throw/close with yield-from delegation, PEP 479, awaitables,
// except* group splitting, and the Python-visible generator methods.

import { Op } from '../compiler/opcodes.js';
import {
  asyncGeneratorType,
  coroutineType,
  generatorType,
  makeBuiltinType,
} from '../objects/builtin-types.js';
import {
  pyErrorWithArgs,
  runtimeError,
  stopIteration,
  typeError,
  valueError,
} from '../objects/errors.js';
import { exceptionOf } from '../objects/exception-match.js';
import { groupMatcher, splitGroup } from '../objects/exception-methods.js';
import {
  exceptionGroupType,
  exceptionTypeNamed,
  PyBaseException,
  PyExceptionGroup,
} from '../objects/exceptions.js';
import { PyGenerator } from '../objects/generator.js';
import { PyList } from '../objects/list.js';
import { defineGetSet, defineMethod } from '../objects/native-function.js';
import { getAttr, getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject, callUnbound } from '../objects/protocol-call.js';
import { addressOf } from '../objects/protocol-repr.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { PythonError } from '../objects/python-error.js';
import { type ResumeMode as NativeResumeMode, type ResumeResult, rt } from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';
import { runFrame } from './eval-loop.js';
import { exceptionFromThrown, propagate } from './exceptions-state.js';
import { type Frame, ResumeMode } from './frame.js';
import { exceptionToRaise } from './instruction-helpers.js';
import type { Interpreter } from './interpreter.js';

/**
 * Prepares a suspended generator frame to run under `parent`: pushes the sent value (unless it is
 * the first start), marks it running and links its exception slot. `countDepth` adds the frame to
 * the recursion depth (the inline path; runFrame counts entry frames itself).
 */
export function enterGeneratorFrame(
  interp: Interpreter,
  gen: PyGenerator,
  parent: Frame | null,
  mode: ResumeMode,
  value: PyValue | undefined,
  countDepth = true,
): Frame {
  if (gen.running) throw valueError(`${kindName(gen)} already executing`);
  const frame = gen.frame as Frame;
  if (!gen.started) {
    if (value !== undefined && value !== None) {
      throw typeError(`can't send non-None value to a just-started ${kindName(gen)}`);
    }
    gen.started = true;
  } else if (value !== undefined) {
    frame.fast[frame.sp++] = value;
  }
  if (countDepth) {
    if (interp.depth + 1 > interp.recursionLimit) {
      if (gen.started && value !== undefined && frame.sp > frame.stackBase) frame.sp--;
      throw new PythonError('RecursionError', 'maximum recursion depth exceeded', null);
    }
    frame.depth = interp.depth + 1;
    interp.depth = frame.depth;
  }
  gen.running = true;
  frame.parent = parent;
  frame.resumeMode = mode;
  frame.isEntry = false;
  const slot = gen.excState;
  slot.previous = interp.excInfo;
  interp.excInfo = slot;
  return frame;
}

/** How CPython's messages name the kind of a generator ("async generator" has a space). */
function kindName(gen: PyGenerator): string {
  return gen.kind === 'async_generator' ? 'async generator' : gen.kind;
}

/** Unlinks a generator frame that yielded or finished. */
export function leaveGeneratorFrame(
  interp: Interpreter,
  gen: PyGenerator,
  _frame: Frame,
  finished: boolean,
): void {
  gen.running = false;
  const slot = gen.excState;
  if (interp.excInfo === slot) interp.excInfo = slot.previous!;
  slot.previous = null;
  if (finished) {
    gen.frame = null;
    gen.yieldFrom = null;
  }
}

/** PEP 479: StopIteration leaving a generator becomes RuntimeError (chained). */
export function exceptionLeavingGenerator(gen: PyGenerator, exc: PyBaseException): PyBaseException {
  const stop = exceptionTypeNamed('StopIteration');
  const stopAsync = exceptionTypeNamed('StopAsyncIteration');
  let message: string | null = null;
  if (exc.cls.isSubtypeOf(stop)) {
    message =
      gen.kind === 'generator'
        ? 'generator raised StopIteration'
        : gen.kind === 'coroutine'
          ? 'coroutine raised StopIteration'
          : 'async generator raised StopIteration';
  } else if (gen.kind === 'async_generator' && exc.cls.isSubtypeOf(stopAsync)) {
    message = 'async generator raised StopAsyncIteration';
  }
  if (message === null) return exc;
  const replacement = new PyBaseException(
    exceptionTypeNamed('RuntimeError'),
    new PyTuple([message]),
  );
  replacement.cause = exc;
  replacement.context = exc;
  replacement.suppressContext = true;
  return replacement;
}

/** Whether a suspended frame is parked at the YIELD_VALUE of a yield-from/await loop. */
function delegatingReceiver(frame: Frame): PyValue | undefined {
  const at = frame.lastInstruction << 1;
  if (frame.instructions[at] !== Op.YIELD_VALUE || frame.instructions[at + 1] !== 1)
    return undefined;
  return frame.fast[frame.sp - 1];
}

/** After the delegated receiver returned `value`: pop it, push the value, continue after SEND's loop. */
function finishDelegation(frame: Frame, value: PyValue): void {
  const sendIndex = frame.lastInstruction - 1;
  frame.fast[frame.sp - 1] = value;
  frame.pc = frame.instructions[(sendIndex << 1) + 1]!;
}

/** Resumes a generator from native code (next(), send(), throw(), close()). */
export function resumeGeneratorNative(
  interp: Interpreter,
  gen: PyGenerator,
  mode: NativeResumeMode,
  value: PyValue,
): ResumeResult {
  if (gen.running) throw valueError(`${kindName(gen)} already executing`);
  const frame = gen.frame as Frame | null;
  if (mode === 'send') {
    if (frame === null) {
      if (gen.kind === 'coroutine') throw runtimeError('cannot reuse already awaited coroutine');
      return { yielded: false, value: None };
    }
    enterGeneratorFrame(interp, gen, interp.frame, ResumeMode.NORMAL, value, false);
    return runGuarded(interp, gen, frame, null);
  }
  const exc =
    mode === 'close'
      ? new PyBaseException(exceptionTypeNamed('GeneratorExit'), PyTuple.EMPTY)
      : (value as PyBaseException);
  if (frame === null) {
    if (mode === 'close') return { yielded: false, value: None };
    throw propagate(exc);
  }
  if (!gen.started) {
    if (mode === 'close') {
      gen.frame = null;
      return { yielded: false, value: None };
    }
    // CPython raises at the frame's first instruction, outside every try block: nothing runs.
    gen.started = true;
    gen.frame = null;
    throw propagate(exceptionLeavingGenerator(gen, exc));
  }
  let toThrow: PyBaseException | null = exc;
  const receiver = delegatingReceiver(frame);
  if (receiver !== undefined) {
    try {
      if (mode === 'close') {
        closeReceiver(interp, receiver);
      } else {
        const outcome = throwIntoReceiver(interp, receiver, exc);
        if (outcome.yielded) return outcome;
        finishDelegation(frame, outcome.value);
        toThrow = null;
      }
    } catch (error) {
      toThrow = exceptionFromThrown(error);
      if (mode !== 'close') frame.fast[--frame.sp] = undefined;
      else frame.sp--;
    }
  }
  enterGeneratorFrame(interp, gen, interp.frame, ResumeMode.NORMAL, undefined, false);
  const result = runGuarded(interp, gen, frame, toThrow);
  if (mode === 'close') {
    if (result.yielded) throw runtimeError(`${gen.kind} ignored GeneratorExit`);
  }
  return result;
}

/**
 * Runs a resumed generator frame in a nested loop: yielded or returned, and the value. When the loop
 * never started (the recursion limit), undoes what enterGeneratorFrame linked before rethrowing.
 */
function runGuarded(
  interp: Interpreter,
  gen: PyGenerator,
  frame: Frame,
  throwIn: PyBaseException | null,
): ResumeResult {
  frame.isEntry = true;
  try {
    const value = runFrame(interp, frame, throwIn);
    return { yielded: interp.lastExitYielded, value };
  } catch (error) {
    if (gen.running) {
      gen.running = false;
      if (interp.excInfo === gen.excState) interp.excInfo = gen.excState.previous!;
      gen.excState.previous = null;
    }
    throw error;
  }
}

function closeReceiver(interp: Interpreter, receiver: PyValue): void {
  if (receiver instanceof PyGenerator) {
    resumeGeneratorNative(interp, receiver, 'close', None);
    return;
  }
  const close = getAttrOrUndefined(receiver, 'close');
  if (close !== undefined) callObject(close, []);
}

function throwIntoReceiver(
  interp: Interpreter,
  receiver: PyValue,
  exc: PyBaseException,
): ResumeResult {
  if (receiver instanceof PyGenerator) return resumeGeneratorNative(interp, receiver, 'throw', exc);
  const method = getAttrOrUndefined(receiver, 'throw');
  if (method === undefined) throw propagate(exc);
  try {
    return { yielded: true, value: callObject(method, [exc]) };
  } catch (error) {
    if (error instanceof PythonError) {
      const thrown = exceptionOf(error);
      if (thrown.cls.isSubtypeOf(exceptionTypeNamed('StopIteration'))) {
        return { yielded: false, value: thrown.getMember('value') ?? None };
      }
    }
    throw error;
  }
}

// Awaitables -------------------------------------------------------------------------------------

/** GET_AWAITABLE: a coroutine itself, or the iterator `__await__()` returns. */
export function awaitableIterator(value: PyValue, where: number): PyValue {
  if (value instanceof PyGenerator) {
    if (value.kind === 'coroutine') {
      if (value.frame !== null && value.running)
        throw runtimeError('coroutine is being awaited already');
      value.awaited = true;
      return value;
    }
  }
  const method = typeOf(value).lookup('__await__');
  if (method === undefined) {
    const context =
      where === 1
        ? "'async with' received an object from __aenter__ that does not implement __await__: "
        : where === 2
          ? "'async with' received an object from __aexit__ that does not implement __await__: "
          : 'object ';
    if (where === 0)
      throw typeError(`object ${typeName(value)} can't be used in 'await' expression`);
    throw typeError(`${context}${typeName(value)}`);
  }
  const iterator = callUnbound(method, value, []);
  if (iterator instanceof PyGenerator && iterator.kind === 'coroutine') {
    throw typeError('__await__() returned a coroutine');
  }
  if (typeOf(iterator).lookup('__next__') === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(iterator)}'`);
  }
  return iterator;
}

/** GET_ANEXT: the awaitable of `aiter.__anext__()`. */
export function getAnext(aiter: PyValue): PyValue {
  const method = typeOf(aiter).lookup('__anext__');
  if (method === undefined) {
    throw typeError(
      `'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`,
    );
  }
  const awaitable = callUnbound(method, aiter, []);
  return awaitableIterator(awaitable, 0);
}

/** The marker type of values yielded by async generators (vs. awaits inside them). */
const asyncGenWrappedType = makeBuiltinType('async_generator_wrapped_value', undefined, {
  subclassable: false,
});

/** A value yielded by an async generator (ASYNC_GEN_WRAP), told apart from an await's yield. */
export class AsyncGenWrapped extends PyObject {
  declare readonly value: PyValue;
  constructor(value: PyValue) {
    super(asyncGenWrappedType);
    this.value = value;
  }
}

/** ASYNC_GEN_WRAP. */
export function asyncGenWrap(value: PyValue): PyValue {
  return new AsyncGenWrapped(value);
}

// except* -----------------------------------------------------------------------------------------

/** CHECK_EG_MATCH: [rest, match] (match null when nothing matched). */
export function splitExceptionGroup(
  exc: PyBaseException,
  matcher: PyValue,
): [PyBaseException | null, PyBaseException | null] {
  const types = matcher instanceof PyTuple ? matcher.items : [matcher];
  for (const type of types) {
    if (!(type instanceof PyType) || !type.isExceptionType) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    if (type.isSubtypeOf(exceptionTypeNamed('BaseExceptionGroup'))) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
  const matches = groupMatcher(matcher);
  if (!(exc instanceof PyExceptionGroup)) {
    if (matches(exc)) {
      const group = new PyExceptionGroup(
        exc.cls.isSubtypeOf(exceptionTypeNamed('Exception'))
          ? exceptionGroupType
          : exceptionTypeNamed('BaseExceptionGroup'),
        new PyTuple(['', new PyTuple([exc])]),
        '',
        new PyTuple([exc]),
      );
      group.traceback = exc.traceback;
      return [null, group];
    }
    return [exc, null];
  }
  const [match, rest] = splitGroup(exc, matches);
  return [rest, match];
}

/** PREP_RERAISE_STAR: what to re-raise after the except* clauses ran. */
export function prepareReraiseStar(
  original: PyBaseException,
  raised: readonly PyValue[],
): PyBaseException | null {
  const exceptions = raised.filter(
    (item): item is PyBaseException => item instanceof PyBaseException,
  );
  if (exceptions.length === 0) return null;
  if (!(original instanceof PyExceptionGroup)) return exceptions[0]!;
  const reraised: PyBaseException[] = [];
  const fresh: PyBaseException[] = [];
  const leaves = new Set<PyBaseException>();
  collectLeaves(original, leaves);
  for (const item of exceptions) {
    if (isSubgroupOf(item, leaves)) reraised.push(item);
    else fresh.push(item);
  }
  let kept: PyBaseException | null = null;
  if (reraised.length > 0) {
    const keptLeaves = new Set<PyBaseException>();
    for (const item of reraised) collectLeaves(item, keptLeaves);
    [kept] = splitGroup(original, (exc) => keptLeaves.has(exc));
  }
  if (fresh.length === 0) return kept;
  const all = kept === null ? fresh : [...fresh, kept];
  if (all.length === 1 && kept === null && fresh.length === 1) {
    const single = fresh[0]!;
    return callObject(exceptionTypeNamed('ExceptionGroup'), [
      '',
      new PyList([single]),
    ]) as PyBaseException;
  }
  return callObject(exceptionTypeNamed('ExceptionGroup'), ['', new PyList(all)]) as PyBaseException;
}

function collectLeaves(exc: PyBaseException, into: Set<PyBaseException>): void {
  if (exc instanceof PyExceptionGroup) {
    for (const item of exc.exceptions.items) collectLeaves(item as PyBaseException, into);
  } else into.add(exc);
}

function isSubgroupOf(exc: PyBaseException, leaves: Set<PyBaseException>): boolean {
  const mine = new Set<PyBaseException>();
  collectLeaves(exc, mine);
  for (const leaf of mine) if (!leaves.has(leaf)) return false;
  return mine.size > 0;
}

// Python-visible methods ------------------------------------------------------------------------

function gen(args: readonly PyValue[]): PyGenerator {
  const value = args[0];
  if (!(value instanceof PyGenerator)) {
    throw typeError(
      `descriptor requires a generator object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

function interpreterOf(): Interpreter {
  return rt() as Interpreter;
}

function resultOrStop(result: ResumeResult): PyValue {
  if (result.yielded) return result.value;
  throw result.value === None ? stopIteration() : stopIteration(result.value);
}

/** `throw(type[, value[, tb]])` arguments → the exception to raise. */
function exceptionForThrow(args: readonly PyValue[]): PyBaseException {
  const typeOrValue = args[1];
  if (typeOrValue === undefined) throw typeError('throw expected at least 1 argument, got 0');
  if (typeOrValue instanceof PyType) {
    const value = args[2];
    if (value === undefined || value === None) return exceptionToRaise(typeOrValue);
    if (value instanceof PyBaseException) return value;
    return callObject(typeOrValue, [value]) as PyBaseException;
  }
  if (typeOrValue instanceof PyBaseException) {
    if (args[2] !== undefined && args[2] !== None) {
      throw typeError('instance exception may not have a separate value');
    }
    return typeOrValue;
  }
  throw typeError(
    `exceptions must be classes or instances deriving from BaseException, not ${typeName(typeOrValue)}`,
  );
}

for (const type of [generatorType, coroutineType]) {
  defineMethod(type, 'send', (args) =>
    resultOrStop(interpreterOf().resumeGenerator(gen(args), 'send', args[1] ?? None)),
  );
  defineMethod(type, 'throw', (args) =>
    resultOrStop(interpreterOf().resumeGenerator(gen(args), 'throw', exceptionForThrow(args))),
  );
  defineMethod(type, 'close', (args) => {
    try {
      interpreterOf().resumeGenerator(gen(args), 'close', None);
    } catch (error) {
      if (error instanceof PythonError) {
        const exc = exceptionOf(error);
        if (
          exc.cls.isSubtypeOf(exceptionTypeNamed('GeneratorExit')) ||
          exc.cls.isSubtypeOf(exceptionTypeNamed('StopIteration'))
        ) {
          return None;
        }
      }
      throw error;
    }
    return None;
  });
  defineMethod(type, '__repr__', (args) => {
    const g = gen(args);
    return `<${g.kind} object ${g.qualname} at ${addressOf(g)}>`;
  });
  defineGetSet(type, '__name__', (obj) => (obj as PyGenerator).name);
  defineGetSet(type, '__qualname__', (obj) => (obj as PyGenerator).qualname);
}
defineMethod(generatorType, '__iter__', (args) => gen(args));
defineMethod(generatorType, '__next__', (args) =>
  resultOrStop(interpreterOf().resumeGenerator(gen(args), 'send', None)),
);
defineGetSet(generatorType, 'gi_running', (obj) => (obj as PyGenerator).running);
defineGetSet(generatorType, 'gi_yieldfrom', (obj) => (obj as PyGenerator).yieldFrom ?? None);
defineGetSet(coroutineType, 'cr_running', (obj) => (obj as PyGenerator).running);
/** `gi_suspended`/`cr_suspended`: paused at a yield or await (started, not running, not finished). */
function isSuspended(obj: PyValue): boolean {
  const g = obj as PyGenerator;
  return g.started && !g.running && g.frame !== null;
}
defineGetSet(generatorType, 'gi_suspended', isSuspended);
defineGetSet(coroutineType, 'cr_suspended', isSuspended);
defineGetSet(coroutineType, 'cr_origin', () => None);
defineGetSet(coroutineType, 'cr_await', (obj) => (obj as PyGenerator).yieldFrom ?? None);
defineMethod(asyncGeneratorType, '__repr__', (args) => {
  const g = gen(args);
  return `<async_generator object ${g.qualname} at ${addressOf(g)}>`;
});
defineMethod(asyncGeneratorType, '__aiter__', (args) => gen(args));

/** The `__next__` result of an arbitrary iterator step, for natives. */
export function nextOf(iterator: PyValue): PyValue {
  return callObject(getAttr(iterator, '__next__'), []);
}

// Async generator awaitables and coroutine wrappers -------------------------------------------------

/** `asend()`/`__anext__()` awaitables (and athrow/aclose ones): not yet sent, running, finished. */
type AwaitableState = 'init' | 'iter' | 'closed';

const asyncGenASendType = makeBuiltinType('async_generator_asend', undefined, {
  subclassable: false,
});
const asyncGenAThrowType = makeBuiltinType('async_generator_athrow', undefined, {
  subclassable: false,
});
const coroutineWrapperType = makeBuiltinType('coroutine_wrapper', undefined, {
  subclassable: false,
});

/** The awaitable of `agen.__anext__()` / `agen.asend(value)`: one step of the async generator. */
export class AsyncGenASend extends PyObject {
  declare readonly gen: PyGenerator;
  /** The value sent on the first step (None for `__anext__`). */
  declare readonly sendValue: PyValue;
  declare state: AwaitableState;

  constructor(gen: PyGenerator, sendValue: PyValue) {
    super(asyncGenASendType);
    this.gen = gen;
    this.sendValue = sendValue;
    this.state = 'init';
  }
}

/** The awaitable of `agen.athrow(...)` (`thrown` set) or `agen.aclose()` (`thrown` null). */
export class AsyncGenAThrow extends PyObject {
  declare readonly gen: PyGenerator;
  declare readonly thrown: PyBaseException | null;
  declare state: AwaitableState;

  constructor(gen: PyGenerator, thrown: PyBaseException | null) {
    super(asyncGenAThrowType);
    this.gen = gen;
    this.thrown = thrown;
    this.state = 'init';
  }
}

/** What `coroutine.__await__()` returns: an iterator that drives the coroutine. */
export class CoroutineWrapper extends PyObject {
  declare readonly coroutine: PyGenerator;

  constructor(coroutine: PyGenerator) {
    super(coroutineWrapperType);
    this.coroutine = coroutine;
  }
}

function isExceptionNamed(error: unknown, ...names: string[]): boolean {
  if (!(error instanceof PythonError)) return false;
  const exc = exceptionOf(error);
  return names.some((name) => exc.cls.isSubtypeOf(exceptionTypeNamed(name)));
}

/**
 * One resumption of an async generator seen through its awaitable (CPython's
 * async_gen_unwrap_value): a value the generator yielded ends the step (StopIteration carrying
 * it); a value an `await` inside it yielded goes out to the event loop; returning ends the
 * iteration (StopAsyncIteration).
 */
function unwrapAsyncGenStep(gen: PyGenerator, step: () => ResumeResult): PyValue {
  let result: ResumeResult;
  try {
    result = step();
  } catch (error) {
    if (isExceptionNamed(error, 'StopAsyncIteration', 'GeneratorExit')) gen.closedAsync = true;
    gen.runningAsync = false;
    throw error;
  }
  if (!result.yielded) {
    gen.runningAsync = false;
    throw pyErrorWithArgs(exceptionTypeNamed('StopAsyncIteration'), []);
  }
  if (result.value instanceof AsyncGenWrapped) {
    gen.runningAsync = false;
    throw stopIteration(result.value.value);
  }
  return result.value;
}

function asendSend(awaitable: AsyncGenASend, value: PyValue): PyValue {
  if (awaitable.state === 'closed') {
    throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  }
  const gen = awaitable.gen;
  let sent = value;
  if (awaitable.state === 'init') {
    if (gen.runningAsync) throw runtimeError('anext(): asynchronous generator is already running');
    if (value === None) sent = awaitable.sendValue;
    awaitable.state = 'iter';
  }
  gen.runningAsync = true;
  try {
    return unwrapAsyncGenStep(gen, () => interpreterOf().resumeGenerator(gen, 'send', sent));
  } catch (error) {
    awaitable.state = 'closed';
    throw error;
  }
}

function asendThrow(awaitable: AsyncGenASend, exc: PyBaseException): PyValue {
  if (awaitable.state === 'closed') {
    throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  }
  const gen = awaitable.gen;
  try {
    return unwrapAsyncGenStep(gen, () => interpreterOf().resumeGenerator(gen, 'throw', exc));
  } catch (error) {
    awaitable.state = 'closed';
    throw error;
  }
}

/** Resumes the generator for an athrow/aclose step and interprets the result (send or throw). */
function athrowStep(awaitable: AsyncGenAThrow, step: () => ResumeResult): PyValue {
  const gen = awaitable.gen;
  if (awaitable.thrown !== null) {
    try {
      return unwrapAsyncGenStep(gen, step);
    } catch (error) {
      awaitable.state = 'closed';
      throw error;
    }
  }
  // aclose(): the generator must not yield a value; finishing or re-raising means "closed".
  let result: ResumeResult;
  try {
    result = step();
  } catch (error) {
    gen.runningAsync = false;
    awaitable.state = 'closed';
    if (isExceptionNamed(error, 'StopAsyncIteration', 'GeneratorExit')) throw stopIteration();
    throw error;
  }
  if (!result.yielded) {
    gen.runningAsync = false;
    awaitable.state = 'closed';
    throw stopIteration();
  }
  if (result.value instanceof AsyncGenWrapped) {
    gen.runningAsync = false;
    awaitable.state = 'closed';
    throw runtimeError('async generator ignored GeneratorExit');
  }
  return result.value;
}

function athrowSend(awaitable: AsyncGenAThrow, value: PyValue): PyValue {
  const gen = awaitable.gen;
  const closing = awaitable.thrown === null;
  if (awaitable.state === 'closed') {
    throw runtimeError('cannot reuse already awaited aclose()/athrow()');
  }
  if (gen.frame === null) {
    awaitable.state = 'closed';
    throw stopIteration();
  }
  if (awaitable.state === 'init') {
    if (gen.runningAsync) {
      awaitable.state = 'closed';
      throw runtimeError(
        `${closing ? 'aclose' : 'athrow'}(): asynchronous generator is already running`,
      );
    }
    if (gen.closedAsync) {
      awaitable.state = 'closed';
      throw pyErrorWithArgs(exceptionTypeNamed('StopAsyncIteration'), []);
    }
    if (value !== None) {
      throw runtimeError("can't send non-None value to a just-started coroutine");
    }
    awaitable.state = 'iter';
    gen.runningAsync = true;
    const exc =
      awaitable.thrown ?? new PyBaseException(exceptionTypeNamed('GeneratorExit'), PyTuple.EMPTY);
    if (closing) gen.closedAsync = true;
    return athrowStep(awaitable, () => interpreterOf().resumeGenerator(gen, 'throw', exc));
  }
  return athrowStep(awaitable, () => interpreterOf().resumeGenerator(gen, 'send', value));
}

function athrowThrow(awaitable: AsyncGenAThrow, exc: PyBaseException): PyValue {
  if (awaitable.state === 'closed') {
    throw runtimeError('cannot reuse already awaited aclose()/athrow()');
  }
  const gen = awaitable.gen;
  return athrowStep(awaitable, () => interpreterOf().resumeGenerator(gen, 'throw', exc));
}

function asyncGen(args: readonly PyValue[]): PyGenerator {
  const value = args[0];
  if (!(value instanceof PyGenerator) || value.kind !== 'async_generator') {
    throw typeError(
      `descriptor requires a 'async_generator' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

defineMethod(asyncGeneratorType, '__anext__', (args) => new AsyncGenASend(asyncGen(args), None));
defineMethod(asyncGeneratorType, 'asend', (args) => {
  if (args.length !== 2)
    throw typeError(`asend() takes exactly one argument (${args.length - 1} given)`);
  return new AsyncGenASend(asyncGen(args), args[1]!);
});
defineMethod(
  asyncGeneratorType,
  'athrow',
  (args) => new AsyncGenAThrow(asyncGen(args), exceptionForThrow(args)),
);
defineMethod(asyncGeneratorType, 'aclose', (args) => new AsyncGenAThrow(asyncGen(args), null));
defineGetSet(asyncGeneratorType, '__name__', (obj) => (obj as PyGenerator).name);
defineGetSet(asyncGeneratorType, '__qualname__', (obj) => (obj as PyGenerator).qualname);
defineGetSet(asyncGeneratorType, 'ag_running', (obj) => (obj as PyGenerator).runningAsync);
defineGetSet(asyncGeneratorType, 'ag_await', (obj) => (obj as PyGenerator).yieldFrom ?? None);

function asendOf(args: readonly PyValue[]): AsyncGenASend {
  const value = args[0];
  if (!(value instanceof AsyncGenASend)) throw typeError('expected an async_generator_asend');
  return value;
}

function athrowOf(args: readonly PyValue[]): AsyncGenAThrow {
  const value = args[0];
  if (!(value instanceof AsyncGenAThrow)) throw typeError('expected an async_generator_athrow');
  return value;
}

defineMethod(asyncGenASendType, '__await__', (args) => asendOf(args));
defineMethod(asyncGenASendType, '__iter__', (args) => asendOf(args));
defineMethod(asyncGenASendType, '__next__', (args) => asendSend(asendOf(args), None));
defineMethod(asyncGenASendType, 'send', (args) => asendSend(asendOf(args), args[1] ?? None));
defineMethod(asyncGenASendType, 'throw', (args) =>
  asendThrow(asendOf(args), exceptionForThrow(args)),
);
defineMethod(asyncGenASendType, 'close', (args) => {
  asendOf(args).state = 'closed';
  return None;
});
defineMethod(asyncGenASendType, '__repr__', (args) => {
  return `<async_generator_asend object at ${addressOf(asendOf(args))}>`;
});

defineMethod(asyncGenAThrowType, '__await__', (args) => athrowOf(args));
defineMethod(asyncGenAThrowType, '__iter__', (args) => athrowOf(args));
defineMethod(asyncGenAThrowType, '__next__', (args) => athrowSend(athrowOf(args), None));
defineMethod(asyncGenAThrowType, 'send', (args) => athrowSend(athrowOf(args), args[1] ?? None));
defineMethod(asyncGenAThrowType, 'throw', (args) =>
  athrowThrow(athrowOf(args), exceptionForThrow(args)),
);
defineMethod(asyncGenAThrowType, 'close', (args) => {
  athrowOf(args).state = 'closed';
  return None;
});
defineMethod(asyncGenAThrowType, '__repr__', (args) => {
  return `<async_generator_athrow object at ${addressOf(athrowOf(args))}>`;
});

function wrapperOf(args: readonly PyValue[]): PyGenerator {
  const value = args[0];
  if (!(value instanceof CoroutineWrapper)) throw typeError('expected a coroutine_wrapper');
  return value.coroutine;
}

defineMethod(coroutineType, '__await__', (args) => new CoroutineWrapper(gen(args)));
defineMethod(coroutineWrapperType, '__iter__', (args) => args[0]!);
defineMethod(coroutineWrapperType, '__next__', (args) =>
  resultOrStop(interpreterOf().resumeGenerator(wrapperOf(args), 'send', None)),
);
defineMethod(coroutineWrapperType, 'send', (args) =>
  resultOrStop(interpreterOf().resumeGenerator(wrapperOf(args), 'send', args[1] ?? None)),
);
defineMethod(coroutineWrapperType, 'throw', (args) =>
  resultOrStop(interpreterOf().resumeGenerator(wrapperOf(args), 'throw', exceptionForThrow(args))),
);
defineMethod(coroutineWrapperType, 'close', (args) =>
  callObject(getAttr(wrapperOf(args), 'close'), []),
);
defineMethod(coroutineWrapperType, '__repr__', (args) => {
  return `<coroutine_wrapper object at ${addressOf(args[0]!)}>`;
});
