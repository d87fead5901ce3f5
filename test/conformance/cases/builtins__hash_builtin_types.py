for v in [1, -1, 0, 2 ** 64, 1.5, -0.0, 'abc', b'abc', (1, 'a'), frozenset([1, 2]), None, True, 1j, range(3)]:
    print(type(v).__name__, hash(v) == hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
