s = slice(2)
print(s, s.start, s.stop, s.step, slice(1, 5, 2), slice(None, None, -1))
print('abcdef'[slice(1, None)], [0, 1, 2, 3][slice(None, None, -2)])
print(slice(1, 10, 3).indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
