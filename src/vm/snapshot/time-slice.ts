// Time slices: the instruction budget split into the slice the loop counts down (`interp.budget`) and a
// reserve (`interp.budgetReserve`), so the loop can pause when a slice ends and resume later, while the
// run's instruction limit stays exactly what it was. The loop calls these at its charged instructions.

import type { PyValue } from '../../objects/py-object.js';
import { None } from '../../objects/singletons.js';
import type { Frame } from '../frame.js';
import { hostNowMs, type Interpreter } from '../interpreter.js';
import { limitError } from '../limits.js';

/** Units a re-entrant loop borrows from the reserve at once when its slice has ended. */
const REENTRANT_BORROW = 4096;

/**
 * Interpreters whose slices must end promptly (start's `pauseAfter`), with the wall-clock deadline
 * of the slice (Infinity: none): a re-entrant loop borrows one unit at a time, so the pause comes at
 * the first charge of the outermost loop after it returns. Their `interp.deadlineMs` stays Infinity
 * (Interpreter.checkDeadline would hand the loop a fresh chunk): budgetSpent reads the clock itself.
 */
const promptPauses = new WeakMap<Interpreter, number>();

/** A re-entrant loop past the end of a prompt slice reads the clock once every this many units. */
const PROMPT_CLOCK_UNITS = 1024;
let promptUnitsSinceClock = 0;

/**
 * Called by the loop when `interp.budget` went below zero at a charged instruction (after its
 * decrement). Returns true when the loop must pause before that instruction: a slice ended and
 * `canPause` (the loop is the outermost one, no native call on the JS stack); the decrement is
 * refunded, since the instruction runs again on resume. Inside a re-entrant call it borrows up to
 * REENTRANT_BORROW units from the reserve (one for prompt slices, see `beginSlice`) and returns
 * false (the pause happens at a charged instruction of the outermost loop once they are spent).
 * Throws the limit error when the run's instruction budget is spent.
 */
export function budgetSpent(interp: Interpreter, canPause: boolean): boolean {
  if (interp.budgetReserve <= 0) {
    throw limitError('instructions', 'instruction budget exhausted');
  }
  interp.budget = 0;
  if (canPause) return true;
  // Inside a re-entrant loop no pause can happen: borrow a chunk from the reserve (this instruction's
  // unit included) so the next charges stay on the fast path; the outermost loop pauses once it is
  // spent. The total left (budget + reserve) is exact, so the run's limit falls where it would.
  const promptDeadline = promptPauses.get(interp);
  const borrow =
    promptDeadline !== undefined ? 1 : Math.min(interp.budgetReserve, REENTRANT_BORROW);
  interp.budgetReserve -= borrow;
  interp.budget = borrow - 1;
  // No slice boundary comes inside a re-entrant loop, so the wall-clock limit is checked here.
  if (interp.deadlineMs !== Number.POSITIVE_INFINITY) interp.checkDeadline();
  else if (
    promptDeadline !== undefined &&
    promptDeadline !== Number.POSITIVE_INFINITY &&
    ++promptUnitsSinceClock >= PROMPT_CLOCK_UNITS
  ) {
    promptUnitsSinceClock = 0;
    if (hostNowMs() > promptDeadline) {
      interp.deadlineMs = promptDeadline;
      interp.checkDeadline();
    }
  }
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
 * budget becomes countable, the rest waits in the reserve. `prompt`: the pause must come as soon as
 * the outermost loop charges again (a host asked for this slice size); otherwise a slice that ends
 * inside a re-entrant loop may run on for up to REENTRANT_BORROW more units (slices used only to
 * look at the clock). `promptDeadlineMs` (`hostNowMs()` time base): the time limit a prompt slice
 * enforces inside re-entrant loops, where it cannot pause (the caller keeps `interp.deadlineMs`
 * Infinity during prompt slices).
 */
export function beginSlice(
  interp: Interpreter,
  units: number,
  prompt = false,
  promptDeadlineMs = Number.POSITIVE_INFINITY,
): void {
  if (prompt) promptPauses.set(interp, promptDeadlineMs);
  else promptPauses.delete(interp);
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
