print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'x', None, []])))
print(list(filter(str.isdigit, 'a1b2')), list(map(int, '123')), type(map(str, [])).__name__)
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
map()
