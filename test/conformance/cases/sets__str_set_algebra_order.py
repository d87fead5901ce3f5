# Set algebra on sets of strs (-, &, <=, isdisjoint): order and membership as CPython's tables give
# them, also when a side was only filled by adds.
class S(str):
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
