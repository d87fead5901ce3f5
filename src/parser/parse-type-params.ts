// PEP 695 type parameter lists (Python 3.12): `[T, T: bound, *Ts, **P]` after `def f`, `class C`
// and `type X`. The statements that own them are in parse-statements.ts and parse-compound-statements.ts.

import type { Expr, TypeParam } from './ast.js';
import { parseExpression } from './parse-expressions.js';
import { COLON, COMMA, DOUBLESTAR, type Parser, RSQB, STAR } from './parse-state.js';

/**
 * type_params: `[` type_param (`,` type_param)* [`,`] `]` with the cursor on `[`.
 * @see https://docs.python.org/3.12/reference/compound_stmts.html#type-params
 */
export function parseTypeParams(p: Parser): TypeParam[] {
  p.pos++;
  const params: TypeParam[] = [];
  for (;;) {
    params.push(parseTypeParam(p));
    if (p.codes[p.pos] !== COMMA) break;
    p.pos++;
    if (p.codes[p.pos] === RSQB) break;
  }
  p.expect(RSQB);
  return params;
}

function parseTypeParam(p: Parser): TypeParam {
  const tok = p.toks[p.pos]!;
  const c = p.codes[p.pos];
  if (c === STAR || c === DOUBLESTAR) {
    p.pos++;
    const nameTok = p.toks[p.pos]!;
    const name = p.expectName();
    if (p.codes[p.pos] === COLON) {
      const colon = p.toks[p.pos]!;
      p.pos++;
      const bound = parseExpression(p);
      const what = c === STAR ? 'TypeVarTuple' : 'ParamSpec';
      const noun = bound.kind === 'Tuple' ? 'constraints' : 'bound';
      p.raiseStartingFrom(
        { lineno: colon.line, col_offset: colon.byteCol, end_lineno: 0, end_col_offset: 0 },
        `cannot use ${noun} with ${what}`,
      );
    }
    const span = {
      lineno: tok.line,
      col_offset: tok.byteCol,
      end_lineno: nameTok.endLine,
      end_col_offset: nameTok.endByteCol,
    };
    return c === STAR
      ? { kind: 'TypeVarTuple', name, ...span }
      : { kind: 'ParamSpec', name, ...span };
  }
  const name = p.expectName();
  let bound: Expr | null = null;
  if (p.codes[p.pos] === COLON) {
    p.pos++;
    bound = parseExpression(p);
  }
  const last = p.toks[p.pos - 1]!;
  return {
    kind: 'TypeVar',
    name,
    bound,
    lineno: tok.line,
    col_offset: tok.byteCol,
    end_lineno: last.endLine,
    end_col_offset: last.endByteCol,
  };
}
