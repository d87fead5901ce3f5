class R:
    def __reversed__(self):
        return iter('reversed!')
print(''.join(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(reversed(Seq())), list(reversed(range(4))), list(reversed('abc')), list(reversed({1: 2, 3: 4})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
reversed(5)
