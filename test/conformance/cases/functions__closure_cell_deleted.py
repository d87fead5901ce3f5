def outer():
    x = 1
    def inner():
        return x
    del x
    return inner
f = outer()
f()
