class Box:
    def __init__(self, items):
        self.items = items
    @property
    def first(self):
        return self.items[0]
print(Box([1]).first)
Box([]).first
