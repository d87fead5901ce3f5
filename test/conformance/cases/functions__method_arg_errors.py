class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.move()
except TypeError as e:
    print(e)
try:
    Point.move(1)
except TypeError as e:
    print(e)
p.move(1, 2, 3)
