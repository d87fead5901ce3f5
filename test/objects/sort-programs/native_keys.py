# key= a built-in function or an unbound method of a built-in type: len on strs (astral ones too),
# on other sized objects and on an int (the TypeError), str.lower / int.__neg__ on exact and
# subclass items and on a wrong type, a bound method (d.get), reverse=True; and str keys, all
# distinct or repeated, plain or with surrogates, alone or as tuple columns.
class S(str):
    pass


class Sized:
    def __len__(self):
        return 2

    def __repr__(self):
        return 'Sized()'


print(sorted(['ab', 'c', '\U0001F600x', [1, 2, 3], (), 'xyzw', {'a': 1}, Sized()], key=len))
print(sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True))
try:
    sorted(['a', 5], key=len)
except TypeError as error:
    print('TypeError', error)
print(sorted(['b', S('A'), 'c', 'B'], key=str.lower))
try:
    sorted(['a', 1], key=str.lower)
except TypeError as error:
    print('TypeError', error)
print(sorted([3, -1, 2, True], key=int.__neg__))
table = {'a': 3, 'b': 1, 'c': 2}
print(sorted('abc', key=table.get), sorted('abc', key=table.get, reverse=True))
words = ['w%d' % (i * 37 % 503) for i in range(2000)]
print(sorted(words)[:4], sorted(set(words), key=lambda w: w)[-3:])
print(sorted(range(600), key=lambda i: 'k%d' % (i * 7 % 600))[:8])
print(sorted(['b\U0001F600', 'b\uffff', 'a', 'b', 'b\U0001F600'], key=lambda s: s))
pairs = [(-(i % 7), 'n%d' % (i * 13 % 1000)) for i in range(3000)]
print(sorted(pairs)[:3], sorted(pairs, reverse=True)[:3])
print(sorted(range(12), key=lambda i: (i % 3, 'z%d' % (i % 5))))
print(sorted(range(3000), key=lambda i: 'k%d' % (i * 7 % 3000))[:6])
print(sorted(range(3000), key=lambda i: 'k%d' % (i * 7 % 3000) + ('\U0001F600' if i % 5 else '\uffff'))[:6])
print(sorted(range(3000), key=lambda i: ('k%d' % (i * 7 % 3000), i % 2), reverse=True)[:6])
