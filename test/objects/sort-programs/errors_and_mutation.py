# Sorting errors: messages, the list after a failed sort, key functions that raise or mutate.
import random
x = [3, 1, 'a', 2, 5, 4]
try: x.sort()
except TypeError as e: print(e, x)
x = list(range(100, 0, -1)) + ['a'] + list(range(50))
try: x.sort()
except TypeError as e: print(e, x)
x = list(range(100, 0, -1)) + ['a'] + list(range(50))
try: x.sort(reverse=True)
except TypeError as e: print(e, x)
x = ['a', True, 3]
try: x.sort()
except TypeError as e: print(e, x)
print(sorted([True, 17, 0, False, 2.5, -1, True]))
print(sorted(['b', 'a', '\U0001f600', '\ue000', 'z', '\ud7ff']))
print(sorted(range(50), key=lambda v: v % 7, reverse=True))
print(sorted(range(50), key=lambda v: -v % 7))
print(sorted([10**20, 3, -10**30, 5, 2**53, 2**53+1]))
print(sorted(['x', 'y'], key=lambda v: 10**30 if v == 'x' else 1))
def key(v):
    lst.append(1)
    return v
lst = [3, 2, 1]
def k2(v): return v
try:
    lst.sort(key=key)
except ValueError as e: print(e, lst)
lst = [3, 2, 1]
def key3(v):
    print('inside', lst)
    return v
lst.sort(key=key3); print(lst)
def bad(v):
    if v == 2: raise KeyError(v)
    return v
lst = [3, 2, 1]
try: lst.sort(key=bad)
except KeyError as e: print('keyerror', e, lst)
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7: raise RuntimeError('boom %d' % self.v)
        return self.v < other.v
    def __repr__(self): return 'B%d' % self.v
items = [Boom(v) for v in [9, 3, 7, 1, 8, 2, 6, 5, 4, 0]]
try: items.sort()
except RuntimeError as e: print(e, items)
items = [Boom(v) for v in [9, 3, 7, 1, 8, 2, 6, 5, 4, 0]]
try: items.sort(reverse=True)
except RuntimeError as e: print(e, items)
class Meddler:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        target.append(self)
        return self.v < other.v
target = [Meddler(v) for v in [2, 1, 3]]
try: target.sort()
except ValueError as e: print(e, [m.v for m in target])
lst = [3, 1, 2]
def clearing(v):
    lst.clear()
    return v
try: lst.sort(key=clearing)
except ValueError as e: print(e, lst)
class Sub(list): pass
s = Sub([3, 1, 2]); s.sort(reverse=True); print(s, type(s).__name__)
print(sorted(x % 5 for x in range(12)), sorted({3: 'a', 1: 'b'}), sorted('hello'), sorted(b'bca'))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
class NotImpl:
    def __lt__(self, other): return NotImplemented
try: sorted([NotImpl(), NotImpl()])
except TypeError as e: print(e)
try: sorted([1, None, 2])
except TypeError as e: print(e)
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
try: sorted([[1, 'a'], [1, 2]])
except TypeError as e: print(e)
print(sorted([(1, 2), (1,), (0, 5, 6), (), (1, 2, 0)]), sorted([[2], [1, 5], [1]]))
print(sorted([1.5, 1, True, 0.5, False, 2**70, -2**70]), sorted([(True, 1), (1, 0), (1.0, -1)]))
for keyf in [None, abs, str, len]:
    try: print(sorted([-3, 2, -1, 0] if keyf is not len else ['ccc', 'a', 'bb'], key=keyf))
    except TypeError as e: print(e)
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['b', 'A', 'a', 'B'], key=str.lower, reverse=True))
def bad_key(v): raise KeyError(v)
lst = [2, 1]
try: lst.sort(key=bad_key)
except KeyError as e: print('key raised', e, lst)
for f in ['sorted()', 'sorted([1],[2])', 'sorted([1], foo=1)', '[].sort(1)', '[].sort(foo=2)', 'sorted(iterable=[1])', 'sorted(5)', 'sorted([2, 1], key=5)']:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!', type(e).__name__, e)
