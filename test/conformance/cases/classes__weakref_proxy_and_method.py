import weakref

class Vector:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        return self.items[index]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, value):
        return value in self.items
    def __eq__(self, other):
        return isinstance(other, Vector) and self.items == other.items
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))
    def norm(self):
        return sum(x * x for x in self.items)
    def __call__(self, scale):
        return [x * scale for x in self.items]

v = Vector(1, 2, 3)
p = weakref.proxy(v)
print(len(p), p[1], list(p), 2 in p, p.norm(), p == Vector(1, 2, 3))
print((p + Vector(1, 1, 1)).items, p(2), type(p).__name__)
p.items.append(4)
print(v.items, isinstance(p, weakref.ProxyTypes))
def plain():
    return 'plain'
fp = weakref.proxy(plain)
print(fp(), type(fp).__name__)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
wm = weakref.WeakMethod(v.norm)
print(wm()(), wm() == v.norm, wm == weakref.WeakMethod(v.norm))
try:
    weakref.WeakMethod(plain)
except TypeError as e:
    print('TypeError', e)
print(weakref.getweakrefcount(v) >= 0, weakref.ref(v)() is v)
class Subref(weakref.ref):
    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag
sr = Subref(v, None)
print(sr() is v, isinstance(sr, weakref.ref))
