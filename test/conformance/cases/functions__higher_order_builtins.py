nums = [5, 3, 8, 1]
print(list(map(lambda v: v * 2, nums)), list(filter(lambda v: v > 2, nums)))
print(sorted(nums, key=lambda v: -v), max(nums, key=lambda v: v % 5), min('bca'))
print(list(map(pow, [2, 3], [3, 2])), list(zip(nums, 'abcd')))
from functools import reduce
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 'init'))
