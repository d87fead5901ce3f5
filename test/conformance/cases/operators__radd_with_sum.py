class Money:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f'Money({self.v})'
print(sum([Money(1), Money(2), Money(3)]), sum([Money(1)], Money(10)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
sum([[1], [2]])
