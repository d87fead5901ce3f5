d = {}
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
t = (1,)
try:
    t[0] = 2
except TypeError as e:
    print(e)
s = 'abc'
s[0] = 'x'
