// Parser unit tests: ast.dump formatting of constants and options, and the guarantees on bad
// input (only PySyntaxError, bounded nesting, no hang). Expected dumps recorded from CPython 3.11.7.

import { describe, expect, it } from 'vitest';
import type { Expr, ExprStmt, Module } from '../../src/parser/ast.js';
import { dumpAst } from '../../src/parser/ast-dump.js';
import { parse } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';

function assignedValue(tree: Module): Expr {
  const stmt = tree.body[0]!;
  if (stmt.kind === 'Assign') return stmt.value;
  return (stmt as ExprStmt).value;
}

describe('ast.dump of constants', () => {
  it('float repr uses the shortest digits and exponents outside [1e-4, 1e16)', () => {
    expect(
      dumpAst(
        assignedValue(
          parse('x = 1.0, 1e16, 1e-05, 0.0001, 1e+300*10, 123456789.123, 2.5e-10, 1e22, 0.1+0.2'),
        ),
      ),
    ).toBe(
      'Tuple(elts=[Constant(value=1.0), Constant(value=1e+16), Constant(value=1e-05), Constant(value=0.0001), BinOp(left=Constant(value=1e+300), op=Mult(), right=Constant(value=10)), Constant(value=123456789.123), Constant(value=2.5e-10), Constant(value=1e+22), BinOp(left=Constant(value=0.1), op=Add(), right=Constant(value=0.2))], ctx=Load())',
    );
  });
  it('imaginary literals print like complex repr', () => {
    expect(dumpAst(assignedValue(parse('x = 1j, 2.5j, 1e16j, 0j, 1e-7j')))).toBe(
      'Tuple(elts=[Constant(value=1j), Constant(value=2.5j), Constant(value=1e+16j), Constant(value=0j), Constant(value=1e-07j)], ctx=Load())',
    );
  });
  it('bytes repr picks its quote and escapes non-printable bytes', () => {
    expect(
      dumpAst(
        assignedValue(
          parse("x = b'a\\'b', b'a\"b', b'\\'\"', b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'"),
        ),
      ),
    ).toBe(
      "Tuple(elts=[Constant(value=b\"a'b\"), Constant(value=b'a\"b'), Constant(value=b'\\'\"'), Constant(value=b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\')], ctx=Load())",
    );
  });
  it('str repr picks its quote and keeps printable non-ASCII', () => {
    expect(
      dumpAst(
        assignedValue(
          parse(
            "x = 'a\\'b', 'a\"b', '\\'\"', '\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\', '\\u200b\\u2028é😀\\U000e0001'",
          ),
        ),
      ),
    ).toBe(
      "Tuple(elts=[Constant(value=\"a'b\"), Constant(value='a\"b'), Constant(value='\\'\"'), Constant(value='\\x00\\x7f\\x80ÿ\\t\\n\\r\\\\'), Constant(value='\\u200b\\u2028é😀\\U000e0001')], ctx=Load())",
    );
  });
  it('Ellipsis, None, booleans and big ints', () => {
    expect(
      dumpAst(assignedValue(parse('x = ..., None, True, False, 10**100, 12345678901234567890'))),
    ).toBe(
      'Tuple(elts=[Constant(value=Ellipsis), Constant(value=None), Constant(value=True), Constant(value=False), BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=100)), Constant(value=12345678901234567890)], ctx=Load())',
    );
  });
});

describe('ast.dump options', () => {
  it('indent=2 breaks lines like CPython', () => {
    expect(dumpAst(parse('def f(a, *, b=1):\n  return [a, b]'), { indent: 2 })).toBe(
      "Module(\n  body=[\n    FunctionDef(\n      name='f',\n      args=arguments(\n        posonlyargs=[],\n        args=[\n          arg(arg='a')],\n        kwonlyargs=[\n          arg(arg='b')],\n        kw_defaults=[\n          Constant(value=1)],\n        defaults=[]),\n      body=[\n        Return(\n          value=List(\n            elts=[\n              Name(id='a', ctx=Load()),\n              Name(id='b', ctx=Load())],\n            ctx=Load()))],\n      decorator_list=[])],\n  type_ignores=[])",
    );
  });
  it('annotate_fields=False prints positional fields', () => {
    expect(dumpAst(parse('f(a)'), { annotateFields: false })).toBe(
      "Module([Expr(Call(Name('f', Load()), [Name('a', Load())], []))], [])",
    );
  });
  it('include_attributes adds positions after the fields', () => {
    expect(dumpAst(parse('x: int'), { annotateFields: false, includeAttributes: true })).toBe(
      "Module([AnnAssign(Name('x', Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name('int', Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], [])",
    );
  });
  it('a string indent is used as is', () => {
    expect(dumpAst(parse('import a'), { indent: '\t' })).toBe(
      "Module(\n\tbody=[\n\t\tImport(\n\t\t\tnames=[\n\t\t\t\talias(name='a')])],\n\ttype_ignores=[])",
    );
  });
});

/** The error `parse` raises for `source`, checked to be a PySyntaxError. */
function syntaxError(source: string): PySyntaxError {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof PySyntaxError) return error;
    throw new Error(`parse threw a non-SyntaxError: ${String(error)}`);
  }
  throw new Error('parse accepted the source');
}

describe('nesting limits', () => {
  it('100,000 open parentheses fail fast with "too many nested parentheses"', () => {
    const started = performance.now();
    const error = syntaxError('('.repeat(100_000));
    expect([error.msg, error.lineno, error.offset]).toEqual([
      'too many nested parentheses',
      1,
      201,
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('10,000 nested unary minus fail with "too many nested expressions"', () => {
    expect(syntaxError(`${'-'.repeat(10_000)}1`).msg).toBe('too many nested expressions');
  });

  it('2,000 nested unary minus still parse (CPython accepts up to about 2,985)', () => {
    let e: Expr = assignedValue(parse(`${'-'.repeat(2000)}1`));
    let depth = 0;
    while (e.kind === 'UnaryOp') {
      e = e.operand;
      depth++;
    }
    expect([depth, e.kind]).toEqual([2000, 'Constant']);
  });

  it.each([
    ['not chains', `${'not '.repeat(5000)}x`],
    ['lambda chains', `${'lambda:'.repeat(5000)}1`],
    ['conditional chains', `${'1 if 1 else '.repeat(5000)}1`],
    ['power chains', `${'2**'.repeat(5000)}1`],
    ['binary chains', `1${'+1'.repeat(5000)}`],
    ['attribute chains', `a${'.b'.repeat(5000)}`],
    ['call chains', `f${'()'.repeat(5000)}`],
  ])("%s beyond CPython's depth are a SyntaxError, not a stack overflow", (_name, source) => {
    expect(syntaxError(source).msg).toBe('too many nested expressions');
  });
});

describe('bad input', () => {
  it('every prefix of a real program either parses or raises PySyntaxError', () => {
    const program = [
      'import os',
      '@decorator(arg=1)',
      'class C(Base, metaclass=M):',
      '    """doc"""',
      '    def method(self, a, /, b=2, *args, c, **kw) -> int:',
      '        x = [i ** 2 for i in range(10) if i % 2]',
      '        y = {k: v for k, v in zip(a, b)}',
      "        s = f'{x!r:>{width}} and {y=}'",
      '        match x:',
      '            case [1, *rest] | {"k": v} if v: return len(rest)',
      '            case Point(x=0): pass',
      '        try:',
      '            async with a as b: await b',
      '        except* (E, F) as e:',
      '            raise E from None',
      '        return lambda q=1: (yield q)',
    ].join('\n');
    for (let i = 0; i <= program.length; i++) {
      try {
        parse(program.slice(0, i));
      } catch (error) {
        expect(error).toBeInstanceOf(PySyntaxError);
      }
    }
  });
});
