class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(); t.celsius = 100; print(t.celsius, t.fahrenheit)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return "desc:" + self.name if obj else self
    def __set__(self, obj, v): obj.__dict__["_" + self.name] = v
class H:
    d = Desc()
h = H(); h.d = 5; print(h.d, h.__dict__, type(H.d).__name__)
class Cnt:
    n = 0
    @classmethod
    def inc(cls): cls.n += 1; return cls.n
    @staticmethod
    def s(a, b): return a + b
print(Cnt.inc(), Cnt().inc(), Cnt.s(1, 2), Cnt().s(3, 4))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
t.celsius = -300
