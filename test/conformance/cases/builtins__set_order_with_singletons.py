# Where None, Ellipsis and NotImplemented land in small sets and dicts: their hashes come from
# their addresses in CPython, whose low bits are fixed, so the printed order is the same every run.
print({None, 1, 2})
print({None, True, 0})
print({None, 3.5, -1})
print(set([None, 7, 8, 9, 10]))
print({None, Ellipsis, NotImplemented, 1, 2, 3, 4, 5, 6, 7, 8})
print(frozenset({None, (1, 2), 5}))
print({...: 1, None: 2, NotImplemented: 3})
print({None: 'a', 0: 'b'} | {False: 'c'})
print([x for x in {None, 100, 200, 300, 4000}])
print(hash(None) & 0xFFFF, hash(Ellipsis) - hash(None), hash(NotImplemented) - hash(None))
print(hash(None) == hash(None), hash((None, 1)) == hash((None, 1)))
