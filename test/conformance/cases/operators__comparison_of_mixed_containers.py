print([1, 'a'] == [1, 'a'], (1, 'a') < (1, 'b'), [1, 2] < [1, 'x'] if False else 'skip')
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print(e)
try:
    (None, 1) < (None, 2)
    print('equal first elements skip comparison')
    (None,) < (None,)
    print('equal tuples')
    (1, None) < (1, 2)
except TypeError as e:
    print(e)
