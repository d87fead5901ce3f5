from functools import cached_property
class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def squares(self):
        print('computing squares')
        return [i * i for i in range(self.n)]
d = Data(4)
print(d.squares, d.squares, 'squares' in d.__dict__)
del d.squares
print(d.squares)
class Counted:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
Counted.make(); Counted.make()
print(Counted.count)
