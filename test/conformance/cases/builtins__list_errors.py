l = [1, 2, 3]
for op in [lambda: l.index(5), lambda: l.remove(5), lambda: [].pop(), lambda: l.pop(10), lambda: l[10], lambda: l.insert()]:
    try:
        op()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l['a']
except TypeError as e:
    print(e)
l[3] = 4
