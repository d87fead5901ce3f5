def f(*args):
    return args
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1, 2])
except TypeError as e:
    print(e)
f(*None)
