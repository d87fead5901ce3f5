print(list(enumerate('abc')), list(enumerate('ab', start=10)), list(zip()), list(zip('ab')))
print(list(zip([1, 2, 3], 'ab')), dict(zip(['k1', 'k2'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
zip(1, 2)
