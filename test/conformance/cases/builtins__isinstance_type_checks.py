print(type(1), type(1.0), type('s'), type([]), type(()), type({}), type(set()), type(None), type(len), type(type))
print(isinstance(True, int), isinstance(1, float), isinstance(1, (float, int)), type(True) is bool, isinstance([], list | tuple))
print(int | str, type(int | str).__name__, isinstance(None, type(None) | int))
