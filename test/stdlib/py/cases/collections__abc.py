from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence,
                             Callable, Hashable, Sized, Container, Set, MutableSet, Collection,
                             Generator, Reversible, KeysView, ItemsView, ValuesView)
import collections.abc as cabc


def gen():
    yield 1


checks = [
    ('list Iterable', isinstance([], Iterable)),
    ('list Sequence', isinstance([], Sequence)),
    ('list MutableSequence', isinstance([], MutableSequence)),
    ('tuple MutableSequence', isinstance((), MutableSequence)),
    ('str Sequence', isinstance('', Sequence)),
    ('range Sequence', isinstance(range(3), Sequence)),
    ('dict Mapping', isinstance({}, Mapping)),
    ('dict MutableMapping', isinstance({}, MutableMapping)),
    ('dict Sequence', isinstance({}, Sequence)),
    ('set Set', isinstance(set(), Set)),
    ('frozenset MutableSet', isinstance(frozenset(), MutableSet)),
    ('set MutableSet', isinstance(set(), MutableSet)),
    ('int Hashable', isinstance(1, Hashable)),
    ('list Hashable', isinstance([], Hashable)),
    ('len Callable', isinstance(len, Callable)),
    ('lambda Callable', isinstance(lambda: 0, Callable)),
    ('int Callable', isinstance(1, Callable)),
    ('iter Iterator', isinstance(iter([]), Iterator)),
    ('list Iterator', isinstance([], Iterator)),
    ('gen Generator', isinstance(gen(), Generator)),
    ('gen Iterator', isinstance(gen(), Iterator)),
    ('int Iterable', isinstance(1, Iterable)),
    ('str Sized', isinstance('x', Sized)),
    ('str Container', isinstance('x', Container)),
    ('dict Collection', isinstance({}, Collection)),
    ('list Reversible', isinstance([], Reversible)),
    ('keys KeysView', isinstance({}.keys(), KeysView)),
    ('items ItemsView', isinstance({}.items(), ItemsView)),
    ('values ValuesView', isinstance({}.values(), ValuesView)),
    ('keys Set', isinstance({}.keys(), Set)),
    ('subclass list Sequence', issubclass(list, Sequence)),
    ('subclass int Hashable', issubclass(int, Hashable)),
    ('zip Iterator', isinstance(zip(), Iterator)),
    ('map Iterator', isinstance(map(str, []), Iterator)),
    ('bytes Sequence', isinstance(b'', Sequence)),
]
for name, value in checks:
    print(name, value)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)), isinstance(s, Iterable))


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r['a'] = 1
r.update({'b': 2}, c=3)
print(dict(r), r.get('z', 0), 'a' in r, list(r.keys()), list(r.items()), list(r.values()))
print(r.pop('a'), r.setdefault('d', 4), r.popitem(), len(r), r == {'c': 3, 'd': 4})
r.clear()
print(len(r), isinstance(r, Mapping), isinstance(r, dict))


class Incomplete(Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)


class Bits(Set):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, Bits([2]) < a, a == Bits([3, 2, 1]))
print(a.isdisjoint([7]), isinstance(a, Hashable), Bits.__abstractmethods__, Sequence.__abstractmethods__)


class Duck:
    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1

    def __contains__(self, x):
        return False


print(isinstance(Duck(), Collection), isinstance(Duck(), Sized), isinstance(Duck(), Sequence))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), Hashable), Iterable[int], cabc.Mapping[str, int])
MutableSequence.register(Squares) if False else None
Sequence.register(Duck)
print(isinstance(Duck(), Sequence), issubclass(Duck, Reversible))
