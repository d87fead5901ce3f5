x = 'global x'
def outer():
    x = 'outer x'
    def inner():
        global x
        return x
    return inner()
print(outer())
def outer2():
    x = 'outer2 x'
    def inner():
        return x
    return inner()
print(outer2())
