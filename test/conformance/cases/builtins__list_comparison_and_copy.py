import copy
a = [1, [2, 3]]
b = a.copy()
c = copy.deepcopy(a)
a[1].append(4)
print(a, b, c, a == b, a is b, a[1] is b[1], a[1] is c[1])
print([1, 2] * 0, [[0] * 2] * 2, list('ab') + list((1,)), [1, 2, 3][::-1] == list(reversed([1, 2, 3])))
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
