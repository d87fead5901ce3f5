r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], 8 in r, 9 in r, r.index(8), r.count(5))
print(list(range(5, 0, -1)), list(range(0)), range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), range(10)[::-2])
print(range(10 ** 20)[-1], len(range(-5, 5)), bool(range(0)), hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
range(3)[5]
