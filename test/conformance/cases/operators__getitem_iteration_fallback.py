class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
a, b, c = Seq()
print(a, b, c)
class Bad:
    pass
try:
    iter(Bad())
except TypeError as e:
    print(e)
for x in Bad():
    pass
