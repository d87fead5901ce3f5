x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
y = 5
h = (i for i in range(y))
y = 1
print(list(h))
