class Evens:
    def __contains__(self, v):
        print('contains', v)
        return v % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iterable(), 9 in Iterable())
try:
    1 in 5
except TypeError as e:
    print(e)
print('a' in 'cat', 'at' in 'cat', '' in 'x', 1 in {1: 2}, 2 in {1: 2})
'a' in [1, 2] or 1 in 'abc'
