class S:
    __slots__ = ('x', '__dict__')
s = S()
s.x = 1
s.y = 2
print(s.x, s.y, s.__dict__)
class T:
    __slots__ = ()
try:
    T().z = 1
except AttributeError as e:
    print(e)
class U(T):
    __slots__ = ('w',)
print(U.__slots__, hasattr(U(), '__dict__'))
