def f(a, b, c, d, e):
    return a, b, c, d, e
args = [2, 3]
print(f(1, *args, *[4], 5))
print(f(1, *args, d=4, e=5))
print(f(*'ab', **{'c': 'C', 'e': 'E'}, d='D'))
try:
    f(1, 2, *args, a=1, e=5)
except TypeError as e:
    print(e)
