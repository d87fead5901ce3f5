f = lambda *a, **k: (a, k)
print(f(1, x=2))
g = lambda a, /, b, *, c=3: a + b + c
print(g(1, 2), g(1, b=2, c=0))
try:
    g(a=1, b=2)
except TypeError as e:
    print(e)
h = lambda: None
h(1)
