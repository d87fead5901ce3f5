# Huge tuples and slice assignments (no JS stack overflow), equality across int/bool/str primitives,
# set constants folded at compile time, and slice-assignment error wording.
N = 300000
t = (*range(N),)
for f in [lambda: tuple(range(N)), lambda: t[::-1], lambda: t[1:], lambda: t + (1,), lambda: t * 2,
          lambda: 2 * t, lambda: t.__getnewargs__()[0], lambda: tuple(x for x in range(N))]:
    try: print(len(f()))
    except Exception as e: print(type(e).__name__, e)
l = list(range(10)); l[2:5] = range(N); print(len(l), l[:4], l[-3:]); l[1:N] = [7]; print(l)
s = {'', 9, False, 'ab'}; print(s)
print({1, True, 1.0, 0, False, '', 'a'}, 1 in {True}, [True, 1, 1.0].count(1), (1, True) == (True, 1.0))
l = [1, 2, 3]
for s in [slice(2, None, -1), slice(None, None, 2), slice(1, 2), slice(0, None, 1)]:
    try: l[s] = 9
    except TypeError as e: print(e)
print(10**20 == 10**20, [10**20].count(10**20), (2**64, 'x') == (2**64, 'x'), 0 == False, '' == False)
