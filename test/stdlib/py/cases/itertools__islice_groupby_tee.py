import itertools as it
from itertools import islice, groupby, tee


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 5, 50, 10)), list(islice([], 3)))
print(list(islice('abc', None)), list(islice('abc', None, None, None)), list(islice('abc', 1, 1)))
src = iter(range(20))
print(list(islice(src, 0, 10, 3)), next(src))
src = iter(range(20))
print(list(islice(src, 4)), next(src))
src = iter(range(20))
print(list(islice(src, 2, 3)), next(src))
for args in [(-1,), ('a',), (1, -1), (-1, 2), (1, 2, 0), (1, 2, -1), (1.5,), (None, 2, 'x')]:
    show(lambda: islice([1], *args))
show(lambda: islice([1]))
show(lambda: islice([1], 1, 2, 3, 4))
chunks = iter(range(10))
while True:
    chunk = list(islice(chunks, 3))
    if not chunk:
        break
    print(chunk)

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], [len(list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print([(k, list(g)) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda w: w[0])])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
outer = groupby('xxyyz')
k1, g1 = next(outer)
print(k1, next(g1))
k2, g2 = next(outer)
print(k2, list(g1), list(g2))
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, ''.join(g)) for k, g in groupby('112233', key=int)], list(groupby([])))
s = '1110001111'
print(max(len(list(g)) for k, g in groupby(s) if k == '1'))
print(type(groupby([])), type(next(groupby('a'))[1]).__name__)

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
show(lambda: tee([1], -1))
print(tee([1], 0), type(tee([])[0]))
x, y = tee(iter([1, 2, 3]))
z, = tee(x, 1)
print(next(x), list(z), list(y))
import copy
p, = tee(iter([4, 5]), 1)
q = copy.copy(p)
print(list(p), list(q))
