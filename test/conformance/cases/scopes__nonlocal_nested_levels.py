def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = 'changed by c'
        c()
        return x
    r = b()
    return r, x
print(a())
def level1():
    v = 1
    def level2():
        v = 2
        def level3():
            nonlocal v
            v += 10
        level3()
        return v
    return level2(), v
print(level1())
