class Point:
    def __init__(self):
        self.coordinate = 1
p = Point()
print(p.coordinat)
