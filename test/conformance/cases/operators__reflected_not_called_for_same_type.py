class A:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        print('__radd__ is not tried for the same type')
        return 'radd'
try:
    A() + A()
except TypeError as e:
    print(e)
class B(A):
    def __radd__(self, o):
        return 'B.__radd__ tried first for a subclass on the right'
print(A() + B())
