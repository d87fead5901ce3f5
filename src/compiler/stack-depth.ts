// Computes the value-stack depth at the start of every reachable block and the maximum depth any
// path reaches (CPython's stackdepth()): a worklist over the flow graph using the opcode table's
// stack effects. A block reached with two different depths is a compiler bug.

import {
  type BasicBlock,
  isBlockPush,
  isJump,
  isTerminator,
  POP_BLOCK,
  SETUP_CLEANUP,
  SETUP_FINALLY,
  SETUP_WITH,
} from './codegen-unit.js';
import { OPCODE_INFO_BY_NUMBER, type StackEffect } from './opcodes.js';

/** Net stack effect of one instruction; `jump` selects the effect when its branch is taken. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case SETUP_FINALLY:
      return jump ? 1 : 0;
    case SETUP_CLEANUP:
      return jump ? 2 : 0;
    case SETUP_WITH:
      return jump ? 1 : 0;
    case POP_BLOCK:
      return 0;
    default:
      break;
  }
  const info = OPCODE_INFO_BY_NUMBER[op];
  if (info === undefined) throw new Error(`stack-depth: unknown opcode ${op}`);
  return evaluateEffect(info.effect, arg, jump);
}

function evaluateEffect(effect: StackEffect, arg: number, jump: boolean): number {
  return typeof effect === 'number' ? effect : effect(arg, jump);
}

/**
 * Sets `startDepth` on every block reachable from `entry` (directly, by jumps, or as an exception
 * handler) and returns the maximum stack depth. Unreached blocks keep `startDepth === -1`.
 * `next` gives each block's fall-through successor in layout order.
 */
export function computeStackDepth(
  entry: BasicBlock,
  next: ReadonlyMap<BasicBlock, BasicBlock | null>,
): number {
  const worklist: BasicBlock[] = [];
  let maxDepth = 0;
  const reach = (block: BasicBlock, depth: number) => {
    if (depth < 0) throw new Error(`stack-depth: negative stack depth ${depth}`);
    if (block.startDepth < 0) {
      block.startDepth = depth;
      if (depth > maxDepth) maxDepth = depth;
      worklist.push(block);
    } else if (block.startDepth !== depth) {
      throw new Error(`stack-depth: block reached with depths ${block.startDepth} and ${depth}`);
    }
  };
  reach(entry, 0);
  while (worklist.length > 0) {
    const block = worklist.pop()!;
    let depth = block.startDepth;
    let fallsThrough = true;
    for (const instr of block.instrs) {
      const { op, arg } = instr;
      if (isBlockPush(op) || isJump(op)) {
        const target = instr.target;
        if (target === null) throw new Error('stack-depth: jump without a target');
        const targetDepth = depth + stackEffect(op, arg, true);
        if (op === SETUP_CLEANUP || op === SETUP_WITH) target.preserveLasti = true;
        reach(target, targetDepth);
      }
      depth += stackEffect(op, arg, false);
      if (depth < 0) throw new Error(`stack-depth: negative stack depth at opcode ${op}`);
      if (depth > maxDepth) maxDepth = depth;
      if (isTerminator(op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough) {
      const successor = next.get(block) ?? null;
      if (successor === null) throw new Error('stack-depth: code falls off the end');
      reach(successor, depth);
    }
  }
  return maxDepth;
}
