// Sets of strs collect their keys unhashed until an operation needs the table (set-table.ts's
// pending str keys): layouts after the replay, resizes up to 60,000 keys, mixed key types, discards,
// pops, set algebra, copies, clear and str subclasses, against CPython 3.11 under PYTHONHASHSEED=0.
// EXPECTED is the stdout of `PYTHONHASHSEED=0 python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `import sys
for n in (1, 5, 6, 19, 20, 80, 81, 300, 1300, 5003, 60000):
    s = set()
    for i in range(n):
        s.add("k%d" % (i * 7919 % 100003))
        s.add("k%d" % (i * 7919 % 100003))
    items = list(s)
    print(n, len(s), items[:6], items[-3:], sys.getsizeof(s), "k0" in s, "zz" in s)
s = {'b', 'a', 'c'}
print(s, 'a' in s, len(s))
s = set(); s.add('x'); s.add(1); s.add('y'); s.add(True); s.add(1.0); print(s)
s = set(); s.add(2.5); s.add('q'); print(s)
s = set(['p%d' % i for i in range(30)]); s.discard('p3'); s.add('p99'); s.add('p3'); print(s)
s = set('p%d' % i for i in range(12)); print([s.pop() for _ in range(4)], s)
s = {'w%d' % i for i in range(40)}; t = {'w%d' % i for i in range(20, 70)}
print(s | t); print(s & t); print(s - t); print(t - s); print(s ^ t)
print(s.copy() == s, set(s) == s, frozenset(s) == s, s <= t, (s & t) <= s, s.isdisjoint(t))
print(list(s.copy())[:8], list(frozenset(s))[:8], list(set(s))[:8])
u = set(); u.update(['e%d' % i for i in range(25)]); print(u)
u.clear(); u.add('z'); u.add('a'); print(u)
u.update({'a': 1, 'm': 2}); print(u)
u.intersection_update(['a', 'zz']); print(u)
f = frozenset(['h%d' % i for i in range(10)]); g = frozenset(['h%d' % i for i in reversed(range(10))])
print(f, hash(f) == hash(g), f == g)
class S(str):
    pass
s = {'a', 'b'}
print(S('a') in s, S('c') in s)
s.add(S('c')); print(s, 'c' in s)
s = {'é', '€', '😀', 'plain', ''}
print(s, '€' in s)
s = {'a', 'b', 'c'}
try:
    for x in s:
        s.add(x + 'z')
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
s = set(); s.add('k'); s.symmetric_difference_update(['k', 'j']); print(s)
s = set(); s.add('k'); s.difference_update(['k']); print(s, len(s))
print({'x%d' % i for i in range(9)} - {'x1'}, sorted({'x%d' % i for i in range(9)})[:3])
s = {'a'}; print(s.__contains__('a'), 'a' in frozenset(s), {frozenset(s)}, {'a', 'b'} == {'b', 'a'})
d = dict.fromkeys({'m%d' % i for i in range(15)}); print(list(d))
print(list({'q%d' % i: 0 for i in range(10)}.keys() & {'q3', 'q5', 'q77'}))
`;

const EXPECTED = `1 1 ['k0'] ['k0'] 216 True False
5 5 ['k23757', 'k15838', 'k31676', 'k7919', 'k0'] ['k31676', 'k7919', 'k0'] 728 True False
6 6 ['k23757', 'k15838', 'k31676', 'k39595', 'k7919', 'k0'] ['k39595', 'k7919', 'k0'] 728 True False
19 19 ['k15838', 'k42539', 'k55433', 'k26701', 'k23757', 'k34620'] ['k10863', 'k47514', 'k95028'] 2264 True False
20 20 ['k15838', 'k42539', 'k55433', 'k26701', 'k50458', 'k23757'] ['k10863', 'k47514', 'k95028'] 2264 True False
80 80 ['k69240', 'k15838', 'k9745', 'k913', 'k92997', 'k82134'] ['k40508', 'k67209', 'k16751'] 8408 True False
81 81 ['k69240', 'k15838', 'k9745', 'k913', 'k92997', 'k82134'] ['k67209', 'k33502', 'k16751'] 8408 True False
300 300 ['k69240', 'k15838', 'k9745', 'k42129', 'k43042', 'k64768'] ['k59793', 'k45278', 'k6391'] 8408 True False
1300 1300 ['k12987', 'k44868', 'k41216', 'k29943', 'k63948', 'k23123'] ['k4248', 'k91562', 'k79376'] 131288 True False
5003 5003 ['k33240', 'k26215', 'k71195', 'k56680', 'k1135', 'k75667'] ['k58041', 'k96182', 'k76394'] 524504 True False
60000 60000 ['k69452', 'k34578', 'k59470', 'k34384', 'k6020', 'k26215'] ['k59324', 'k82099', 'k68165'] 2097368 True False
{'c', 'a', 'b'} True 3
{'y', 1, 'x'}
{2.5, 'q'}
{'p3', 'p5', 'p4', 'p20', 'p13', 'p15', 'p27', 'p12', 'p2', 'p6', 'p22', 'p99', 'p23', 'p14', 'p7', 'p11', 'p19', 'p25', 'p26', 'p24', 'p8', 'p10', 'p1', 'p16', 'p29', 'p17', 'p18', 'p28', 'p21', 'p9', 'p0'}
['p3', 'p5', 'p4', 'p1'] {'p9', 'p10', 'p0', 'p11', 'p2', 'p6', 'p8', 'p7'}
{'w56', 'w4', 'w11', 'w64', 'w43', 'w24', 'w27', 'w60', 'w7', 'w23', 'w30', 'w20', 'w21', 'w34', 'w39', 'w58', 'w13', 'w14', 'w54', 'w52', 'w49', 'w69', 'w33', 'w8', 'w66', 'w22', 'w63', 'w10', 'w28', 'w51', 'w1', 'w16', 'w48', 'w31', 'w50', 'w3', 'w68', 'w6', 'w53', 'w55', 'w38', 'w29', 'w61', 'w65', 'w57', 'w46', 'w26', 'w40', 'w25', 'w36', 'w17', 'w37', 'w15', 'w0', 'w32', 'w59', 'w41', 'w44', 'w62', 'w42', 'w9', 'w12', 'w47', 'w18', 'w19', 'w45', 'w2', 'w5', 'w67', 'w35'}
{'w31', 'w24', 'w27', 'w38', 'w29', 'w23', 'w26', 'w30', 'w20', 'w25', 'w36', 'w21', 'w34', 'w37', 'w39', 'w32', 'w33', 'w22', 'w28', 'w35'}
{'w4', 'w1', 'w16', 'w11', 'w3', 'w6', 'w7', 'w17', 'w15', 'w0', 'w13', 'w14', 'w8', 'w9', 'w12', 'w18', 'w19', 'w2', 'w5', 'w10'}
{'w56', 'w48', 'w64', 'w43', 'w50', 'w68', 'w60', 'w53', 'w55', 'w61', 'w65', 'w57', 'w46', 'w40', 'w58', 'w54', 'w52', 'w49', 'w59', 'w69', 'w41', 'w66', 'w44', 'w62', 'w42', 'w63', 'w47', 'w45', 'w67', 'w51'}
{'w56', 'w4', 'w1', 'w16', 'w48', 'w11', 'w64', 'w43', 'w50', 'w68', 'w3', 'w60', 'w53', 'w6', 'w55', 'w7', 'w61', 'w57', 'w65', 'w10', 'w46', 'w5', 'w40', 'w67', 'w58', 'w17', 'w15', 'w0', 'w13', 'w54', 'w14', 'w49', 'w59', 'w41', 'w69', 'w66', 'w8', 'w44', 'w62', 'w42', 'w47', 'w45', 'w63', 'w9', 'w12', 'w18', 'w19', 'w2', 'w52', 'w51'}
True True True False True False
['w4', 'w1', 'w16', 'w11', 'w31', 'w3', 'w24', 'w27'] ['w4', 'w1', 'w16', 'w11', 'w31', 'w3', 'w24', 'w27'] ['w4', 'w1', 'w16', 'w11', 'w31', 'w3', 'w24', 'w27']
{'e0', 'e5', 'e11', 'e24', 'e7', 'e14', 'e18', 'e9', 'e6', 'e15', 'e16', 'e13', 'e22', 'e10', 'e2', 'e19', 'e8', 'e23', 'e1', 'e3', 'e4', 'e20', 'e17', 'e21', 'e12'}
{'a', 'z'}
{'m', 'a', 'z'}
{'a'}
frozenset({'h6', 'h9', 'h8', 'h2', 'h4', 'h1', 'h7', 'h5', 'h0', 'h3'}) True True
True False
{'c', 'a', 'b'} True
{'', 'é', '€', 'plain', '😀'} True
RuntimeError Set changed size during iteration
{'cz', 'c', 'a', 'b'}
{'j'}
set() 0
{'x0', 'x4', 'x8', 'x6', 'x3', 'x7', 'x2', 'x5'} ['x0', 'x1', 'x2']
True True {frozenset({'a'})} True
['m9', 'm6', 'm7', 'm10', 'm11', 'm2', 'm0', 'm3', 'm14', 'm13', 'm4', 'm5', 'm1', 'm12', 'm8']
['q5', 'q3']
`;

describe('sets of strs laid out lazily', () => {
  it('iterate, print and combine as CPython does', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
