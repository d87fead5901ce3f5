class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta.__new__', name, kwargs)
        return super().__new__(mcls, name, bases, ns, **kwargs)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        print('init_subclass', cls.__name__, tag)
        super().__init_subclass__(**kw)
class Child(Base, tag='t1'):
    pass
print(type(Child).__name__, Child.__mro__[1].__name__)
