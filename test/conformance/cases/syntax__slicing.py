s = list(range(10))
print(s[2:5], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-7])
print(s[8:2:-2], s[100:], s[-100:2], s[5:5], s[2:8:-1])
print('hello world'[::-1], 'hello'[1:-1], (1, 2, 3, 4)[::2])
t = s[:]
t[2:5] = ['x']
print(t)
t[::3] = [0] * len(t[::3])
print(t)
print(s[slice(1, 4)], s[slice(None, None, -3)])
try:
    t[::2] = [1]
except ValueError as e:
    print(e)
