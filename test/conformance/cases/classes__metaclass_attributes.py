class Meta(type):
    def describe(cls):
        return f'class {cls.__name__}'
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta):
    pass
print(Thing.describe(), Thing.upper_name)
print(hasattr(Thing(), 'describe'))
