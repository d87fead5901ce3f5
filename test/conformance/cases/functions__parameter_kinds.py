def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 7}))
def pos(a, b, /, c): return a, b, c
print(pos(1, 2, c=3), pos(1, 2, 3))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([5]))
print((lambda *a, **k: (a, k))(1, x=2), (lambda: 7)())
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def greet(name): return "hi " + name
print(greet("bob"), greet.__name__, f.__name__, f.__defaults__, f.__kwdefaults__)
f(1)
