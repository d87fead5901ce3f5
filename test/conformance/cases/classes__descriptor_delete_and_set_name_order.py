class Field:
    def __set_name__(self, owner, name):
        print('set_name', name)
        self.name = name
    def __get__(self, obj, owner):
        return obj.__dict__.get(self.name, 'unset') if obj else self
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__)
class Model(Base):
    a = Field()
    b = Field()
m = Model()
m.a = 5
print(m.a, m.b)
del m.a
print(m.a)
