# Attribute reads and writes, including through a property and a subclass.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

p = Point3(1, -2, 3)
acc = 0
for i in range(800_000):
    p.x = i
    acc += p.x + p.y + p.z + p.norm1
print(acc)
