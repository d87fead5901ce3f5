// Set layout (so print order) of the set methods against CPython 3.11 under PYTHONHASHSEED=0:
// difference/symmetric_difference (and their _update forms) with sets, dicts and other iterables,
// several arguments, union with itself, and set() of lists, tuples, ranges and strings.
// EXPECTED is the stdout of `PYTHONHASHSEED=0 python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `s = {67, 10**20}
print(s.difference([2.5]))
f = frozenset('Ünï')
print(f.difference('€'))
a = {0, 256}
print(a.symmetric_difference("('b',)"))
print(a.symmetric_difference({'x': 1, 'y': 2, 0: 3}))
b = set(range(0, 40, 3)); b.symmetric_difference_update({i: i for i in range(30, 0, -7)}); print(b)
b = set(range(0, 40, 3)); b.symmetric_difference_update([33, 1000, 17, 9]); print(b)
c = set(range(50)); print(c.difference(range(0, 50, 2), [1, 3, 5], {7: 0}))
c = set('abcdefghij'); print(c.difference('aeiou', {'b'}, ['c', 'zz']))
d = set(range(20)); d.difference_update([1, 2, 3], {4, 5}, {6: 0}); print(d)
e = {1, 2, 3}; print(e.union(e, [4]), e.union(e))
for n in (3, 5, 8, 20, 100):
    t = set(range(n))
    print(t.difference([n - 1]), t.symmetric_difference([n + 1, 0]), t.difference({1: 1}))
print(frozenset('hello').symmetric_difference('world'), set('abc').difference('b'))
print({1,2,3}.difference(), {1, 2, 3} ^ {3, 4})
g = {1, 2, 3}; g.symmetric_difference_update(g); print(g)
h = {1, 2, 3}; print(h.symmetric_difference(h))
print(set(range(10)), set(range(-5, 5, 3)), set(range(10, 0, -2)), set(range(0)))
print(set(range(2**53 - 3, 2**53 + 3)))
print(set([3, 1, 2, 1]), set((5, 4, 5)), frozenset(range(5)))
s = set(); s.update(range(100, 90, -1)); print(s)
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()})
class L(list): pass
print(set(L([1, 2, 2])))
print(set("hello"), set({'a': 1, 'b': 2}) == {'a', 'b'})
print(None in set({80, 203, None, 1.5}), None in frozenset({1, 2, None}), {None, 1} - {None}, len({None, 1.0, 1}))
`;

const EXPECTED = `{100000000000000000000, 67}
frozenset({'n', 'ï', 'Ü'})
{0, "'", 256, ',', ')', 'b', '('}
{256, 'y', 'x'}
{0, 33, 2, 3, 36, 6, 39, 12, 15, 16, 18, 21, 23, 24, 27}
{0, 3, 36, 6, 39, 1000, 12, 15, 17, 18, 21, 24, 27, 30}
{9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49}
{'d', 'f', 'g', 'h', 'j'}
{0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}
{1, 2, 3, 4} {1, 2, 3}
{0, 1} {1, 2, 4} {0, 2}
{0, 1, 2, 3} {1, 2, 3, 4, 6} {0, 2, 3, 4}
{0, 1, 2, 3, 4, 5, 6} {1, 2, 3, 4, 5, 6, 7, 9} {0, 2, 3, 4, 5, 6, 7}
{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18} {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21} {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}
{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98} {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101} {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}
frozenset({'d', 'r', 'h', 'e', 'w'}) {'c', 'a'}
{1, 2, 3} {1, 2, 4}
set()
set()
{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} {1, -5, 4, -2} {2, 4, 6, 8, 10} set()
{9007199254740992, 9007199254740993, 9007199254740994, 9007199254740989, 9007199254740990, 9007199254740991}
{1, 2, 3} {4, 5} frozenset({0, 1, 2, 3, 4})
{96, 97, 98, 99, 100, 91, 92, 93, 94, 95}
True True
{1, 2}
{'e', 'h', 'l', 'o'} True
True True {1} 2
`;

describe('set method order', () => {
  it('set methods lay out their results as CPython does', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
