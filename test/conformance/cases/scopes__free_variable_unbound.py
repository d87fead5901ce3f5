def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, '-', e)
    value = 1
    return inner()
print(outer())
def outer2():
    def inner():
        return later
    inner()
    later = 2
outer2()
