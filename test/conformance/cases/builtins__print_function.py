print('a', 'b', sep='-', end='!\n')
print('no newline', end='')
print()
print(1, 2, 3, sep='')
print(*[1, 2], sep=', ')
print('x', None, True, 1.0, [1], {'a': 1}, (1,), {1}, sep=' | ')
import sys
print('to stderr', file=sys.stderr)
print('flush', flush=True)
try:
    print(sep=5)
except TypeError as e:
    print(e)
print(end=None, sep=None)
print('end of print test')
