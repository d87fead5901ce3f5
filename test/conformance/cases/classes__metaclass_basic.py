class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')))
        ns['added'] = 'by meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def m(self): pass
class B(A):
    y = 2
print(A.added, B.added, type(A).__name__, type(B).__name__, isinstance(A, Meta))
