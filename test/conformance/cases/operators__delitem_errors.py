lst = [1, 2]
try:
    del lst[5]
except IndexError as e:
    print(e)
d = {'a': 1}
try:
    del d['b']
except KeyError as e:
    print(repr(e))
del d['a']
print(d)
del d['a']
