def f(v):
    match v:
        case (_, _, 3):
            return 'third is 3'
        case {'x': _, 'y': _}:
            return 'has x and y'
        case _:
            return 'fallback'
print(f((1, 2, 3)), f({'x': 0, 'y': 0, 'z': 1}), f({'x': 0}))
