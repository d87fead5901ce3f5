class Weird:
    def __eq__(self, other):
        return self.value == other
items = [1, Weird()]
print(2 in items)
