class Left:
    def __lt__(self, o):
        print('Left.__lt__')
        return NotImplemented
class Right:
    def __gt__(self, o):
        print('Right.__gt__')
        return True
print(Left() < Right())
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__ with', type(o).__name__)
        return NotImplemented
print(Eq() == 1, 1 == Eq(), Eq() != 2)
print(Eq() == Eq())
