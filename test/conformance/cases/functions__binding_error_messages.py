def f(a, b): pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3), lambda: f(1, a=2),
             lambda: (lambda x, *, y: 0)(1), lambda: (lambda x, /: 0)(x=1), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=1, *, c): pass
g()
