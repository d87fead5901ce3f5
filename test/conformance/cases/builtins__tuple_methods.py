t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t[1:4], t + (4,), t * 2, len(t), min(t), max(t), sorted(t))
print(tuple(), tuple('ab'), tuple([1]), (1,), (), type(()), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
a, b, *c = t
print(a, b, c)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
hash((1, [2]))
