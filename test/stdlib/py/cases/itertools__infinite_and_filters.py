import itertools as it
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(c, count(), count(1, 2), count(1.5, 1.0), count(2, 1), count(2 ** 70, 2), count(step=0))
print(type(count()), type(c).__name__, isinstance(c, count))
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
print(list(repeat('x', 3)), list(repeat(1, -1)), repeat(1, 3), repeat('a'), repeat(None, times=2))
r = repeat(7, 2)
next(r)
print(r, list(r), r, list(zip(repeat(0), 'ab')))
print(list(map(pow, range(4), repeat(2))))
show(lambda: count('a'))
show(lambda: repeat())
show(lambda: cycle(1))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])), list(it.accumulate([], initial=5)))
import operator
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate('abc')))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.chain()), list(it.chain.from_iterable([])))
show(lambda: list(it.chain(1)))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
show(lambda: list(it.takewhile(None, [1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(lambda *a: sum(a), [(), (1, 2, 3)])))
print(list(it.pairwise('ABCD')), list(it.pairwise('A')), list(it.pairwise([])))
show(lambda: it.pairwise(1))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.zip_longest('ab', range(3), [None])))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(tw), list(tw))
src = iter(range(10))
dw = it.dropwhile(lambda x: x < 3, src)
print(next(dw), next(src), list(dw))
