class Shape: pass
class Circle(Shape):
    __match_args__ = ('r',)
    def __init__(self, r): self.r = r
class Square(Shape):
    def __init__(self, s): self.s = s
def area(s):
    match s:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Square(s=side):
            return side * side
        case Shape():
            return 'generic shape'
print(area(Circle(1)), area(Square(3)), area(Shape()))
