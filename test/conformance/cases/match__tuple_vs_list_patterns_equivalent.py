def f(v):
    match v:
        case (a, b):
            return 'paren pattern', a, b
def g(v):
    match v:
        case [a, b]:
            return 'bracket pattern', a, b
print(f([1, 2]), g((1, 2)), f({1: 2}) if False else f(iter([1, 2])))
