def f(v):
    match v:
        case 1:
            return 'matched 1'
        case 'a':
            return 'matched a'
    return 'no'
print(f(1.0), f(True), f(1 + 0j), f('a'))
def g(v):
    match v:
        case True:
            return 'True by identity'
        case None:
            return 'None by identity'
    return 'no'
print(g(1), g(True), g(0), g(None))
