class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance('x', Positive))
print(issubclass(bool, Positive), issubclass(int, Positive))
