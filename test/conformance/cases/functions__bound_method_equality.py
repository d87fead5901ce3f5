class C:
    def m(self):
        return self
a = C()
print(a.m == a.m, a.m is a.m, a.m() is a, C.m(a) is a)
m = a.m
del C.m
print(m() is a)
try:
    a.m()
except AttributeError as e:
    print(e)
