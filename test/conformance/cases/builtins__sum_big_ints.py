# sum() over ints past 2**53 mixed with small ints, floats, complex, int subclasses and a str: the
# small ints added to a big total are summed first, which must not change any result.
big = 2**53
print(sum([big, 1, 2, 3]), sum([big, 1, 2.5, 3]), sum([big, -big, 5]), sum([big, -big - 1, -1]))
print(sum(iter([2**62, 2**52, 2**52, 2**52, 1.5])), sum([2**60] * 10 + [3] * 5), sum([-2**60, 2**59, 2**59]))
print(sum([big, 2**52, 2**52, 2**52, 2**52]), sum([big, True, 1]), sum(x * x for x in range(2_000_00)))
print(sum([10**30, 1, -10**30]), type(sum([10**30, 1, -10**30])), sum([big, 1], 0.5), sum([1, 2], big))
class I(int): pass
print(sum([big, I(5), 1]), sum([big, 1, 2j]), sum([big, 1, (x for x in [])].__class__ is list and [1] or [2]))
try: sum([big, 1, 'a'])
except TypeError as e: print(e)
