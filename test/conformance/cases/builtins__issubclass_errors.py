print(issubclass(int, object), issubclass(bool, (str, int)))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
isinstance(1, [int])
