def f(v):
    match v:
        case int(n) if n < 0:
            return 'negative'
        case int(n) if n % 2 == 0:
            return 'even'
        case int():
            return 'odd'
        case [x, y] if x == y:
            return 'same pair'
        case [x, y]:
            return 'pair'
for v in [-3, 4, 7, [1, 1], [1, 2]]:
    print(f(v))
