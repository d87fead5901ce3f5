def f(): pass
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
c = C()
print(type(f).__name__, type(C.m).__name__, type(c.m).__name__, type(C.cm).__name__, type(C.sm).__name__)
print(c.m.__self__ is c, c.m.__func__ is C.m, C.cm.__self__ is C)
print(type(len).__name__, type([].append).__name__, len.__name__, [].append.__qualname__)
