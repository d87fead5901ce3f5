x = 'global'
def f():
    x = 'enclosing'
    class C:
        print('class body sees', x)
        x = 'class'
        print('after assignment', x)
    return C
f()
def g():
    y = 'enclosing y'
    class D:
        print('free var from class body:', y)
    return D
g()
