# min()/max(): argument errors, keys computed as items arrive, comparisons and defaults.
for f in ['min(1,2,x=3)', 'min()', 'min([])', 'max([], default=None)', 'min(1,2,default=3)', 'min(1)', 'min([1,2], key=None)', 'min([1,2],[3], key=len, default=5)', 'max(iter([]))', 'min(1,2,key=1)', 'sorted()', 'sorted([1],[2])', 'sorted([3,1], key=None, reverse=1)','sorted([1], foo=1)', '[].sort(1)', '[].sort(foo=2)', 'sorted(iterable=[1])','min(key=len)']:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!', type(e).__name__, e)
def gen():
    for i in [3, 1, 2]:
        print('gen', i)
        yield i
def k(x):
    print('key', x)
    return -x
print(min(gen(), key=k), max(gen(), key=k), min(gen()), max('abc', 'abd', key=lambda s: s[::-1]))
lst = [5, 3, 8]
def grow(x):
    if len(lst) < 6: lst.append(x - 10)
    return x
print(min(lst, key=grow), lst)
print(max([1, 1.0, True], key=lambda v: v), min([1, 1.0, True]), max(['b', 'a', '\U0001f600', '\ue000']))
try: min([1, 'a'])
except TypeError as e: print(e)
try: max([1, 'a'])
except TypeError as e: print(e)
print(max([], default='d'), min((), key=len, default=0), max(range(10**5)), min(x*x for x in range(-5, 5)))
