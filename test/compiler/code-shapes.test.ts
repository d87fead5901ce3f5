// Every code object compiled from the test programs against CPython's: names, qualnames, first
// lines, argument counts, flags, local/cell/free variable names and co_names.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CodeObject } from '../../src/compiler/code-object.js';
import { compile } from '../../src/compiler/compile.js';
import { parse } from '../../src/parser/parser.js';

const golden = JSON.parse(
  readFileSync(new URL('./golden/code-shapes.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, unknown>[]>;

function shapes(code: CodeObject, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  out.push({
    name: code.name,
    qualname: code.qualname,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    flags: code.flags,
    varnames: code.varnames,
    cellvars: code.cellvars,
    freevars: code.freevars,
    names: code.names,
  });
  for (const constant of code.consts) {
    if (constant !== null && typeof constant === 'object' && constant.type === 'code') {
      shapes(constant, out);
    }
  }
  return out;
}

const programs = new URL('./programs/', import.meta.url);

describe('code objects match CPython', () => {
  test.each(readdirSync(programs).filter((name) => name.endsWith('.py')))('%s', (name) => {
    const source = readFileSync(new URL(name, programs), 'utf8');
    expect(shapes(compile(parse(source), name, 'exec'))).toEqual(golden[name]);
  });
});
