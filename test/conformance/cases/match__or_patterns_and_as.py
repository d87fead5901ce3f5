def f(v):
    match v:
        case (1 | 2) as small:
            return f'small {small}'
        case [('a' | 'b') as letter, *_]:
            return f'starts with {letter}'
        case {'k': (int() | float()) as num}:
            return f'number {num}'
        case str() | bytes():
            return 'text'
    return 'none'
for v in [1, 2, ['a', 1], ['b'], {'k': 1.5}, {'k': 'x'}, 'hi', b'hi', 3]:
    print(f(v))
