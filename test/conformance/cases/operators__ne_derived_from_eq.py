class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('__eq__ called')
        return self.v == o.v
print(C(1) != C(1), C(1) != C(2))
class D:
    def __ne__(self, o):
        return 'custom ne'
print(D() != D(), D() == D())
