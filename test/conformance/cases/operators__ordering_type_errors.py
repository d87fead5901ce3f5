try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [1] > (1,)
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
print(1 == 'a', None == 0, [1] == (1,), 1 != 'a')
{} <= {}
