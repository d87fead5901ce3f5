class C:
    @property
    def ro(self):
        return 1
c = C()
try:
    c.ro = 2
except AttributeError as e:
    print(e)
try:
    del c.ro
except AttributeError as e:
    print(e)
print(C.ro.fget is not None, C.ro.fset, type(C.ro).__name__)
