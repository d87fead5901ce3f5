a = [1, 2]
b = (3, 4)
d1 = {'a': 1}
d2 = {'b': 2, 'a': 0}
print([*a, *b, 5], (*a, *b), {*a, *b}, {**d1, **d2, 'c': 3})
print([*'ab', *range(2)], {**{}, **d1})
print(*a, *b, sep='-')
def f(*args, **kw): return args, kw
print(f(*a, 0, *b, x=1, **d1))
print({1: 'a', True: 'b', 1.0: 'c'}, {1, True, 1.0}, [] == [*()])
