class C:
    x = 1
del C.x
try:
    del C.x
except AttributeError as e:
    print(e)
c = C()
try:
    del c.y
except AttributeError as e:
    print(e)
try:
    del object.__doc__
except TypeError as e:
    print(e)
