// `dis` listings of small programs. The expected text was checked by hand against
// `python3 -m dis` (same instructions modulo RESUME/PRECALL/CACHE, our absolute instruction
// indexes, and our single JUMP / POP_JUMP_IF_* family).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { disassemble } from '../../src/compiler/dis.js';
import { parse } from '../../src/parser/parser.js';

const directory = new URL('./dis/', import.meta.url);

describe('dis listings', () => {
  test.each(readdirSync(directory).filter((name) => name.endsWith('.py')))('%s', (name) => {
    const source = readFileSync(new URL(name, directory), 'utf8');
    const expected = readFileSync(new URL(name.replace(/\.py$/, '.dis'), directory), 'utf8');
    expect(disassemble(compile(parse(source), name, 'exec'))).toBe(expected);
  });
});
