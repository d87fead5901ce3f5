class Base:
    def who(self):
        return 'Base'
class Derived(Base):
    def who(self):
        return 'Derived->' + super().who()
    def cls(self):
        return __class__.__name__
print(Derived().who(), Derived().cls())
class Sub(Derived):
    pass
print(Sub().who(), Sub().cls())
