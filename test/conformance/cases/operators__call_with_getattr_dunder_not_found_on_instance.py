class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(e)
c.__add__ = lambda o: 'added'
try:
    c + 1
except TypeError as e:
    print(e)
print(c.__len__())
