class Meta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} (from metaclass __getattr__)'
class C(metaclass=Meta):
    real = 'real attribute'
print(C.real, C.virtual)
print(hasattr(C(), 'virtual'))
