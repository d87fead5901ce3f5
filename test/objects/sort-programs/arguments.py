# The reverse= argument converts through __index__ to a C int; sorted() builds its list before the
# keywords are checked; the key is called for a single item too.
calls = []
def k(v):
    calls.append(v)
    return v
print(sorted([5], key=k), calls, sorted([], key=k))
for r in [None, 1.5, 'x', 2, True, [], 0]:
    try: print(repr(r), sorted([1, 3, 2], reverse=r))
    except Exception as e: print(repr(r), type(e).__name__, e)
    try: l = [1, 3, 2]; l.sort(reverse=r); print(l)
    except Exception as e: print(repr(r), type(e).__name__, e)
class I:
    def __index__(self): return 0
for r in [2**31, 2**31-1, -2**31, -2**31-1, 2**70, I()]:
    try: print(sorted([1,3,2], reverse=r))
    except Exception as e: print(type(e).__name__, e)
def gen():
    print('iterating')
    yield 2
    yield 1
try: sorted(gen(), foo=1)
except TypeError as e: print(e)
try: sorted(gen(), reverse='no', key=k)
except TypeError as e: print(e, calls)
