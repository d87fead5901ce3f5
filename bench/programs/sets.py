# Set operations: membership, union, intersection.
a = set(range(0, 300_000, 2))
b = set(range(0, 300_000, 3))
hits = 0
for i in range(600_000):
    if i in a:
        hits += 1
print(hits, len(a | b), len(a & b), len(a - b))
