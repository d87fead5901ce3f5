l = list(range(10))
l[2:5] = []
print(l)
l[:0] = ['start']
print(l)
l[len(l):] = ['end']
print(l)
l[::2] = ['x'] * len(l[::2])
print(l)
del l[::3]
print(l)
l[1:3] = 'ab'
print(l)
m = [1, 2, 3]
m[5:] = [9]
print(m, m[-100:100])
