class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
c = C()
c.b = 2
print(vars(c), c.__dict__ is vars(c))
c.__dict__['c'] = 3
print(c.c, sorted(vars(C).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__init__'}))
try:
    vars(5)
except TypeError as e:
    print(e)
