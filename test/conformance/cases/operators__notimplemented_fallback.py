class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B handled'
print(A() + B())
class C:
    def __add__(self, o):
        return NotImplemented
try:
    C() + 1
except TypeError as e:
    print(e)
try:
    1 + C()
except TypeError as e:
    print(e)
C() * C()
