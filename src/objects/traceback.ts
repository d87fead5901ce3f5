// Traceback objects: one entry per frame an exception passed through, outermost first (`tb_next`
// goes deeper). Formatting them as CPython does is src/vm/traceback-format.ts's job.

import { tracebackType } from './builtin-types.js';
import type { PyCode } from './code.js';
import { PyObject } from './py-object.js';

/** A `traceback` entry: the frame (opaque VM frame), its code, and the instruction that raised. */
export class PyTraceback extends PyObject {
  /** The VM frame (`tb_frame`); opaque to the object model. */
  declare readonly frame: object;
  declare readonly code: PyCode;
  /** Instruction index (`tb_lasti` is twice this, in CPython's byte units). */
  declare readonly instruction: number;
  /** `tb_lineno`. */
  declare readonly lineno: number;
  /** `tb_next`: the entry of the next frame down, or null. */
  declare next: PyTraceback | null;

  constructor(frame: object, code: PyCode, instruction: number, next: PyTraceback | null) {
    super(tracebackType);
    this.frame = frame;
    this.code = code;
    this.instruction = instruction;
    this.lineno = code.code.positions[instruction * 4] ?? -1;
    this.next = next;
  }
}
