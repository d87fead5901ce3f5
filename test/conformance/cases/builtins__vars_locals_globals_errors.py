def f():
    a = 1
    return locals()
print(f(), vars().get('f') is f)
try:
    vars(1)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('x',)
vars(S())
