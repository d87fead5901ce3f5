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
# Many distinct values (ranking gives way to a comparison sort), with duplicates mixed in.
random.seed(12)
n = 3000
wide = [random.randint(-10**13, 10**13) for _ in range(n)]
wide[5] = wide[9] = wide[100]
fl = [random.uniform(-1e6, 1e6) for _ in range(n)] + [0.0, -0.0, 0.0]
text = ['%x' % random.randint(0, 10**9) for _ in range(n)] + ['\U0001f600', '\ue000', 'a\U0001f600', 'a\ue000'] * 3
rows = [(wide[i], fl[i], text[i], i) for i in range(n)]
for rev in (False, True):
    for keyf in [lambda r: r[0], lambda r: r[1], lambda r: r[2], lambda r: (r[2][:1], r[1]), lambda r: (r[0] % 3, r[2])]:
        out = sorted(rows, key=keyf, reverse=rev)
        print(sum(i * r[3] for i, r in enumerate(out)) % 1000000007, out[0][3], out[-1][3])
    print(sorted(wide, reverse=rev)[:3], sorted(fl, reverse=rev)[:3], [repr(x) for x in sorted(text, reverse=rev)[:6]])
    print([id(x) for x in sorted(fl, reverse=rev) if x == 0] == [id(x) for x in sorted(fl, key=lambda v: v, reverse=rev) if x == 0])
# Int keys spanning a few times the item count (a counting sort by value), forward and reversed.
mid = [(random.randint(-5000, 5000), i) for i in range(2000)]
for rev in (False, True):
    out = sorted(mid, key=lambda r: r[0], reverse=rev)
    print(sum(i * r[1] for i, r in enumerate(out)) % 1000000007, out[:3], out[-2:])
    out = sorted(mid, key=lambda r: (r[0] // 7, -r[0]), reverse=rev)
    print(sum(i * r[1] for i, r in enumerate(out)) % 1000000007, out[:3], out[-2:])
# Mixed ints, bools and floats (one numeric order; equal values keep their order and identity).
random.seed(13)
pool = [0, 1, -1, 2, True, False, 0.0, -0.0, 1.0, 0.5, -2.5, 1e16, 10**15, float('inf'), -float('inf')]
for n in [3, 40, 2500]:
    mixed = [random.choice(pool) if random.random() < .5 else random.randint(-50, 50) * random.choice([1, 0.5]) for _ in range(n)]
    for rev in (False, True):
        out = sorted(mixed, reverse=rev)
        print([repr(x) for x in out[:8]], [repr(x) for x in out[-4:]])
        rows = [(v, i) for i, v in enumerate(mixed)]
        for keyf in [lambda r: r[0], lambda r: (r[0], -r[1] % 7), lambda r: (int(r[0] == 1), r[0])]:
            res = sorted(rows, key=keyf, reverse=rev)
            print(sum(i * r[1] for i, r in enumerate(res)) % 1000000007)
# Int lists already in order either way (at most a reversal).
for data in [[], [1], [1, 1], [1, 2, 3], [3, 2, 1], [2, 2, 1, 1], [1, 1, 2, 2], [5, 5, 5], [1, 3, 2], list(range(10)), list(range(10, 0, -1))]:
    for rev in (False, True):
        l = list(data); l.sort(reverse=rev)
        print(sorted(data, reverse=rev), l)
