def f(v):
    match v:
        case [x]:
            return f'one element {x}'
        case [x, _]:
            return f'two elements, first {x}'
        case other:
            return f'captured {other!r}'
print(f([1]), f([1, 2]), f('s'), f([1, 2, 3]))
