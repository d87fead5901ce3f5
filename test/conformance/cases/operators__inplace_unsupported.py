class C:
    pass
c = C()
try:
    c += 1
except TypeError as e:
    print(e)
n = None
try:
    n -= 1
except TypeError as e:
    print(e)
s = 'text'
s -= 'x'
