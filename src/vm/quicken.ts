// Fused instructions ("superinstructions"): the dispatch loop runs a copy of each code object's
// instructions in which the first instruction of some common pairs carries a fused opcode that does
// the work of both in one dispatch: two locals pushed, a local and a constant (and their arithmetic
// when a BINARY_OP follows), an int comparison and its jump, a store and the next load, a list or
// range iteration step and its store, an arithmetic result and its store, a function's NULL and its
// global. The second instruction stays in place, since a jump may land on it, and a fused
// instruction whose fast path does not apply runs as its first instruction alone, so the copy always
// means what the original means. Only the loop reads the copy: everything else (frames, tracebacks,
// snapshots, the verifier) sees the original instructions, and a snapshot never holds the copy (a
// restored code object makes it again on first use).

import { Op } from '../compiler/opcodes.js';
import type { PyCode } from '../objects/code.js';

/**
 * The fused opcodes, numbered in gaps of the opcode table below its last inline opcode, so the
 * loop's switch stays one dense jump table. The argument is the first instruction's.
 */
export const Fused = {
  LOAD_FAST_LOAD_FAST: 5,
  LOAD_FAST_LOAD_CONST: 6,
  COMPARE_OP_POP_JUMP_IF_FALSE: 7,
  COMPARE_OP_POP_JUMP_IF_TRUE: 8,
  STORE_FAST_LOAD_FAST: 9,
  FOR_ITER_STORE_FAST: 22,
  LOAD_FAST_LOAD_CONST_BINARY_OP: 23,
  BINARY_OP_STORE_FAST: 24,
  PUSH_NULL_LOAD_GLOBAL: 25,
} as const;

/** The fused opcode for an instruction followed by `next` and `third` (-1 past the end), or -1. */
function fusedOpcode(op: number, next: number, third: number): number {
  switch (op) {
    case Op.LOAD_FAST:
      if (next === Op.LOAD_FAST) return Fused.LOAD_FAST_LOAD_FAST;
      if (next === Op.LOAD_CONST) {
        return third === Op.BINARY_OP
          ? Fused.LOAD_FAST_LOAD_CONST_BINARY_OP
          : Fused.LOAD_FAST_LOAD_CONST;
      }
      return -1;
    case Op.COMPARE_OP:
      if (next === Op.POP_JUMP_IF_FALSE) return Fused.COMPARE_OP_POP_JUMP_IF_FALSE;
      if (next === Op.POP_JUMP_IF_TRUE) return Fused.COMPARE_OP_POP_JUMP_IF_TRUE;
      return -1;
    case Op.STORE_FAST:
      return next === Op.LOAD_FAST ? Fused.STORE_FAST_LOAD_FAST : -1;
    case Op.FOR_ITER:
      return next === Op.STORE_FAST ? Fused.FOR_ITER_STORE_FAST : -1;
    case Op.BINARY_OP:
      return next === Op.STORE_FAST ? Fused.BINARY_OP_STORE_FAST : -1;
    case Op.PUSH_NULL:
      return next === Op.LOAD_GLOBAL ? Fused.PUSH_NULL_LOAD_GLOBAL : -1;
    default:
      return -1;
  }
}

/** Makes (once) and returns the instructions the dispatch loop runs for `code`. */
export function quicken(code: PyCode): Int32Array {
  const original = code.code.code;
  const quickened = original.slice();
  for (let at = 0; at + 2 < original.length; at += 2) {
    const third = at + 4 < original.length ? original[at + 4]! : -1;
    const fused = fusedOpcode(original[at]!, original[at + 2]!, third);
    if (fused >= 0) quickened[at] = fused;
  }
  code.quickened = quickened;
  return quickened;
}
