class Base:
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.tag = 'made by Base'
        return inst
class Child(Base):
    def __new__(cls, x):
        inst = super().__new__(cls, x)
        inst.x = x
        return inst
c = Child(5)
print(c.tag, c.x, type(c).__name__)
