// The Python-visible cmath module end to end: a program run through Pyex prints what python3 prints.

import { describe, expect, test } from 'vitest';
import { run } from '../../../src/api/run.js';
import '../../../src/stdlib/math-module.js';
import '../../../src/stdlib/cmath-module.js';

function output(source: string): string {
  let text = '';
  const result = run(source, {
    stdout: (chunk) => (text += chunk),
    stderr: (chunk) => (text += chunk),
  });
  expect(result.error?.message ?? null).toBe(null);
  return text;
}

describe('cmath module', () => {
  test('functions, constants and errors match CPython', () => {
    expect(output(PROGRAM)).toBe(EXPECTED);
  });
});

const PROGRAM = `import cmath
print(cmath.sqrt(-1), cmath.sqrt(2+3j), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(8, 2), cmath.log10(100))
print(cmath.polar(1+1j), cmath.rect(2, cmath.pi / 2), cmath.phase(-1), cmath.phase(-1-1e-300j))
print(cmath.sin(1+2j), cmath.cos(1j), cmath.tan(0.5), cmath.acos(2), cmath.asinh(1j), cmath.atanh(0.5))
print(cmath.isfinite(1+1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j), cmath.inf, cmath.pi, cmath.tau, cmath.e)
for expr in ['cmath.log(0)', 'cmath.sqrt("a")', 'cmath.atanh(1)', 'cmath.exp(1000)', 'cmath.log(1, 1)', 'cmath.rect(1)', 'cmath.isclose(1, 1, rel_tol=-1)']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
print(cmath.sqrt(C()), cmath.polar(C()))
`;
const EXPECTED = `1j (1.6741492280355401+0.8959774761298381j) (-1+1.2246467991473532e-16j) 3.141592653589793j (3+0j) (2+0j)
(1.4142135623730951, 0.7853981633974483) (1.2246467991473532e-16+2j) 3.141592653589793 -3.141592653589793
(3.165778513216168+1.9596010414216063j) (1.5430806348152437-0j) (0.5463024898437905+0j) -1.3169578969248166j 1.5707963267948966j (0.5493061443340549+0j)
True True True True inf 3.141592653589793 6.283185307179586 2.718281828459045
ValueError math domain error
TypeError must be real number, not str
ValueError math domain error
OverflowError math range error
ValueError math domain error
TypeError rect expected 2 arguments, got 1
ValueError tolerances must be non-negative
(2+1j) (5.0, 0.9272952180016122)
`;
