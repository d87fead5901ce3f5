// The few flow-graph optimizations of CPython's assembler that pay off at run time: constant
// tuples built from LOAD_CONSTs become one LOAD_CONST, and jumps to unconditional jumps go straight
// to the final target. Run after exception handlers are assigned, so handlers never change.

import type { CodeConstant } from './code-object.js';
import { type BasicBlock, type CompilerUnit, type Instr, isPseudo } from './codegen-unit.js';
import { Op } from './opcodes.js';

/** `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` → `LOAD_CONST (a, b)` (CPython's fold_tuple_on_constants). */
export function foldConstantTuples(unit: CompilerUnit, block: BasicBlock): void {
  const instrs = block.instrs;
  const folded = new Set<Instr>();
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i]!;
    if (instr.op !== Op.BUILD_TUPLE || instr.arg === 0 || i < instr.arg) continue;
    const count = instr.arg;
    let allConstant = true;
    for (let j = i - count; j < i; j++) {
      if (instrs[j]!.op !== Op.LOAD_CONST) {
        allConstant = false;
        break;
      }
    }
    if (!allConstant) continue;
    const items: CodeConstant[] = [];
    for (let j = i - count; j < i; j++) {
      const load = instrs[j]!;
      items.push(unit.consts[load.arg]!);
      load.op = Op.NOP;
      folded.add(load);
    }
    instr.op = Op.LOAD_CONST;
    instr.arg = unit.addConst({ type: 'tuple', items });
  }
  // Drop the folded loads in one pass (splicing each would be quadratic).
  if (folded.size > 0) {
    let kept = 0;
    for (const instr of instrs) if (!folded.has(instr)) instrs[kept++] = instr;
    instrs.length = kept;
  }
}

/** The first real instruction control reaches when entering `block` (following fall-through). */
function firstInstruction(
  block: BasicBlock,
  next: ReadonlyMap<BasicBlock, BasicBlock | null>,
): Instr | null {
  let current: BasicBlock | null = block;
  let steps = 0;
  while (current !== null && steps++ < 1000) {
    for (const instr of current.instrs) {
      if (!isPseudo(instr.op) && instr.op !== Op.NOP) return instr;
    }
    if (current.endsInTerminator) return null;
    current = next.get(current) ?? null;
  }
  return null;
}

/**
 * Retargets jumps whose target starts with an unconditional JUMP (CPython's jump threading).
 * A conditional jump is only ever retargeted forward: every backward jump stays a JUMP, which is
 * where the VM charges its instruction budget.
 */
export function threadJumps(
  blocks: readonly BasicBlock[],
  next: ReadonlyMap<BasicBlock, BasicBlock | null>,
): void {
  const order = new Map<BasicBlock, number>();
  blocks.forEach((block, index) => {
    order.set(block, index);
  });
  for (const block of blocks) {
    const here = order.get(block)!;
    for (const instr of block.instrs) {
      if (instr.target === null || isPseudo(instr.op)) continue;
      const isJump = instr.op === Op.JUMP;
      if (!isJump && !isConditionalPopJump(instr.op)) continue;
      const seen = new Set<BasicBlock>();
      let target = instr.target;
      for (;;) {
        if (seen.has(target)) break;
        seen.add(target);
        const first = firstInstruction(target, next);
        if (first === null || first.op !== Op.JUMP || first.target === null) break;
        if (!isJump && (order.get(first.target) ?? -1) <= here) break;
        target = first.target;
      }
      instr.target = target;
    }
  }
}

function isConditionalPopJump(op: number): boolean {
  return (
    op === Op.POP_JUMP_IF_FALSE ||
    op === Op.POP_JUMP_IF_TRUE ||
    op === Op.POP_JUMP_IF_NONE ||
    op === Op.POP_JUMP_IF_NOT_NONE
  );
}
