def f(v):
    match v:
        case [x, 0]:
            return 'second is zero'
        case _:
            pass
    try:
        return f'x leaked as {x}'
    except NameError:
        return 'x unbound'
print(f([1, 2]), f([1, 0]))
