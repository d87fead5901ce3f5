from collections import Counter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['zzz'], 'zzz' in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=3)
print(c)
c.subtract('aaaa')
c.subtract({'q': 5})
print(c)
del c['missing']
del c['z']
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-1))
print(Counter(a=3, b=1) - Counter(a=1, b=2, c=-1))
print(Counter(a=3, b=1) | Counter(a=1, b=2, c=5))
print(Counter(a=3, b=1) & Counter(a=1, b=2, c=5))
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2, c=0))
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=10)
print(x)
x &= Counter(a=4, c=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1))
print(Counter(a=1) > Counter(), Counter(a=1) >= Counter(a=2), Counter(a=1) != Counter(a=1))
print(Counter() == {}, Counter(a=1) == {'a': 1})
show(lambda: Counter.fromkeys('a'))
show(lambda: Counter(a='x', b='y'))
show(lambda: Counter({1: 'x', 2: 3}))
show(lambda: Counter())
show(lambda: Counter([1, 2, 2, 3, 3, 3]).most_common(1)[0])
print(Counter('the quick brown fox jumps over the lazy dog'.split()).most_common(3))
print(Counter(c.copy()), type(c.copy()).__name__)


class Tally(Counter):
    pass


print(Tally('aab'), Tally('aab').most_common(1))
words = ['b', 'a', 'c', 'a', 'b', 'd']
print(sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(Counter(words)), list(Counter(words).keys()), list(Counter(words).values()))
print(max(Counter(words), key=Counter(words).get))
print(Counter({'x': 1.5, 'y': 0.5}).total(), Counter(words).most_common()[-1])
import copy
print(copy.deepcopy(Counter('hello')))
