try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    abs('x')
except TypeError as e:
    print(e)
try:
    sorted([1], reverse=1, bogus=2)
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
divmod(1)
