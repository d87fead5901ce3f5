a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
s = frozenset({1})
t = s
s |= {2}
print(s, t, s is t)
n = 10
m = n
n += 1
print(n, m)
x = 'ab'
y = x
x *= 2
print(x, y)
l = [1]
k = l
l *= 2
print(l, k, l is k)
