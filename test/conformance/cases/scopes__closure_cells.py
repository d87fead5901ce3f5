def outer(a):
    b = a * 2
    def inner():
        return a + b
    return inner
f = outer(5)
print(f(), f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
def no_closure():
    return 1
print(no_closure.__closure__)
