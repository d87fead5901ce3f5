d = {'a': 1}
try:
    d.pop('x')
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
try:
    d[['list']]
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
d['missing']
