class A:
    def m(self):
        return 'm'
print(A.m(A()), getattr(A(), 'm')(), A.__dict__['m'](A()))
print(A().m.__func__ is A.__dict__['m'])
