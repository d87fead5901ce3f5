class Meta(type):
    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'
class A(metaclass=Meta):
    pass
print(A, [A], repr(A))
