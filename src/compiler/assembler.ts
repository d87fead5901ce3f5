// Turns a finished CompilerUnit into a CodeObject: computes stack depths and exception handlers on
// the block graph, drops unreachable blocks and pseudo-instructions, resolves jump targets to
// instruction indexes, and fills the position and exception tables.

import type { CodeObject } from './code-object.js';
import {
  type BasicBlock,
  type CompilerUnit,
  type Instr,
  isJump,
  isPseudo,
  isTerminator,
} from './codegen-unit.js';
import { buildExceptionTable, labelExceptionTargets } from './exception-table.js';
import { Op } from './opcodes.js';
import { foldConstantTuples, threadJumps } from './peephole.js';
import { computeStackDepth } from './stack-depth.js';

/** Assembles `unit` (whose code must end in a terminator on every path) into a CodeObject. */
export function assemble(unit: CompilerUnit, filename: string, flags: number): CodeObject {
  const blocks = unit.blocks;
  const next = new Map<BasicBlock, BasicBlock | null>();
  for (let i = 0; i < blocks.length; i++) next.set(blocks[i]!, blocks[i + 1] ?? null);
  const entry = blocks[0]!;
  for (const block of blocks) foldConstantTuples(unit, block);
  const stacksize = computeStackDepth(entry, next);
  labelExceptionTargets(entry, next);
  threadJumps(blocks, next);
  const live = reachableBlocks(blocks, next);
  let count = 0;
  for (const block of live) {
    block.offset = count;
    for (const instr of block.instrs) if (!isDropped(instr.op)) count++;
  }

  const code = new Int32Array(2 * count);
  const positions = new Int32Array(4 * count);
  const stream: Instr[] = [];
  let previousFallsThrough = false;
  for (const block of live) {
    let carried = previousFallsThrough && stream.length > 0 ? stream.length - 1 : -1;
    let marker: Instr | null = null;
    for (const instr of block.instrs) {
      if (instr.op === Op.NOP) {
        // A dropped NOP still gives its position to the artificial instructions after it.
        if (instr.loc.lineno >= 0) marker = instr;
        continue;
      }
      if (isPseudo(instr.op)) continue;
      const index = stream.length;
      stream.push(instr);
      code[2 * index] = instr.op;
      code[2 * index + 1] = instr.target !== null ? instr.target.offset : instr.arg;
      const loc = instr.loc.lineno >= 0 || marker === null ? instr.loc : marker.loc;
      marker = null;
      if (loc.lineno >= 0) {
        positions[4 * index] = loc.lineno;
        positions[4 * index + 1] = loc.end_lineno;
        positions[4 * index + 2] = loc.col_offset;
        positions[4 * index + 3] = loc.end_col_offset;
        carried = index;
      } else if (carried >= 0) {
        positions.copyWithin(4 * index, 4 * carried, 4 * carried + 4);
      } else {
        positions.fill(-1, 4 * index, 4 * index + 4);
      }
    }
    previousFallsThrough = !block.endsInTerminator;
  }

  const paramCount =
    unit.argcount +
    unit.kwonlyargcount +
    (unit.entry.varargs ? 1 : 0) +
    (unit.entry.varkeywords ? 1 : 0);
  const cell2arg = unit.cellvars.map((cell) => {
    const index = unit.varnames.indexOf(cell);
    return index >= 0 && index < paramCount ? index : -1;
  });

  return {
    type: 'code',
    name: unit.name,
    qualname: unit.qualname,
    filename,
    firstlineno: unit.firstlineno,
    argcount: unit.argcount,
    posonlyargcount: unit.posonlyargcount,
    kwonlyargcount: unit.kwonlyargcount,
    flags,
    varnames: unit.varnames.slice(),
    cellvars: unit.cellvars.slice(),
    freevars: unit.freevars.slice(),
    cell2arg,
    names: unit.names.slice(),
    consts: unit.consts.slice(),
    code,
    positions,
    exceptionTable: buildExceptionTable(stream),
    stacksize,
    docstring: unit.docstring,
  };
}

/** Instructions that produce no bytecode: pseudo-instructions and NOP location markers. */
function isDropped(op: number): boolean {
  return op === Op.NOP || isPseudo(op);
}

/**
 * Blocks still reachable once jumps were threaded, in layout order: from the entry through
 * fall-through, jumps and the handlers of reachable instructions. Blocks never reached by the
 * stack-depth walk are excluded too.
 */
function reachableBlocks(
  blocks: readonly BasicBlock[],
  next: ReadonlyMap<BasicBlock, BasicBlock | null>,
): BasicBlock[] {
  const reached = new Set<BasicBlock>();
  const worklist: BasicBlock[] = [blocks[0]!];
  reached.add(blocks[0]!);
  const reach = (block: BasicBlock | null) => {
    if (block === null || reached.has(block) || block.startDepth < 0) return;
    reached.add(block);
    worklist.push(block);
  };
  while (worklist.length > 0) {
    const block = worklist.pop()!;
    let fallsThrough = true;
    for (const instr of block.instrs) {
      if (isPseudo(instr.op)) continue;
      reach(instr.handler);
      if (isJump(instr.op)) reach(instr.target);
      if (isTerminator(instr.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough) reach(next.get(block) ?? null);
  }
  return blocks.filter((block) => reached.has(block));
}
