// The bridge from the object model to the running interpreter: natives reach the VM (to call Python
// code, resume generators, charge limits) through the active Runtime, which src/vm installs.

import type { PyFunction } from './function.js';
import type { PyGenerator } from './generator.js';
import type { PyValue } from './py-object.js';

/** How a generator is resumed by `resumeGenerator`. */
export type ResumeMode = 'send' | 'throw' | 'close';

/** The outcome of resuming a generator from native code. */
export interface ResumeResult {
  /** True when the generator yielded, false when it returned. */
  readonly yielded: boolean;
  /** The yielded or returned value. */
  readonly value: PyValue;
}

/**
 * What the object model needs from the interpreter. One instance is active while a run executes;
 * natives reach it with `rt()`. Implemented by `src/vm/interpreter.ts`.
 */
export interface Runtime {
  /** Calls a Python function from native code, running a nested VM loop until it returns (re-entrant). */
  callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue;
  /** Resumes a generator/coroutine from native code (re-entrant); throws the exception it raises. */
  resumeGenerator(gen: PyGenerator, mode: ResumeMode, value: PyValue): ResumeResult;
  /** Charges `units` to the instruction budget (native loops call this as they go). */
  chargeBudget(units: number): void;
  /** Raises MemoryError at once when allocating about `bytes` more would pass the memory limit. */
  checkAllocation(bytes: number): void;
  /** Counts one level of native→Python re-entrancy; raises RecursionError past the limit. */
  enterRecursion(suffix: string): void;
  /** Undoes `enterRecursion`. */
  leaveRecursion(): void;
  /** `sys.get_int_max_str_digits()` (0 = unlimited). */
  intMaxStrDigits: number;
  /** The exception being handled (`sys.exception()`), or undefined. */
  handledException(): PyValue | undefined;
  /**
   * Issues a Python warning from native code, attributed to the running Python line, as
   * `warnings.warn(message, <builtin category named categoryName>)` (it may raise when a filter
   * turns the warning into an error). Optional: without it natives stay silent.
   */
  warn?(categoryName: string, message: string): void;
}

/** Issues a warning through the active runtime's `warn` hook (silent without a runtime or hook). */
export function warnFromObjects(categoryName: string, message: string): void {
  if (active !== null && active.warn !== undefined) active.warn(categoryName, message);
}

let active: Runtime | null = null;

/** The active runtime; an internal error when none is (objects used outside a run). */
export function rt(): Runtime {
  if (active === null) throw new Error('internal: no active Pyex runtime');
  return active;
}

/** Installs the active runtime, returning the previous one (restore it when the run ends). */
export function setRuntime(runtime: Runtime | null): Runtime | null {
  const previous = active;
  active = runtime;
  return previous;
}

/** Whether a runtime is active (tests of pure object code may run without one). */
export function hasRuntime(): boolean {
  return active !== null;
}
