print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(hash(1.5), hash(0.5), hash(-0.0), hash(float('inf')), hash(True))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(frozenset()))
print(hash('a'), hash('abc'), hash(b'abc'))
