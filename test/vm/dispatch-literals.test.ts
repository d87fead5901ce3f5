// The dispatch loop switches on opcode numbers written as literals (V8 optimises a switch on
// literals far better than on `Op.X` property reads); this checks every literal against the table,
// over the loop (eval-loop.ts) and the rare opcodes it runs out of line (fast-outlined-ops.ts).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPCODES, type OpcodeName } from '../../src/compiler/opcodes.js';

const vmDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'vm');
const source = ['eval-loop.ts', 'fast-outlined-ops.ts']
  .map((file) => readFileSync(join(vmDir, file), 'utf8'))
  .join('\n');

describe('eval-loop dispatch', () => {
  const cases = [...source.matchAll(/case (\d+):(?: \{\s*)? \/\/ ([A-Z_]+)/g)].map((match) => ({
    number: Number(match[1]),
    name: match[2] as OpcodeName,
  }));

  it('labels every case with the opcode name whose number it uses', () => {
    const wrong = cases.filter((entry) => OPCODES[entry.name]?.code !== entry.number);
    expect(wrong).toEqual([]);
  });

  it('handles every opcode of the table exactly once', () => {
    const handled = cases.map((entry) => entry.name).sort();
    expect(handled).toEqual(Object.keys(OPCODES).sort());
  });
});
