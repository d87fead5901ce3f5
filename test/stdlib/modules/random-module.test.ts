// The Python-visible random module end to end: a program run through Pyex prints what python3 prints.

import { describe, expect, test } from 'vitest';
import { run } from '../../../src/api/run.js';
import '../../../src/stdlib/math-module.js';
import '../../../src/stdlib/random-module.js';

function output(source: string): string {
  let text = '';
  const result = run(source, {
    stdout: (chunk) => (text += chunk),
    stderr: (chunk) => (text += chunk),
  });
  expect(result.error?.message ?? null).toBe(null);
  return text;
}

describe('random module', () => {
  test('functions, constants and errors match CPython', () => {
    expect(output(PROGRAM)).toBe(EXPECTED);
  });
});

const PROGRAM = `import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice([1, 2, 3, 'x']))
x = list(range(10))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=4))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2))
print(random.getrandbits(70))
_ = random.randbytes(5)
print(random.triangular(0, 10, 3))
r = random.Random('hello')
print(r.random(), r.randint(-5, 5), r.sample(['a', 'b', 'c', 'd'], 2, counts=None))
s = r.getstate()
a = r.random()
r.setstate(s)
print(a == r.random(), len(s), s[0], len(s[1]))
r2 = random.Random(3.5)
print(r2.random(), random.Random(b'bytes').random(), random.Random(-7).random(), random.Random(2**100).random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.randrange(10), m.choice('abcdef'), m.uniform(0, 2))
for expr in ['random.randrange(0)', 'random.choice([])', 'random.randrange(5, 5)', 'random.sample([1], 2)', 'random.Random([1])', 'random.gammavariate(0, 1)']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
random.seed(7)
print([random.randint(1, 6) for _ in range(10)])
`;
const EXPECTED = `0.6394267984578837 4 77 3
[8, 1, 7, 6, 4, 0, 5, 2, 9, 3] [4, 3, 11, 27, 29] ['b', 'a', 'a', 'b', 'b'] [3, 3, 3, 1]
8.25237326649527 -0.2919520493500683 -0.8640336647824881 4.3820329318515565 0.05085934249781582
707321137979899339795
1.141715064143815
0.3537754404730722 5 ['a', 'd']
True 3 3 625
0.3039190124834461 0.37075677971469856 0.32383276483316237 0.7586581712996778
0.5 6 e 1.0
ValueError empty range for randrange()
IndexError Cannot choose from an empty sequence
ValueError empty range for randrange() (5, 5, 0)
ValueError Sample larger than population or is negative
TypeError The only supported seed types are: None,
int, float, str, bytes, and bytearray.
ValueError gammavariate: alpha and beta must be > 0.0
[3, 2, 4, 6, 1, 1, 5, 1, 3, 5]
`;
