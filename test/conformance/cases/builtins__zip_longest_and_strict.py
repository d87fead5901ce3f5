from itertools import zip_longest
print(list(zip_longest('abc', [1])), list(zip('abc', [1, 2, 3], strict=True)))
list(zip('ab', [1], strict=True))
