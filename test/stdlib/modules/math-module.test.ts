// The Python-visible math module end to end: a program run through Pyex prints what python3 prints.

import { describe, expect, test } from 'vitest';
import { run } from '../../../src/api/run.js';
import '../../../src/stdlib/math-module.js';

function output(source: string): string {
  let text = '';
  const result = run(source, {
    stdout: (chunk) => (text += chunk),
    stderr: (chunk) => (text += chunk),
  });
  expect(result.error?.message ?? null).toBe(null);
  return text;
}

describe('math module', () => {
  test('functions, constants and errors match CPython', () => {
    expect(output(PROGRAM)).toBe(EXPECTED);
  });
});

const PROGRAM = `import math
print(math.sqrt(2), math.pi, math.floor(2.5), math.ceil(-2.5), math.trunc(-7.9), math.floor(10**20), math.floor(True))
print(math.log(8, 2), math.log(10**400), math.log2(1024), math.log10(1000), math.exp(1), math.pow(2, 0.5))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.factorial(25), math.comb(10, 3), math.perm(5), math.isqrt(10**20))
print(math.fsum([0.1]*10), math.hypot(3, 4), math.dist((1, 2), [4, 6]), math.prod([1, 2, 3], start=2), math.prod([0.5, 2]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 2, abs_tol=1), math.frexp(8.0), math.modf(-2.5), math.ldexp(1, 3))
print(math.sin(1), math.cos(1), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.inf, math.nan, math.tau, math.e)
for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.exp(1000)', 'math.factorial(-1)', 'math.sqrt("a")', 'math.floor(float("nan"))', 'math.sqrt(1, 2)', 'math.log()', 'math.dist([1], [1, 2])', 'math.isqrt(2.0)']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.25
    def __floor__(self): return 'floored'
print(math.sqrt(F()), math.floor(F()))
`;
const EXPECTED = `1.4142135623730951 3.141592653589793 2 -2 -7 100000000000000000000 1
3.0 921.0340371976182 10.0 3.0 2.718281828459045 1.4142135623730951
3 12 15511210043330985984000000 120 120 10000000000
1.0 5.0 5.0 12 1.0
True True (0.5, 4) (-0.5, -2.0) 8.0
0.8414709848078965 0.5403023058681398 2.356194490192345 180.0 3.141592653589793 inf nan 6.283185307179586 2.718281828459045
ValueError math domain error
ValueError math domain error
OverflowError math range error
ValueError factorial() not defined for negative values
TypeError must be real number, not str
ValueError cannot convert float NaN to integer
TypeError math.sqrt() takes exactly one argument (2 given)
TypeError math.log requires 1 to 2 arguments
ValueError both points must have the same number of dimensions
TypeError 'float' object cannot be interpreted as an integer
1.5 floored
`;
