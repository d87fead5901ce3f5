// Checks every compiled code object with an independent walk over all paths (jumps and exception
// handlers): stack depth never negative, never above `stacksize`, consistent at each instruction;
// arguments index real table entries; only JUMP jumps backward (the VM charges its budget there);
// the exception table is sorted and non-overlapping; code never runs off its end; and compiling
// twice gives identical bytecode.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CodeObject } from '../../src/compiler/code-object.js';
import { compile } from '../../src/compiler/compile.js';
import { OPCODE_INFO_BY_NUMBER, OPCODE_NAMES, Op } from '../../src/compiler/opcodes.js';
import { parse } from '../../src/parser/parser.js';

const JUMPS = new Set<number>([
  Op.JUMP,
  Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP,
  Op.FOR_ITER,
  Op.SEND,
]);
const TERMINATORS = new Set<number>([Op.JUMP, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);

function effect(op: number, arg: number, jump: boolean): number {
  const info = OPCODE_INFO_BY_NUMBER[op];
  if (info === undefined) throw new Error(`unknown opcode ${op}`);
  return typeof info.effect === 'number' ? info.effect : info.effect(arg, jump);
}

/** Returns a list of problems found in one code object (empty when it is sound). */
function check(code: CodeObject): string[] {
  const problems: string[] = [];
  const count = code.code.length >> 1;
  const table = code.exceptionTable;
  for (let i = 0; i < table.length; i++) {
    const entry = table[i]!;
    if (!(entry.start < entry.end && entry.end <= count && entry.target < count)) {
      problems.push(`bad exception entry ${JSON.stringify(entry)}`);
    }
    if (i > 0 && table[i - 1]!.end > entry.start) problems.push('overlapping exception entries');
  }
  const handlerAt = (index: number) =>
    table.find((entry) => entry.start <= index && index < entry.end) ?? null;
  const depthAt = new Int32Array(count).fill(-1);
  const worklist: number[] = [];
  const reach = (index: number, depth: number, from: number) => {
    if (index < 0 || index >= count) {
      problems.push(`instruction ${from} reaches ${index}, outside the code`);
      return;
    }
    if (depth < 0) problems.push(`negative stack depth at ${index}`);
    if (depth > code.stacksize) problems.push(`depth ${depth} above stacksize at ${index}`);
    if (depthAt[index] === -1) {
      depthAt[index] = depth;
      worklist.push(index);
    } else if (depthAt[index] !== depth) {
      problems.push(`instruction ${index} reached with depths ${depthAt[index]} and ${depth}`);
    }
  };
  reach(0, 0, 0);
  while (worklist.length > 0 && problems.length === 0) {
    const index = worklist.pop()!;
    const op = code.code[2 * index]!;
    const arg = code.code[2 * index + 1]!;
    const depth = depthAt[index]!;
    const name = OPCODE_NAMES[op];
    if (name === undefined) {
      problems.push(`unknown opcode ${op} at ${index}`);
      continue;
    }
    if (op === Op.LOAD_CONST || op === Op.KW_NAMES) {
      if (arg >= code.consts.length) problems.push(`${name} ${arg} out of range`);
    }
    if (op === Op.LOAD_FAST || op === Op.STORE_FAST || op === Op.DELETE_FAST) {
      if (arg >= code.varnames.length) problems.push(`${name} ${arg} out of range`);
    }
    if (
      op === Op.LOAD_DEREF ||
      op === Op.STORE_DEREF ||
      op === Op.DELETE_DEREF ||
      op === Op.LOAD_CLOSURE ||
      op === Op.LOAD_CLASSDEREF
    ) {
      if (arg >= code.cellvars.length + code.freevars.length)
        problems.push(`${name} ${arg} out of range`);
    }
    const handler = handlerAt(index);
    if (handler !== null) {
      if (handler.depth > depth) problems.push(`handler depth above stack depth at ${index}`);
      reach(handler.target, handler.depth + (handler.lasti ? 1 : 0) + 1, index);
    }
    if (JUMPS.has(op) && op !== Op.JUMP && arg <= index) {
      problems.push(`backward ${name} at ${index}: only JUMP may jump backward`);
    }
    if (JUMPS.has(op)) reach(arg, depth + effect(op, arg, true), index);
    if (!TERMINATORS.has(op)) reach(index + 1, depth + effect(op, arg, false), index);
  }
  return problems;
}

function allCode(code: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(code);
  for (const constant of code.consts) {
    if (constant !== null && typeof constant === 'object' && constant.type === 'code') {
      allCode(constant, out);
    }
  }
  return out;
}

function sources(): [string, string][] {
  const programs = new URL('./programs/', import.meta.url);
  const result: [string, string][] = readdirSync(programs)
    .filter((name) => name.endsWith('.py'))
    .map((name) => [name, readFileSync(new URL(name, programs), 'utf8')]);
  for (const file of ['symtable.json', 'compile-errors.json']) {
    const cases = JSON.parse(
      readFileSync(new URL(`./golden/${file}`, import.meta.url), 'utf8'),
    ) as {
      source: string;
      error?: unknown;
    }[];
    for (const c of cases)
      if (c.error === null || c.error === undefined) result.push([c.source.slice(0, 60), c.source]);
  }
  return result;
}

describe('bytecode is sound', () => {
  test.each(sources())('%s', (_name, source) => {
    const code = compile(parse(source), '<s>', 'exec');
    const problems = allCode(code).flatMap((unit) =>
      check(unit).map((p) => `${unit.qualname}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('compilation is deterministic', () => {
  test.each(sources().slice(0, 4))('%s', (_name, source) => {
    const first = allCode(compile(parse(source), '<s>', 'exec'));
    const second = allCode(compile(parse(source), '<s>', 'exec'));
    expect(second.map((c) => [...c.code])).toEqual(first.map((c) => [...c.code]));
    expect(second.map((c) => [...c.positions])).toEqual(first.map((c) => [...c.positions]));
    expect(second.map((c) => c.exceptionTable)).toEqual(first.map((c) => c.exceptionTable));
  });
});
