class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.dist2(), type(p).__name__, isinstance(p, Point), Point.__name__)
print(sorted(p.__dict__.items()), Point.__module__)
