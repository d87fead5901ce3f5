class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
    def meth(self):
        return lambda: 0
def func():
    class InFunc:
        pass
    return InFunc
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__, Outer().meth().__qualname__)
print(func().__qualname__, func.__qualname__)
