def f(v):
    match v:
        case [_, _, _, *_]:
            return 'at least 3'
        case [_, _]:
            return 'exactly 2'
        case [*_]:
            return 'any other sequence'
for v in [[1, 2, 3, 4], [1, 2, 3], [1, 2], [1], [], (), range(5)]:
    print(len(v), f(v))
