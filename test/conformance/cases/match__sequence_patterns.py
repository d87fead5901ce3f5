def f(v):
    match v:
        case []:
            return 'empty'
        case [a]:
            return f'single {a}'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'first {first} rest {rest}'
for v in [[], [1], (1, 2), [1, 2, 3, 4], 'ab', range(3)]:
    print(repr(v), f(v))
