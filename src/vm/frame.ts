// Execution frames: plain-data records on the heap (code, instruction pointer, locals, cells and the
// value stack in one array, the caller link). Frames are made here; the loop in eval-loop.ts runs them.

import type { PyCode } from '../objects/code.js';
import type { PyDict } from '../objects/dict.js';
import type { PyFunction } from '../objects/function.js';
import type { PyGenerator } from '../objects/generator.js';
import type { PyValue } from '../objects/py-object.js';
import { makeCaches } from './inline-cache.js';

/**
 * What happens to a frame's result when it returns to its parent (set by whoever pushed it).
 * NORMAL pushes the value; INIT discards it (after checking it is None) and pushes `initSelf`;
 * FOR_ITER/SEND are generator frames resumed inline by those instructions.
 */
export const ResumeMode = {
  NORMAL: 0,
  INIT: 1,
  FOR_ITER: 2,
  SEND: 3,
} as const;
/** One of the ResumeMode values. */
export type ResumeMode = (typeof ResumeMode)[keyof typeof ResumeMode];

/**
 * A frame. `fast` holds the locals (`varnames`), then the cells and free variables (PyCell), then
 * the value stack starting at `stackBase`; `sp` is the index of the first free stack slot.
 * `undefined` in a local slot means unbound; on the stack it is CPython's NULL.
 */
export class Frame {
  declare readonly code: PyCode;
  declare readonly instructions: Int32Array;
  declare readonly func: PyFunction | null;
  declare readonly globals: PyDict;
  declare readonly builtins: PyDict;
  /** The locals mapping of module and class-body frames (`LOAD_NAME`), else null. */
  declare locals: PyValue | null;
  declare readonly fast: (PyValue | undefined)[];
  declare readonly stackBase: number;
  declare sp: number;
  /** Index of the next instruction to execute. */
  declare pc: number;
  /** Index of the instruction executing (or last executed): what tracebacks point at. */
  declare lastInstruction: number;
  /** The caller (`f_back`), or null for the outermost frame. */
  declare parent: Frame | null;
  /** How the result goes back to the parent. */
  declare resumeMode: ResumeMode;
  /** True when a native re-entered the VM for this frame: returning ends that nested loop. */
  declare isEntry: boolean;
  /** The generator/coroutine owning this frame, or null. */
  declare generator: PyGenerator | null;
  /** The instance an `__init__` frame was pushed for (ResumeMode.INIT). */
  declare initSelf: PyValue | undefined;
  /** Keyword names set by KW_NAMES for the next CALL. */
  declare kwnames: readonly string[] | null;
  /**
   * The interpreter's recursion depth while this frame runs (Python frames plus native guards
   * below it, as CPython 3.11 counts them); restored when control comes back to this frame.
   */
  declare depth: number;

  constructor(
    code: PyCode,
    func: PyFunction | null,
    globals: PyDict,
    builtins: PyDict,
    locals: PyValue | null,
  ) {
    this.code = code;
    if (code.caches === null) makeCaches(code);
    this.instructions = code.code.code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    const stackBase = code.localsplusSize;
    const fast = new Array(stackBase + code.code.stacksize + 1);
    // Storing undefined makes the array's V8 elements kind generic (HOLEY_ELEMENTS) from the start,
    // so every frame's array has the same kind: the loop's loads stay monomorphic, and an int past
    // 2^30 stored later does not turn it into a double array.
    fast[0] = undefined;
    this.fast = fast;
    this.stackBase = stackBase;
    this.sp = stackBase;
    this.pc = 0;
    this.lastInstruction = 0;
    this.parent = null;
    this.resumeMode = ResumeMode.NORMAL;
    this.isEntry = false;
    this.generator = null;
    this.initSelf = undefined;
    this.kwnames = null;
    this.depth = 0;
  }

  /** The source line of the instruction executing (for tracebacks and `f_lineno`). */
  get lineno(): number {
    return this.code.code.positions[this.lastInstruction * 4] ?? -1;
  }
}
