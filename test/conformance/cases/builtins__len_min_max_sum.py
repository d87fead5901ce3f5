print(len([1, 2]), len(''), len({1: 2}), min(3, 1, 2), max([4, 9, 2]), min('b', 'a'), max({'x': 1, 'y': 2}))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(101)), sum([[1], [2]], []), sum([0.1] * 10))
print(min([], default='empty'), max([1, 2], key=lambda v: -v), min((3, 'c'), (1, 'z')), max('abc', 'abd'))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    sum(['a'])
except TypeError as e:
    print(e)
max(1, 'a')
