// Assigns each instruction its innermost exception handler by propagating the stack of SETUP_*
// handlers through the flow graph (CPython's label_exception_targets), and turns the assembled
// instruction stream into the sorted, non-overlapping exception table of the CodeObject.

import type { ExceptionTableEntry } from './code-object.js';
import {
  type BasicBlock,
  type Instr,
  isBlockPush,
  isJump,
  isTerminator,
  POP_BLOCK,
} from './codegen-unit.js';

/**
 * Sets `instr.handler` on every instruction of the blocks reachable from `entry`. Handler stacks
 * flow along jumps and fall-through; a handler's own code runs under the handlers outside it.
 */
export function labelExceptionTargets(
  entry: BasicBlock,
  next: ReadonlyMap<BasicBlock, BasicBlock | null>,
): void {
  const visited = new Set<BasicBlock>();
  const worklist: BasicBlock[] = [];
  entry.exceptStack = [];
  visited.add(entry);
  worklist.push(entry);
  while (worklist.length > 0) {
    const block = worklist.pop()!;
    let stack = block.exceptStack ?? [];
    let handler: BasicBlock | null = stack[stack.length - 1] ?? null;
    let fallsThrough = true;
    for (const instr of block.instrs) {
      if (isBlockPush(instr.op)) {
        const target = instr.target!;
        if (!visited.has(target)) {
          target.exceptStack = stack.slice();
          visited.add(target);
          worklist.push(target);
        }
        stack = [...stack, target];
        handler = target;
        continue;
      }
      if (instr.op === POP_BLOCK) {
        stack = stack.slice(0, -1);
        handler = stack[stack.length - 1] ?? null;
        continue;
      }
      instr.handler = handler;
      if (isJump(instr.op)) {
        const target = instr.target!;
        if (!visited.has(target)) {
          target.exceptStack = stack.slice();
          visited.add(target);
          worklist.push(target);
        }
      }
      if (isTerminator(instr.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough) {
      const successor = next.get(block) ?? null;
      if (successor !== null && !visited.has(successor)) {
        successor.exceptStack = stack;
        visited.add(successor);
        worklist.push(successor);
      }
    }
  }
}

/**
 * Builds the exception table from the final instruction order: one entry per maximal run of
 * consecutive instructions sharing a handler.
 */
export function buildExceptionTable(instrs: readonly Instr[]): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let runStart = 0;
  let runHandler: BasicBlock | null = null;
  const close = (end: number) => {
    if (runHandler === null || end <= runStart) return;
    const lasti = runHandler.preserveLasti;
    table.push({
      start: runStart,
      end,
      target: runHandler.offset,
      depth: runHandler.startDepth - 1 - (lasti ? 1 : 0),
      lasti,
    });
  };
  for (let i = 0; i < instrs.length; i++) {
    const handler = instrs[i]!.handler;
    if (handler !== runHandler) {
      close(i);
      runStart = i;
      runHandler = handler;
    }
  }
  close(instrs.length);
  return table;
}
