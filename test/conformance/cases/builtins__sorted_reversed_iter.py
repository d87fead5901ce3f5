print(sorted({3: 'a', 1: 'b'}), sorted('cba'), sorted((3, 1, 2), reverse=True), list(reversed([1, 2, 3])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
sentinel_calls = iter([1, 2, 0, 3])
print(list(iter(lambda: next(sentinel_calls), 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], 5)
except TypeError as e:
    print(e)
