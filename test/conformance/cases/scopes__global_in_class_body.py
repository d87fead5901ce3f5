x = 'module'
class C:
    global x
    x = 'set from class body'
    y = x
print(x, C.y, hasattr(C, 'x'))
