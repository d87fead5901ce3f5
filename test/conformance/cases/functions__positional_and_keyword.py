def f(a, b, c=3):
    return a, b, c
print(f(1, 2), f(1, 2, 4), f(1, b=5), f(c=0, b=1, a=2), f(*[7, 8]), f(**{'a': 1, 'b': 2}))
