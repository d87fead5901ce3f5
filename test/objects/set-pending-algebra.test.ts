// Set algebra where one operand still holds pending (unhashed) strs (set-table.ts): a probed table
// answers str lookups from its pending strs and is laid out only when iterated, and results keep
// CPython 3.11's order. EXPECTED is the stdout of `PYTHONHASHSEED=0 python3` (3.11.7) on PROGRAM.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `class S(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return str.__eq__(self, other)
def fresh(prefix, count, step=1):
    s = set()
    for i in range(0, count * step, step):
        s.add('%s%d' % (prefix, i))
    return s
for n, m in ((5, 3), (40, 90), (300, 20), (5003, 2502), (12, 200)):
    a = fresh('w', n)
    b = fresh('w', m, 2)
    d = a - b
    e = b - a
    i1 = a & b
    i2 = b & a
    print(n, m, len(d), len(e), len(i1), len(i2), list(d)[:5], list(e)[:5], list(i1)[:5], list(i2)[:5])
    print(a <= b, b <= a, (a & b) <= a, fresh('w', 3) <= a, a.isdisjoint(fresh('z', 4)), a.issubset(a | b))
    print(list(a)[:4], list(b)[:4], len(a), len(b))
p = fresh('k', 30)
print(S('k3') in p, 5 in p, 'k3' in p, 'k99' in p, list(p - {S('k4'), 'k5'})[:6])
q = fresh('k', 30)
print(list(q & {S('k1'), 'k2', 3}), list({S('k1'), 'k2', 3} & q))
r = fresh('k', 30)
print(fresh('k', 5).issubset(r), {'k1', 7} <= r, list(r)[:5])
t = fresh('k', 10)
print(sorted(t - frozenset(['k1', 'k2'])), sorted(frozenset(t) - fresh('k', 4)), list(t.difference(['k3']))[:4])
`;

const EXPECTED = `5 3 2 0 3 3 ['w1', 'w3'] [] ['w0', 'w4', 'w2'] ['w0', 'w4', 'w2']
False True True True True True
['w4', 'w1', 'w3', 'w0'] ['w0', 'w4', 'w2'] 5 3
40 90 20 70 20 20 ['w1', 'w11', 'w31', 'w3', 'w27'] ['w56', 'w78', 'w90', 'w130', 'w74'] ['w4', 'w16', 'w24', 'w6', 'w38'] ['w4', 'w16', 'w24', 'w6', 'w38']
False False True True True True
['w4', 'w1', 'w16', 'w11'] ['w64', 'w24', 'w60', 'w104'] 40 90
300 20 280 0 20 20 ['w189', 'w223', 'w237', 'w274', 'w43'] [] ['w4', 'w16', 'w24', 'w6', 'w38'] ['w4', 'w16', 'w24', 'w6', 'w38']
False True True True True True
['w189', 'w79', 'w205', 'w223'] ['w4', 'w16', 'w24', 'w6'] 300 20
5003 2502 2501 0 2502 2502 ['w1041', 'w3239', 'w451', 'w869', 'w2077'] [] ['w4758', 'w364', 'w3972', 'w4384', 'w1082'] ['w4758', 'w364', 'w3972', 'w4384', 'w1082']
False True True True True True
['w4384', 'w517', 'w503', 'w4745'] ['w4758', 'w364', 'w3972', 'w4384'] 5003 2502
12 200 6 194 6 6 ['w1', 'w11', 'w9', 'w3', 'w5'] ['w364', 'w64', 'w274', 'w374', 'w386'] ['w4', 'w8', 'w0', 'w2', 'w6'] ['w4', 'w8', 'w0', 'w2', 'w6']
False False True True True True
['w4', 'w1', 'w8', 'w11'] ['w364', 'w64', 'w274', 'w374'] 12 200
True False True False ['k1', 'k24', 'k28', 'k19', 'k22', 'k25']
['k1', 'k2'] ['k1', 'k2']
True False ['k1', 'k28', 'k25', 'k8', 'k14']
['k0', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'] ['k4', 'k5', 'k6', 'k7', 'k8', 'k9'] ['k1', 'k9', 'k2', 'k0']
`;

describe('set algebra with pending str tables', () => {
  it('gives CPython order and membership for -, &, <= and isdisjoint', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
