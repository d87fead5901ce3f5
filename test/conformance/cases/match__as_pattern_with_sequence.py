def f(v):
    match v:
        case [int() as a, *rest] as whole:
            return a, rest, whole
        case (str() | bytes()) as text:
            return 'text', text
print(f([1, 2, 3]), f('s'), f(['x']))
