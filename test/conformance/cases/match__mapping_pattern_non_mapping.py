def f(v):
    match v:
        case {'a': x}:
            return f'mapping with a={x}'
        case _:
            return 'not a mapping match'
class FakeMap:
    def __getitem__(self, k):
        return 1
print(f({'a': 1}), f(FakeMap()), f([('a', 1)]))
from collections import OrderedDict, defaultdict
print(f(OrderedDict(a=2)), f(defaultdict(int)))
