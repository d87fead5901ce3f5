import math
class Circle:
    def __init__(self, r):
        self.radius = r
    def area(self):
        return math.pi * self.raduis ** 2
Circle(1).area()
