print((5).__add__(2), 'ab'.__len__(), [1, 2].__getitem__(1), {'k': 1}.__contains__('k'), (3).__eq__('x'))
print(int.__add__(1, 2), str.__mul__('a', 3), list.__len__([1]), object.__eq__(1, 1), (1).__lt__(2.5))
print(type(int.__add__).__name__, type((1).__add__).__name__, (1.5).__add__(1), (1).__truediv__(0.5))
