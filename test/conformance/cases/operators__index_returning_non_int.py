class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(e)
class BoolIndex:
    def __index__(self):
        return True
print([10, 20][BoolIndex()])
class BigLen:
    def __len__(self):
        import sys
        return sys.maxsize + 1
len(BigLen())
