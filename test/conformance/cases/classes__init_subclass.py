class Plugin:
    registry = []
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key='a'):
    pass
class B(Plugin):
    pass
class C(A, key='c'):
    pass
print(Plugin.registry, A.key, B.key, C.key)
try:
    class D(Plugin, bogus=1):
        pass
except TypeError as e:
    print(e)
