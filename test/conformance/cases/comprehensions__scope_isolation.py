x = 'module'
[x for x in range(3)]
print(x)
def f():
    y = 'local'
    vals = [y for y in 'ab']
    return y, vals
print(f())
print([i for i in range(3)], 'i' in dir())
