funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 99
    return fs
print([f() for f in make()])
