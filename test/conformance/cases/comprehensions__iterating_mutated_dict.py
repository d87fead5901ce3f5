d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)
