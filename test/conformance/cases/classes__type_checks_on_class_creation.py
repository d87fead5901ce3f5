try:
    class A(5): pass
except TypeError as e:
    print(e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
class C(object, metaclass=type):
    pass
print(C.__mro__)
