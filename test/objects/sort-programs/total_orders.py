# Keys with a total order (ints, strs, floats, tuples of them) sort stably, reverse=True included.
import random
# total-order fast paths
random.seed(11)
for n in [2, 5, 50, 500, 2000]:
    ints = [random.randint(-10**6, 10**6) for _ in range(n)]
    small = [random.randint(0, 5) for _ in range(n)]
    huge = [random.randint(-2**60, 2**60) for _ in range(n)]
    strs = ['w%d' % random.randint(0, n) for _ in range(n)]
    astral = [random.choice(['a', '\U0001f600', '\ue000', 'b\U0001f601', 'b\uffff', '']) for _ in range(n)]
    floats = [random.choice([0.0, -0.0, 1.5, -2.25, 1e300, float('inf')]) for _ in range(n)]
    recs = list(zip(ints, small, strs, floats, astral, range(n)))
    for rev in (False, True):
        print(n, rev, sorted(ints, reverse=rev)[:5], sorted(huge, reverse=rev)[:3])
        print(sorted(strs, reverse=rev)[:5], sorted(astral, reverse=rev)[:8])
        print([id(x) for x in sorted(floats, reverse=rev)] == [id(x) for x in sorted(floats, key=lambda f: f, reverse=rev)], sorted(floats, reverse=rev)[:6])
        for keyf in [lambda r: r[1], lambda r: r[0], lambda r: r[2], lambda r: r[3], lambda r: r[4],
                     lambda r: (r[1], r[2]), lambda r: (r[1], -r[0]), lambda r: (r[4], r[3]), lambda r: (r[1],) if r[0] % 2 else (r[1], 0),
                     lambda r: huge[r[0] % n], lambda r: (r[1], huge[r[0] % n])]:
            out = sorted(recs, key=keyf, reverse=rev)
            print(sum(i * r[5] for i, r in enumerate(out)) % 1000000007, out[:2])
