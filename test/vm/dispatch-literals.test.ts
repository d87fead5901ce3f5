// The dispatch loop and the rare-opcode switch use opcode numbers written as literals (V8 optimises
// a switch on literals far better than on `Op.X` property reads); this checks every literal against
// the table, and that every opcode has exactly one handler: a data handler (op-handlers-data.ts), a
// frame handler (set in op-table.ts) or a case of the rare opcodes (fast-outlined-ops.ts). The
// fused opcodes of quicken.ts are checked the same way.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPCODES, type OpcodeName } from '../../src/compiler/opcodes.js';
import { Fused } from '../../src/vm/quicken.js';

const vmDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'vm');
const read = (file: string) => readFileSync(join(vmDir, file), 'utf8');

/** The `case N: // NAME` labels of a source file. */
function labelledCases(source: string): { number: number; name: OpcodeName }[] {
  return [...source.matchAll(/case (\d+):(?: \{\s*)? \/\/ ([A-Z_]+)/g)].map((match) => ({
    number: Number(match[1]),
    name: match[2] as OpcodeName,
  }));
}

describe('dispatch opcode literals', () => {
  const inline = labelledCases(read('eval-loop.ts'));
  const outlined = labelledCases(read('fast-outlined-ops.ts'));

  it('labels every case with the opcode name whose number it uses', () => {
    const wrong = [...inline, ...outlined].filter(
      (entry) => OPCODES[entry.name]?.code !== entry.number,
    );
    expect(wrong).toEqual([]);
  });

  it('gives every opcode exactly one handler', () => {
    const dataHandlers = [...read('op-handlers-data.ts').matchAll(/^ {2}\[Op\.([A-Z_]+), /gm)].map(
      (match) => match[1]!,
    );
    const frameHandlers = [...read('op-table.ts').matchAll(/table\[Op\.([A-Z_]+)\] =/g)].map(
      (match) => match[1]!,
    );
    const handled = [
      ...dataHandlers,
      ...frameHandlers,
      ...outlined.map((entry) => entry.name),
    ].sort();
    expect(handled).toEqual(Object.keys(OPCODES).sort());
  });

  it('labels every fused case with the fused opcode whose number it uses', () => {
    const fused = [
      ...read('eval-loop.ts').matchAll(/case (\d+):(?: \{\s*)? \/\/ fused ([A-Z_]+)/g),
    ].map((match) => [match[2], Number(match[1])]);
    expect(Object.fromEntries(fused)).toEqual(Fused);
  });

  it('numbers the fused opcodes apart from every opcode', () => {
    const codes = new Set<number>(Object.values(OPCODES).map((entry) => entry.code));
    expect(Object.values(Fused).filter((code) => codes.has(code))).toEqual([]);
  });

  it('runs inline only opcodes that also have a data or frame handler', () => {
    const outlinedNames = new Set(outlined.map((entry) => entry.name));
    expect(inline.filter((entry) => outlinedNames.has(entry.name))).toEqual([]);
  });
});
