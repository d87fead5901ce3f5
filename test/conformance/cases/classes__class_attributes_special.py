class C:
    """Docstring."""
    x = 1
print(C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__bases__, C.__base__)
print(C.__class__, type(C.__dict__).__name__, '__dict__' in C.__dict__)
print(object.__bases__, type.__bases__, type(type), int.__mro__)
