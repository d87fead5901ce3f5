class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(isinstance(D(), A), issubclass(D, (int, C)), issubclass(bool, int), type(D()) is D)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class Sub(Base, tag="x"): pass
print(Sub.tag)
class X: pass
class Y(X, object): pass
print(Y.__bases__, X.__name__, X.__qualname__, Y.__module__)
class Bad(A, B): pass
