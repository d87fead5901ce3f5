class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], 'abc'[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(i))
print(list(range(Idx(3))), [0, 1, 2, 3][Idx(1):Idx(3)], operator_index if False else 0)
import operator
print(operator.index(i), (1, 2, 3) * Idx(2) if False else 'x' * Idx(3))
class NoIdx:
    pass
try:
    [1, 2][NoIdx()]
except TypeError as e:
    print(e)
try:
    [1, 2][1.0]
except TypeError as e:
    print(e)
'abc'['1']
