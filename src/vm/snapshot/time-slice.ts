// Time slices: the instruction budget split into the slice the loop counts down (`interp.budget`) and a
// reserve (`interp.budgetReserve`), so the loop can pause when a slice ends and resume later, while the
// run's instruction limit stays exactly what it was. The loop calls these at its charged instructions.

import type { PyValue } from '../../objects/py-object.js';
import { None } from '../../objects/singletons.js';
import type { Frame } from '../frame.js';
import type { Interpreter } from '../interpreter.js';
import { limitError } from '../limits.js';

/**
 * Called by the loop when `interp.budget` went below zero at a charged instruction (after its
 * decrement). Returns true when the loop must pause before that instruction: a slice ended and
 * `canPause` (the loop is the outermost one, no native call on the JS stack); the decrement is
 * refunded, since the instruction runs again on resume. Inside a re-entrant call it borrows the unit
 * from the reserve and returns false (the pause happens at the next charged instruction of the
 * outermost loop). Throws the limit error when the run's instruction budget is spent.
 */
export function budgetSpent(interp: Interpreter, canPause: boolean): boolean {
  if (interp.budgetReserve <= 0) {
    throw limitError('instructions', 'instruction budget exhausted');
  }
  interp.budget = 0;
  if (canPause) return true;
  // Inside a re-entrant loop no slice boundary comes, so the wall-clock limit is checked here.
  if (interp.deadlineMs !== Number.POSITIVE_INFINITY) interp.checkDeadline();
  interp.budgetReserve--;
  return false;
}

/**
 * `chargeBudget` from native code went below zero: covers the deficit from the reserve (the next
 * charged instruction of the outermost loop then pauses), or throws the limit error.
 */
export function chargeFromReserve(interp: Interpreter): void {
  const deficit = -interp.budget;
  if (interp.budgetReserve < deficit) {
    interp.budget += interp.budgetReserve;
    interp.budgetReserve = 0;
    throw limitError('instructions', 'instruction budget exhausted');
  }
  interp.budgetReserve -= deficit;
  interp.budget = 0;
}

/**
 * Stops the outermost loop before instruction `pc` of `frame` (the loop returns what this returns):
 * the frame chain stays as it is, and `interp.pausedFrame` holds its innermost frame.
 */
export function pauseLoop(
  interp: Interpreter,
  frame: Frame,
  pc: number,
  sp: number,
  outerDepth: number,
): PyValue {
  frame.pc = pc;
  frame.sp = sp;
  interp.pausedFrame = frame;
  interp.frame = null;
  interp.depth = outerDepth;
  return None;
}

/**
 * Starts a time slice of `units` charged instructions (at least 1): that much of the remaining
 * budget becomes countable, the rest waits in the reserve.
 */
export function beginSlice(interp: Interpreter, units: number): void {
  const total = interp.budget + interp.budgetReserve;
  const slice = Math.max(1, Math.min(units, total));
  interp.budget = Math.min(slice, total);
  interp.budgetReserve = total - interp.budget;
}

/** Ends time slicing: the whole remaining budget is countable again. */
export function endSlices(interp: Interpreter): void {
  interp.budget += interp.budgetReserve;
  interp.budgetReserve = 0;
}
