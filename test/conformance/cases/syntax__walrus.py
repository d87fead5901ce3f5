data = [1, 4, 9, 16]
if (n := len(data)) > 3:
    print('long', n)
values = [y for x in data if (y := x * 2) > 5]
print(values, y)
buf = iter([3, 2, 1, 0, 5])
while (item := next(buf)) != 0:
    print('item', item)
print((z := 10) + z)
def f(a):
    return [(last := v) for v in a], last
print(f('xyz'))
