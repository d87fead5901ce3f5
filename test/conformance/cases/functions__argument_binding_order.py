def f(a, b=2, *args, c, d=4, **kw):
    return dict(a=a, b=b, args=args, c=c, d=d, kw=kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 0, 'z': 9}))
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
