print(None, repr(None), type(None).__name__, None is None, None == None, None == 0, bool(None), str(None))
print([None] * 2, {None: 1}[None], sorted([None], key=lambda v: 0), hash(None) == hash(None))
try:
    None()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    iter(None)
except TypeError as e:
    print(e)
None.attr
