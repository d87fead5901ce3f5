def source():
    yield 1
    raise StopIteration
try:
    print(list(x for x in source()))
except RuntimeError as e:
    print('RuntimeError:', e)
it = iter([1, 2])
print([next(it) for _ in range(2)])
try:
    print([next(it) for _ in range(2)])
except StopIteration:
    print('StopIteration leaks out of a list comprehension')
