# Method calls on instances of a user class.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self

c = Counter()
for i in range(1_500_000):
    c.add(i)
print(c.count)
