class C:
    pass
c = C()
setattr(c, 'x', 5)
print(getattr(c, 'x'), getattr(c, 'y', None), hasattr(c, 'x'))
delattr(c, 'x')
print(hasattr(c, 'x'))
try:
    getattr(c, 'x')
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
setattr(c, 'with space', 1)
print(getattr(c, 'with space'))
