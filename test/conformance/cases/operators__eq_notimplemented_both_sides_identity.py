class A:
    def __eq__(self, o):
        return NotImplemented
class B:
    def __eq__(self, o):
        return NotImplemented
a, b = A(), B()
print(a == b, a != b, a == a, a != a, b == a)
try:
    a < b
except TypeError as e:
    print(e)
