nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print('RecursionError:', e)
d = {}
cur = d
for _ in range(100000):
    cur['k'] = {}
    cur = cur['k']
try:
    str(d)
except RecursionError as e:
    print('RecursionError:', e)
