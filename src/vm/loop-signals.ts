// What the dispatch loop (eval-loop.ts) and its per-opcode handlers (op-handlers-*.ts) tell each
// other and runFrame without type feedback: the handler calling convention, the loop's exits
// (return, yield, raise) and the time-slice signal. Plain stores into one shared record.

import type { PyBaseException } from '../objects/exceptions.js';
import type { PyValue } from '../objects/py-object.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

/**
 * Runs one instruction (opcode fixed by the handler's table slot, oparg `arg`) of `frame`, the
 * running frame: `frame.pc` is one past the instruction, `frame.sp` and `frame.lastInstruction` are
 * stored, and `sp` is the value stack top. Returns the new stack top (a jump stores `frame.pc`), or
 * one of {@link SWITCHED}, {@link EXIT_VALUE}, {@link EXIT_RAISED}. Raises by throwing, like natives.
 * `entry` is the frame whose return or yield leaves the loop.
 */
export type OpHandler = (
  interp: Interpreter,
  frame: Frame,
  arg: number,
  sp: number,
  entry: Frame,
) => number;

/** Handler result: `interp.frame` is another frame now; the loop continues at its pc and sp. */
export const SWITCHED = -1;
/** Handler result: `entry` returned or yielded `loopSignals.exitValue`; the loop returns it. */
export const EXIT_VALUE = -2;
/** Handler result: the instruction raised `loopSignals.raised`; the loop returns to runFrame. */
export const EXIT_RAISED = -3;

/**
 * How an exception raised by an instruction of the loop enters unwinding: a new raise (traceback
 * entry and `__context__`), raised inside a resumed frame (generator.throw: traceback entry, no
 * context), or raised again (RERAISE, bare `raise`: neither).
 */
export const RAISED_NEW = 0;
export const RAISED_THROWN_IN = 1;
export const RAISED_AGAIN = 2;
/** One of RAISED_NEW, RAISED_THROWN_IN, RAISED_AGAIN. */
export type RaisedKind = typeof RAISED_NEW | typeof RAISED_THROWN_IN | typeof RAISED_AGAIN;

/**
 * Thrown when a charged instruction (a backward JUMP, a CALL, a generator resumed by FOR_ITER or
 * SEND) finds its time slice spent; runFrame then asks snapshot/time-slice.ts whether to pause
 * there. A throw rather than a call keeps the rarely taken exit out of the callers' type feedback.
 */
export const SLICE_SPENT: object = Object.freeze({ sliceSpent: true });
/** Where SLICE_SPENT came from: a backward JUMP or a CALL (may pause), FOR_ITER or SEND (cannot). */
export const SLICE_AT_JUMP = 0;
export const SLICE_AT_CALL = 1;
export const SLICE_NO_PAUSE = 2;
export const SLICE_AT_SEND = 3;

/** The record the loop, its handlers and runFrame share (one instance, {@link loopSignals}). */
export interface LoopSignals {
  /** With EXIT_VALUE: the value `entry` returned or yielded, its stack top, and which it was. */
  exitValue: PyValue | undefined;
  exitSp: number;
  exitYielded: boolean;
  /** With EXIT_RAISED: the exception and how it was raised. */
  raised: PyBaseException | null;
  raisedKind: RaisedKind;
  /** With SLICE_SPENT: the site kind, the pc after it and the stack top there. */
  sliceKind: number;
  slicePc: number;
  sliceSp: number;
  /** With SLICE_SPENT from a CALL: its keyword names (then KW_NAMES runs again too). */
  sliceKwnames: readonly string[] | null;
  /** The keyword names KW_NAMES set for the CALL that follows it. */
  kwnames: readonly string[] | null;
}

/** The loop's shared signals (read at once by whoever the signal is for). */
export const loopSignals: LoopSignals = {
  exitValue: undefined,
  exitSp: 0,
  exitYielded: false,
  raised: null,
  raisedKind: RAISED_NEW,
  sliceKind: SLICE_AT_JUMP,
  slicePc: 0,
  sliceSp: 0,
  sliceKwnames: null,
  kwnames: null,
};

/** Signals SLICE_SPENT for the instruction before `pc` (stack top `sp`) from a site of `kind`. */
export function sliceSpent(kind: number, pc: number, sp: number): never {
  loopSignals.sliceKind = kind;
  loopSignals.slicePc = pc;
  loopSignals.sliceSp = sp;
  throw SLICE_SPENT;
}

/** Records that `entry` returned (`yielded` false) or yielded `value` with stack top `sp`. */
export function exitWith(value: PyValue, sp: number, yielded: boolean): typeof EXIT_VALUE {
  loopSignals.exitValue = value;
  loopSignals.exitSp = sp;
  loopSignals.exitYielded = yielded;
  return EXIT_VALUE;
}

/** Records that the instruction raised `exc` (entering unwinding as `kind`). */
export function raiseFromLoop(exc: PyBaseException, kind: RaisedKind): typeof EXIT_RAISED {
  loopSignals.raised = exc;
  loopSignals.raisedKind = kind;
  return EXIT_RAISED;
}
