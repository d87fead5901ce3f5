a, *b, c = range(6)
print(a, b, c)
*init, last = 'hello'
print(init, last)
first, *rest = [1]
print(first, rest)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
[p, q] = (7, 8)
print(p, q)
head, *_ = {'k': 1, 'j': 2}
print(head)
print([*range(3), *'ab'], (*'xy',), {*[1, 1, 2]})
