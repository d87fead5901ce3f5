// The symbol table against CPython's `symtable` module: every scope's type, name and line, and
// every symbol's DEF_* flags and resolved scope (golden recorded by scripts/record-compiler-goldens.py).

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildSymbolTable } from '../../src/compiler/symtable.js';
import type { SymbolTableEntry } from '../../src/compiler/symtable-entry.js';
import { parse } from '../../src/parser/parser.js';

interface RecordedTable {
  type: string;
  name: string;
  lineno: number;
  symbols: [string, number, number][];
  children: RecordedTable[];
}

const cases = JSON.parse(
  readFileSync(new URL('./golden/symtable.json', import.meta.url), 'utf8'),
) as { source: string; table: RecordedTable }[];

function describeEntry(entry: SymbolTableEntry): RecordedTable {
  return {
    type: entry.type,
    name: entry.name,
    lineno: entry.lineno,
    symbols: [...entry.symbols].map(([name, flags]) => [name, flags, entry.scopeOf(name)]),
    children: entry.children.map(describeEntry),
  };
}

describe('symbol table matches CPython symtable', () => {
  test.each(cases.map((c) => [c.source, c.table] as const))('%s', (source, table) => {
    expect(describeEntry(buildSymbolTable(parse(source)).top)).toEqual(table);
  });
});
