// Source positions of the instructions that can raise, against CPython 3.11's co_positions():
// tracebacks draw their `^^^^` markers from these (golden: scripts/record-compiler-goldens.py).
// Lists are compared without repeated entries: CPython 3.11 copies a `while` test to the bottom of
// the loop, we do not (every backward jump must be a JUMP), so its instructions appear once.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CodeObject } from '../../src/compiler/code-object.js';
import { compile } from '../../src/compiler/compile.js';
import { OPCODE_NAMES } from '../../src/compiler/opcodes.js';
import { parse } from '../../src/parser/parser.js';

type Positions = { qualname: string; positions: Record<string, (number | null)[][]> }[];

const golden = JSON.parse(
  readFileSync(new URL('./golden/code-positions.json', import.meta.url), 'utf8'),
) as Record<string, Positions>;

function positionsOf(code: CodeObject, wanted: Positions, out: Positions = []): Positions {
  const names = new Set(Object.keys(wanted[out.length]?.positions ?? {}));
  const byOpcode: Record<string, (number | null)[][]> = {};
  for (let i = 0; i < code.code.length >> 1; i++) {
    const name = OPCODE_NAMES[code.code[2 * i]!]!;
    if (!names.has(name)) continue;
    const position = [...code.positions.subarray(4 * i, 4 * i + 4)].map((v) => (v < 0 ? null : v));
    const list = byOpcode[name] ?? [];
    list.push(position);
    byOpcode[name] = list;
  }
  out.push({ qualname: code.qualname, positions: byOpcode });
  for (const constant of code.consts) {
    if (constant !== null && typeof constant === 'object' && constant.type === 'code') {
      positionsOf(constant, wanted, out);
    }
  }
  return out;
}

/** Each opcode's positions with exact repeats removed (first occurrence kept). */
function distinct(positions: Positions): Positions {
  return positions.map(({ qualname, positions: byOpcode }) => {
    const out: Record<string, (number | null)[][]> = {};
    for (const [name, list] of Object.entries(byOpcode)) {
      const seen = new Set<string>();
      out[name] = list.filter((position) => {
        const key = position.join(',');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    return { qualname, positions: out };
  });
}

const programs = new URL('./programs/', import.meta.url);

describe('instruction positions match CPython', () => {
  test.each(readdirSync(programs).filter((name) => name.endsWith('.py')))('%s', (name) => {
    const source = readFileSync(new URL(name, programs), 'utf8');
    const wanted = golden[name]!;
    const got = positionsOf(compile(parse(source), name, 'exec'), wanted);
    expect(distinct(got)).toEqual(distinct(wanted));
  });
});
