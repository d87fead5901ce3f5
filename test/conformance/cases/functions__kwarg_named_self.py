class C:
    def m(self, **kw):
        return kw
print(C().m(x=1))
try:
    C().m(self=1)
except TypeError as e:
    print(e)
def f(self, **kw):
    return self, kw
print(f(1, other=2))
