class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @Base.name.getter
    def name(self):
        return 'child'
class Setter(Base):
    @Base.name.setter
    def name(self, v):
        print('setting', v)
print(Child().name, Setter().name)
s = Setter()
s.name = 'x'
