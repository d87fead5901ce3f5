// Checks the frames a restored run will resume against their verified bytecode (bytecode-verify.ts):
// the paused frame chain and every suspended generator frame must stand where their code can be,
// with the stack depth and value kinds the verifier found there. Object fields are checked first by
// snapshot-validate.ts; this runs once every code object is verified.

import { Op } from '../../compiler/opcodes.js';
import { PyCell } from '../../objects/cell.js';
import { PyCode } from '../../objects/code.js';
import { PyDict } from '../../objects/dict.js';
import { PyBaseException } from '../../objects/exceptions.js';
import type { PyGenerator } from '../../objects/generator.js';
import { PyList } from '../../objects/list.js';
import { PySet } from '../../objects/set.js';
import { None } from '../../objects/singletons.js';
import { PyTuple } from '../../objects/tuple.js';
import { GENERATOR_FLAGS } from '../call.js';
import { type Frame, ResumeMode } from '../frame.js';
import type { Interpreter } from '../interpreter.js';
import { Kind, stackKindsAt, type VerifiedCode } from './bytecode-verify.js';
import { SnapshotFormatError } from './snapshot-format.js';
import { isPyValue } from './snapshot-values.js';

function invalid(detail: string): SnapshotFormatError {
  return new SnapshotFormatError(`invalid snapshot: ${detail}`);
}

/** Whether `value` (a stack slot of a restored frame) is of one of the kinds in `mask`. */
export function hasKind(value: unknown, mask: number): boolean {
  if (value === undefined) return (mask & Kind.NULL) !== 0;
  if (!isPyValue(value)) return false;
  if ((mask & Kind.VALUE) !== 0) return true;
  if ((mask & Kind.STR) !== 0 && typeof value === 'string') return true;
  if ((mask & Kind.LIST) !== 0 && value instanceof PyList) return true;
  if ((mask & Kind.SET) !== 0 && value instanceof PySet) return true;
  if ((mask & Kind.DICT) !== 0 && value instanceof PyDict) return true;
  if ((mask & Kind.TUPLE) !== 0 && value instanceof PyTuple) return true;
  if (
    (mask & Kind.CELL_TUPLE) !== 0 &&
    value instanceof PyTuple &&
    value.items.every((item) => item instanceof PyCell)
  ) {
    return true;
  }
  if ((mask & Kind.CODE) !== 0 && value instanceof PyCode) return true;
  if ((mask & (Kind.EXCEPTION | Kind.EXC_INFO)) !== 0 && value instanceof PyBaseException)
    return true;
  if ((mask & Kind.EXC_INFO) !== 0 && value === None) return true;
  if ((mask & Kind.CELL) !== 0 && value instanceof PyCell) return true;
  return false;
}

/**
 * Checks that `frame` can resume at its pc with `depth` stack values (the verified depth there, or
 * one less where a call's result or a generator's sent value is pushed on resume), each of the kind
 * the verifier found for its slot.
 */
function checkStack(
  frame: Frame,
  verified: VerifiedCode,
  awaitingPush: boolean,
  what: string,
): void {
  const pc = frame.pc;
  const kinds = stackKindsAt(frame.code, verified, pc);
  if (kinds === null) throw invalid(`${what} at an instruction no path reaches`);
  const depth = kinds.length - (awaitingPush ? 1 : 0);
  if (depth < 0 || frame.sp !== frame.stackBase + depth) {
    throw invalid(`${what} with a stack depth its code does not have there`);
  }
  const fast = frame.fast;
  for (let slot = 0; slot < depth; slot++) {
    if (!hasKind(fast[frame.stackBase + slot], kinds[slot]!)) {
      throw invalid(`${what} with a stack value of the wrong kind`);
    }
  }
}

/** The instruction before `frame.pc` (the one the frame is inside), or -1. */
function previousOp(frame: Frame): number {
  return frame.pc >= 1 ? frame.instructions[(frame.pc - 1) * 2]! : -1;
}

/** Which instructions push a child frame with each resume mode (eval-loop.ts). */
function pushesChild(op: number, mode: number): boolean {
  switch (mode) {
    case ResumeMode.NORMAL:
      return op === Op.CALL || op === Op.CALL_FUNCTION_EX || op === Op.LOAD_ATTR;
    case ResumeMode.INIT:
      return op === Op.CALL;
    case ResumeMode.FOR_ITER:
      return op === Op.FOR_ITER;
    case ResumeMode.SEND:
      return op === Op.SEND;
    default:
      return false;
  }
}

/**
 * Checks the paused frame chain of `interp` and the suspended generators (every PyGenerator of the
 * snapshot) against the verified code of their frames (`verifiedOf`).
 */
export function validateLiveFrames(
  interp: Interpreter,
  generators: readonly PyGenerator[],
  verifiedOf: (code: PyCode) => VerifiedCode,
): void {
  const chain = new Set<Frame>();
  let child: Frame | null = null;
  for (let frame = interp.pausedFrame; frame !== null; frame = frame.parent) {
    chain.add(frame);
    const verified = verifiedOf(frame.code);
    if (child === null) {
      checkStack(frame, verified, false, 'the paused frame');
    } else {
      if (!pushesChild(previousOp(frame), child.resumeMode)) {
        throw invalid('a calling frame not at a call of its callee');
      }
      checkStack(frame, verified, true, 'a calling frame');
    }
    if (frame.parent !== null && frame.isEntry) throw invalid('an entry frame inside the chain');
    const generator = frame.generator;
    if (generator !== null && (!generator.running || generator.frame !== frame)) {
      throw invalid('a running generator frame its generator does not run');
    }
    child = frame;
  }
  // The exception states of running generators are stacked on the interpreter's, in chain order;
  // a suspended generator's stands alone (generators.ts enter/leaveGeneratorFrame).
  const stacked = new Set<unknown>();
  for (let slot = interp.excInfo; slot.previous !== null; slot = slot.previous) stacked.add(slot);
  for (const generator of generators) {
    const slot = generator.excState;
    if (generator.running ? !stacked.has(slot) : slot.previous !== null || stacked.has(slot)) {
      throw invalid('a generator exception state out of place');
    }
  }
  for (const generator of generators) {
    const frame = generator.frame as Frame | null;
    if (frame === null) continue;
    if (generator.running !== chain.has(frame)) {
      throw invalid('a generator running outside the paused frames');
    }
    if (generator.running) continue;
    if (!generator.started) {
      if (frame.pc !== 0 || frame.sp !== frame.stackBase)
        throw invalid('a generator not started at its start');
      continue;
    }
    if (frame.lastInstruction !== frame.pc - 1 || previousOp(frame) !== Op.YIELD_VALUE) {
      throw invalid('a suspended generator not at a yield');
    }
    checkStack(frame, verifiedOf(frame.code), true, 'a suspended generator');
  }
}

/** Checks that generator code runs only in frames of a generator and other code never does. */
export function checkFrameGenerator(frame: Frame): void {
  const isGeneratorCode = (frame.code.code.flags & GENERATOR_FLAGS) !== 0;
  if (isGeneratorCode !== (frame.generator !== null)) {
    throw invalid('a generator frame without its generator');
  }
}
