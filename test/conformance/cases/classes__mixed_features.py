class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def helper(x):
        return x * 2

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.name < other.name

a = Animal("cat")
d = Dog.make("rex")
print(a.speak(), d.speak(), a, d.upper, Animal.helper(3), Animal.count)
print(d == Dog("rex"), d != Dog("x"), sorted([Dog("b"), Dog("a")]))
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print({d: 1}[Dog("rex")])
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AE", e)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __radd__(self, o): return V(self.x + o)
    def __repr__(self): return f"V({self.x})"
    def __len__(self): return self.x
    def __getitem__(self, i): return i * 10
    def __contains__(self, i): return True
    def __call__(self, *a): return a
print(V(1) + V(2), sum([V(1), V(2)]), len(V(5)), V(1)[3], 5 in V(1), V(1)(1, 2))
class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 42)
except E as e:
    print(e, e.code, repr(e), e.args)
print(getattr(a, 'name'), getattr(a, 'zz', 'default'), hasattr(a, 'name'))
