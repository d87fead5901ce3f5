// The mutable state of one match attempt (sre's SRE_STATE): subject, bounds, capture marks, the
// explicit backtracking stacks (contexts, saved marks, repeat records) and the step budget.

import { PythonError } from '../../objects/python-error.js';
import type { RegexProgram } from './re-compiler.js';

/** Charges `steps` units of work; throws (the VM's limit error) when the budget is spent. */
export type ChargeSteps = (steps: number) => void;

/** Work limits for one engine call. */
export interface RegexLimits {
  /** Called with the steps done, about every STEP_CHUNK steps and at the end. */
  readonly charge?: ChargeSteps;
  /** Maximum number of 32-bit words the backtracking stacks may hold together. */
  readonly maxStackWords?: number;
  /** Called before the stacks grow by `bytes`; throws (MemoryError) past the host's memory limit. */
  readonly reserveBytes?: (bytes: number) => void;
}

/** How many steps the matcher batches before calling `charge`. */
export const STEP_CHUNK = 1024;

/** Default bound on backtracking memory: 16M words (64 MiB). */
export const DEFAULT_MAX_STACK_WORDS = 16 * 1024 * 1024;

/** Stacks larger than this are not kept for reuse between calls. */
const SPARE_STACK_WORDS = 1 << 16;

/** Words per context frame on the context stack. */
export const FRAME_SIZE = 8;
/** Frame field: the repeat count of REPEAT_ONE-style loops (sre's ctx->count). */
export const F_COUNT = 0;
/** Frame field: a literal or a repeat record offset (sre's ctx->u). */
export const F_U = 1;
/** Frame field: saved lastmark (LASTMARK_SAVE). */
export const F_LASTMARK = 2;
/** Frame field: saved lastindex (LASTMARK_SAVE). */
export const F_LASTINDEX = 3;
/** Frame field: the instruction pointer saved across a child context. */
export const F_PC = 4;
/** Frame field: the subject position saved across a child context. */
export const F_PTR = 5;
/** Frame field: 1 when SUCCESS here ends the whole match (fullmatch / must-advance checks). */
export const F_TOPLEVEL = 6;
/** Frame field: where the parent resumes when this context returns. */
export const F_JUMP = 7;

/** Words per repeat record. */
export const REPEAT_SIZE = 4;
/** Repeat record field: iterations done so far (-1 before the first). */
export const R_COUNT = 0;
/** Repeat record field: offset of the REPEAT instruction's skip word. */
export const R_PATTERN = 1;
/** Repeat record field: the enclosing repeat record, or -1. */
export const R_PREV = 2;
/** Repeat record field: position of the last iteration start (zero-width loop guard). */
export const R_LAST_PTR = 3;

/** State of a match or search over one subject; reused across attempts of one search. */
export class MatchState {
  code: Int32Array;
  chars: Int32Array;
  /** Where the current attempt started (group 0 start). */
  start = 0;
  /** End bound (endpos). */
  end: number;
  /** sre's `state->ptr`: position passed between contexts; group 0 end after a match. */
  ptr = 0;
  /** Capture marks (two per group); -1 is unset. Valid only up to `lastmark`. */
  marks: Int32Array;
  lastmark = -1;
  lastindex = -1;
  /** Current repeat record offset in `repeats`, or -1. */
  repeat = -1;
  matchAll = false;
  mustAdvance = false;

  frames: Int32Array = new Int32Array(64 * FRAME_SIZE);
  data: Int32Array = new Int32Array(256);
  dataTop = 0;
  repeats: Int32Array = new Int32Array(16 * REPEAT_SIZE);
  repeatTop = 0;

  /** Steps done since the last charge. */
  steps = 0;
  private charge: ChargeSteps | undefined;
  private maxStackWords: number;
  private reserveBytes: ((bytes: number) => void) | undefined;

  constructor(program: RegexProgram, chars: Int32Array, end: number, limits: RegexLimits) {
    this.code = program.code;
    this.chars = chars;
    this.end = end;
    this.marks = new Int32Array(program.groups * 2).fill(-1);
    this.charge = limits.charge;
    this.maxStackWords = limits.maxStackWords ?? DEFAULT_MAX_STACK_WORDS;
    this.reserveBytes = limits.reserveBytes;
  }

  /** Prepares the state for a new call, possibly over another program and subject. */
  reuse(program: RegexProgram, chars: Int32Array, end: number, limits: RegexLimits): void {
    this.code = program.code;
    this.chars = chars;
    if (this.marks.length !== program.groups * 2) this.marks = new Int32Array(program.groups * 2);
    // Do not keep a huge stack from an earlier deep match alive.
    if (this.frames.length > SPARE_STACK_WORDS) this.frames = new Int32Array(64 * FRAME_SIZE);
    if (this.data.length > SPARE_STACK_WORDS) this.data = new Int32Array(256);
    if (this.repeats.length > SPARE_STACK_WORDS) this.repeats = new Int32Array(16 * REPEAT_SIZE);
    this.end = end;
    this.start = 0;
    this.ptr = 0;
    this.matchAll = false;
    this.mustAdvance = false;
    this.steps = 0;
    this.charge = limits.charge;
    this.maxStackWords = limits.maxStackWords ?? DEFAULT_MAX_STACK_WORDS;
    this.reserveBytes = limits.reserveBytes;
    this.resetCaptures();
  }

  /** Reports batched steps to the budget (may throw the limit error). */
  flushSteps(): void {
    const steps = this.steps;
    this.steps = 0;
    if (steps > 0 && this.charge !== undefined) this.charge(steps);
  }

  /** sre's state_reset / RESET_CAPTURE_GROUP between attempts. */
  resetCaptures(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.dataTop = 0;
    this.repeatTop = 0;
  }

  private checkMemory(extra: number): void {
    this.reserveBytes?.(extra * 4);
    if (this.frames.length + this.data.length + this.repeats.length + extra > this.maxStackWords) {
      throw new PythonError(
        'MemoryError',
        'regular expression backtracking exceeded the memory limit',
      );
    }
  }

  /** Grows the context stack so a frame fits at `base`. */
  growFrames(base: number): Int32Array {
    if (base + FRAME_SIZE <= this.frames.length) return this.frames;
    this.checkMemory(this.frames.length);
    const bigger = new Int32Array(this.frames.length * 2);
    bigger.set(this.frames);
    this.frames = bigger;
    return bigger;
  }

  private ensureData(words: number): void {
    if (this.dataTop + words <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.dataTop + words) size *= 2;
    this.checkMemory(size - this.data.length);
    const bigger = new Int32Array(size);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** MARK_PUSH: saves marks[0..lastmark]. */
  markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const count = lastmark + 1;
    if (this.dataTop + count > this.data.length) this.ensureData(count);
    const data = this.data;
    const marks = this.marks;
    let top = this.dataTop;
    for (let i = 0; i < count; i++) data[top++] = marks[i]!;
    this.dataTop = top;
  }

  /** MARK_POP: restores and drops saved marks. */
  markPop(lastmark: number): void {
    if (lastmark < 0) return;
    const count = lastmark + 1;
    const top = this.dataTop - count;
    this.dataTop = top;
    const data = this.data;
    const marks = this.marks;
    for (let i = 0; i < count; i++) marks[i] = data[top + i]!;
  }

  /** MARK_POP_KEEP: restores saved marks and keeps them saved. */
  markPopKeep(lastmark: number): void {
    if (lastmark < 0) return;
    const count = lastmark + 1;
    const top = this.dataTop - count;
    const data = this.data;
    const marks = this.marks;
    for (let i = 0; i < count; i++) marks[i] = data[top + i]!;
  }

  /** MARK_POP_DISCARD: drops saved marks. */
  markPopDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dataTop -= lastmark + 1;
  }

  /** DATA_PUSH of one word. */
  pushWord(value: number): void {
    if (this.dataTop >= this.data.length) this.ensureData(1);
    this.data[this.dataTop++] = value;
  }

  /** DATA_POP of one word. */
  popWord(): number {
    return this.data[--this.dataTop]!;
  }

  /** Allocates a repeat record; returns its offset. */
  allocRepeat(): number {
    const at = this.repeatTop;
    if (at + REPEAT_SIZE > this.repeats.length) {
      this.checkMemory(this.repeats.length);
      const bigger = new Int32Array(this.repeats.length * 2);
      bigger.set(this.repeats);
      this.repeats = bigger;
    }
    this.repeatTop = at + REPEAT_SIZE;
    return at;
  }

  /** Frees the most recent repeat record. */
  freeRepeat(): void {
    this.repeatTop -= REPEAT_SIZE;
  }
}
