class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
