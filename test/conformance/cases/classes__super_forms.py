class Base:
    def m(self):
        return 'Base.m'
    @classmethod
    def cm(cls):
        return f'Base.cm({cls.__name__})'
class Child(Base):
    def m(self):
        return ['child', super().m(), super(Child, self).m(), Base.m(self)]
    @classmethod
    def cm(cls):
        return super().cm() + '+Child'
print(Child().m())
print(Child.cm())
print(super(Child, Child()).m())
