// A disassembler in the spirit of `python3 -m dis` (3.11 layout): line numbers, jump-target
// markers, instruction indexes (our offsets), opcode names, arguments with resolved names,
// constants and jump targets, the exception table, then every nested code object.

import { complexRepr, floatRepr } from '../objects/float-repr.js';
import { reprBytes, reprStr } from '../objects/str-repr.js';
import type { CodeConstant, CodeObject } from './code-object.js';
import { BINARY_OPS, COMPARE_OPS, OPCODE_INFO_BY_NUMBER, OPCODE_NAMES, Op } from './opcodes.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/** Python's repr of a code constant (code objects as `<code object NAME, file "F", line N>`). */
export function constantRepr(value: CodeConstant): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return String(value);
    case 'string':
      return reprStr(value);
    default:
      break;
  }
  switch (value.type) {
    case 'float':
      return floatRepr(value.value);
    case 'complex':
      return complexRepr(value.real, value.imag);
    case 'bytes':
      return reprBytes(value.value);
    case 'ellipsis':
      return 'Ellipsis';
    case 'tuple':
      return value.items.length === 1
        ? `(${constantRepr(value.items[0]!)},)`
        : `(${value.items.map(constantRepr).join(', ')})`;
    case 'frozenset':
      return value.items.length === 0
        ? 'frozenset()'
        : `frozenset({${value.items.map(constantRepr).join(', ')}})`;
    case 'code':
      return codeRepr(value);
  }
}

function codeRepr(code: CodeObject): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

const NAME_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_NAME,
  Op.STORE_NAME,
  Op.DELETE_NAME,
  Op.LOAD_GLOBAL,
  Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL,
  Op.LOAD_ATTR,
  Op.STORE_ATTR,
  Op.DELETE_ATTR,
  Op.LOAD_METHOD,
  Op.IMPORT_NAME,
  Op.IMPORT_FROM,
]);
const LOCAL_OPS: ReadonlySet<number> = new Set([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST]);
const DEREF_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLASSDEREF,
  Op.LOAD_CLOSURE,
]);
const JUMP_OPS: ReadonlySet<number> = new Set([
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
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;
const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;

/** The resolved meaning of an instruction's argument, as `dis` prints it in parentheses. */
export function argumentRepr(code: CodeObject, op: number, arg: number): string {
  if (op === Op.LOAD_CONST || op === Op.KW_NAMES) {
    const value = code.consts[arg];
    return value === undefined ? '<invalid const>' : constantRepr(value);
  }
  if (NAME_OPS.has(op)) return code.names[arg] ?? '<invalid name>';
  if (LOCAL_OPS.has(op)) return code.varnames[arg] ?? '<invalid local>';
  if (DEREF_OPS.has(op)) {
    return (
      (arg < code.cellvars.length
        ? code.cellvars[arg]
        : code.freevars[arg - code.cellvars.length]) ?? '<invalid cell>'
    );
  }
  if (JUMP_OPS.has(op)) return `to ${arg}`;
  if (op === Op.COMPARE_OP) return COMPARE_OPS[arg] ?? '?';
  if (op === Op.BINARY_OP) return BINARY_OPS[arg] ?? '?';
  if (op === Op.MAKE_FUNCTION) {
    return MAKE_FUNCTION_FLAGS.filter((_name, bit) => arg & (1 << bit)).join(', ');
  }
  if (op === Op.FORMAT_VALUE) {
    const parts: string[] = [];
    const conversion = FORMAT_CONVERSIONS[arg & 3];
    if (conversion) parts.push(conversion);
    if (arg & 4) parts.push('with format');
    return parts.join(', ');
  }
  return '';
}

/** Options of `disassemble`. */
export interface DisassembleOptions {
  /** Also list nested code objects (default true), like `dis.dis`. */
  readonly recursive?: boolean;
}

/** The listing of a code object (and, by default, of the code objects in its constants). */
export function disassemble(code: CodeObject, options: DisassembleOptions = {}): string {
  const lines: string[] = [];
  disassembleInto(code, lines);
  if (options.recursive ?? true) {
    for (const constant of code.consts) {
      if (constant !== null && typeof constant === 'object' && constant.type === 'code') {
        lines.push('', `Disassembly of ${codeRepr(constant)}:`);
        lines.push(disassemble(constant, options).replace(/\n$/, ''));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function disassembleInto(code: CodeObject, lines: string[]): void {
  const count = code.code.length >> 1;
  const targets = new Set<number>();
  for (let i = 0; i < count; i++) {
    const op = code.code[2 * i]!;
    if (JUMP_OPS.has(op)) targets.add(code.code[2 * i + 1]!);
  }
  for (const entry of code.exceptionTable) targets.add(entry.target);
  let maxLine = 0;
  for (let i = 0; i < count; i++) maxLine = Math.max(maxLine, code.positions[4 * i]!);
  const linenoWidth = Math.max(3, String(maxLine).length);
  const offsetWidth = Math.max(4, String(count).length);
  let lastLine = -2;
  for (let i = 0; i < count; i++) {
    const op = code.code[2 * i]!;
    const arg = code.code[2 * i + 1]!;
    const line = code.positions[4 * i]!;
    const startsLine = line !== lastLine && line >= 0;
    if (startsLine) {
      if (i > 0) lines.push('');
      lastLine = line;
    }
    const fields: string[] = [];
    fields.push(startsLine ? String(line).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(targets.has(i) ? '>>' : '  ');
    fields.push(String(i).padStart(offsetWidth));
    const name = OPCODE_NAMES[op] ?? `<${op}>`;
    fields.push(name.padEnd(OPNAME_WIDTH));
    if (OPCODE_INFO_BY_NUMBER[op]?.hasArg) {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      const detail = argumentRepr(code, op, arg);
      if (detail !== '') fields.push(`(${detail})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    lines.push('ExceptionTable:');
    for (const entry of code.exceptionTable) {
      lines.push(
        `  ${entry.start} to ${entry.end - 1} -> ${entry.target} [${entry.depth}]${entry.lasti ? ' lasti' : ''}`,
      );
    }
  }
}
