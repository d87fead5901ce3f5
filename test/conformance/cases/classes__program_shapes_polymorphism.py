import math
class Shape:
    def area(self):
        raise NotImplementedError
    def __str__(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(1.5), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(max(shapes), sum(s.area() for s in shapes) > 10, [type(s).__mro__[1].__name__ for s in shapes])
print(Shape())
