# list.sort/sorted compare items in CPython's order: the sequence of __lt__ calls, the result of
# inconsistent comparisons, and what a failed sort leaves in the list.
import random
random.seed(5)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return 'K(%r)' % (self.v,)
for n in [0, 1, 2, 3, 5, 10, 31, 64, 65, 100, 200, 257, 1000]:
    for pattern in range(6):
        if pattern == 0: data = [random.randint(0, n) for _ in range(n)]
        elif pattern == 1: data = list(range(n))
        elif pattern == 2: data = list(range(n, 0, -1))
        elif pattern == 3: data = [random.randint(0, 3) for _ in range(n)]
        elif pattern == 4:
            data = list(range(n)); 
            for _ in range(n // 10): i = random.randrange(n); j = random.randrange(n); data[i], data[j] = data[j], data[i]
        else:
            data = []
            while len(data) < n:
                run = random.randint(1, 50); start = random.randint(0, 1000)
                data.extend(range(start, start + run) if random.random() < .5 else range(start + run, start, -1))
            data = data[:n]
        calls.clear()
        ks = [K(v) for v in data]
        out = sorted(ks)
        print(n, pattern, len(calls), hash(tuple(calls)) , [k.v for k in out] == sorted(data))
        calls.clear()
        out = sorted(ks, reverse=True)
        print(' r', len(calls), hash(tuple(calls)))
        calls.clear()
        out = sorted(data, key=K)
        print(' k', len(calls), hash(tuple(calls)))
# inconsistent comparisons
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return random.random() < 0.5
    def __repr__(self): return str(self.v)
random.seed(7)
for n in [10, 100, 1000]:
    print([r.v for r in sorted([R(i) for i in range(n)])][:40])
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, nan, 7.0]*5))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)]*3))
print(sorted([{1}, {2}, {1, 2}, set(), {3}, {1, 3}]*3))
