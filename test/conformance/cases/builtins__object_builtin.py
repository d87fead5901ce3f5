o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(object.__doc__ is not None, len(object.__subclasses__()) > 0, object.__mro__)
