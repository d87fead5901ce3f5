try:
    None[0]
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    del 'abc'[0]
except TypeError as e:
    print(e)
try:
    object()['k']
except TypeError as e:
    print(e)
def f():
    pass
f['x']
