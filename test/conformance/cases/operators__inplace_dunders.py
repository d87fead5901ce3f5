class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return 'isub result'
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return 'fallback __mul__'
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)
a *= 3
print(a)
b = Acc()
b -= 1
print(b)
class OnlyAdd:
    def __add__(self, o):
        return 'regular add'
x = OnlyAdd()
x += 1
print(x)
