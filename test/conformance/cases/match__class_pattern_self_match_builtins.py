for v in [1, 'a', b'b', 1.5, [1], (1,), {1}, frozenset({1}), {'k': 1}, bytearray(b'x')]:
    match v:
        case int(x) | str(x) | bytes(x) | float(x) | list(x) | tuple(x) | set(x) | frozenset(x) | dict(x) | bytearray(x):
            print(type(v).__name__, x)
