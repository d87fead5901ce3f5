print([1, 2] + [3], (1,) + (2,), 'ab' + 'cd', [0] * 3, 2 * (1, 2), 'x' * 0, [1] * -1)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
'abc' + 1
