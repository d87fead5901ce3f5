t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
x = []
x += 'ab'
x += range(2)
print(x)
try:
    x = x + 'cd'
except TypeError as e:
    print(e)
