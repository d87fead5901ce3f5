// The VM's direct entries (quick1/quick2) of list.append, set.add and dict.get: results, errors
// of a wrong argument (unhashable key, wrong count), subclass receivers and in-loop use equal
// CPython's. EXPECTED is the stdout of python3 (3.11.7) on PROGRAM.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `items = []
for i in range(5):
    items.append(i * i)
items.append(items)
print(items)
seen = set()
for w in ['a', 'b', 'a', 3, 3.0, True, (1, 2)]:
    seen.add(w)
print(len(seen), 'a' in seen, 3 in seen, (1, 2) in seen)
try:
    seen.add([1])
except TypeError as error:
    print('TypeError', error)
try:
    seen.add()
except TypeError as error:
    print('TypeError', error)
d = {'x': 1, 2: 'two', None: 0}
print(d.get('x'), d.get('y'), d.get('y', 5), d.get(2, 9), d.get(None, 7), d.get(3.0, 'dflt'))
try:
    d.get([1])
except TypeError as error:
    print('TypeError', error)
try:
    d.get()
except TypeError as error:
    print('TypeError', error)
try:
    d.get('x', 1, 2)
except TypeError as error:
    print('TypeError', error)
class L(list):
    def append(self, item):
        super().append(item * 10)
class D(dict):
    pass
l = L(); l.append(2); list.append(l, 3); print(l)
dd = D(a=1); print(dd.get('a'), dd.get('b', 'no'))
fs = frozenset([1])
try:
    fs.add(2)
except AttributeError as error:
    print('AttributeError', error)
counts = {}
for k in [1, 2, 1, 1]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
`;

const EXPECTED = `[0, 1, 4, 9, 16, [...]]
5 True True True
TypeError unhashable type: 'list'
TypeError set.add() takes exactly one argument (0 given)
1 None 5 two 0 dflt
TypeError unhashable type: 'list'
TypeError get expected at least 1 argument, got 0
TypeError get expected at most 2 arguments, got 3
[20, 3]
1 no
AttributeError 'frozenset' object has no attribute 'add'
{1: 3, 2: 1}
`;

describe('direct method entries of list, set and dict', () => {
  it('behave as the methods they stand for', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
