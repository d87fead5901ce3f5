add = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
print(add(1), add(1, 5, 6, c=7, d=8))
print((lambda: 'no args')(), (lambda *a: a)(1, 2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
print((lambda x: (lambda y: x + y))(1)(2))
print(add.__name__, (lambda: 0).__code__.co_name)
