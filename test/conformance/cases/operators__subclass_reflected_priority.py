class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Sub(Base):
    def __add__(self, o):
        return 'Sub.__add__'
    def __radd__(self, o):
        return 'Sub.__radd__'
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt.__radd__'
    def __rsub__(self, o):
        return 'MyInt.__rsub__'
print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1)
