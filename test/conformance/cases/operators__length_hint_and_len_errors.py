try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(x for x in [])
except TypeError as e:
    print(e)
print(len(range(0, 100, 7)), len({1: 2}), len(b'ab'), len(frozenset()))
class L:
    def __len__(self):
        return 2 ** 70
len(L())
