class Desc:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)
class A:
    x = Desc()
class B(A):
    pass
print(A.x, B.x, A().x, B().x)
