class Base:
    @property
    def value(self):
        return 10
    @staticmethod
    def helper():
        return 'static'
class Child(Base):
    @property
    def value(self):
        return super().value + 1
    def use(self):
        return super().helper()
c = Child()
print(c.value, c.use())
print(super(Child, c).value)
