t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print((), (1,), tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
a, b, c = t; print(a, b, c)
x, *rest = t; print(x, rest)
*init, last = t; print(init, last)
(p, q), r = (1, 2), 3; print(p, q, r)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 2), (1, 3)]))
t[0] = 5
