print(repr([1, 'a', None, True, 1.5, (2,), {3: 'c'}, {4}]), repr(()), repr(set()), repr(frozenset()), repr({}))
print(repr('a\nb'), repr(b'a\nb'), repr(bytearray(b'x')), repr(range(1, 5, 2)), repr(slice(1, 2)), repr(...), repr(NotImplemented))
print(repr(int), repr(type), repr(None), repr(len), repr(1j), repr(-0.0), repr(float('inf')), repr(2 ** 64))
print(repr(frozenset({1})), repr({'k': [1, {'n': (2,)}]}), repr(dict.fromkeys('a')))
