class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
iter(NoNext())
