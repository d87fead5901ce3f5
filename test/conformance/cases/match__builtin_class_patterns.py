def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case float(f):
            return f'float {f}'
        case str() as s:
            return f'str {s}'
        case list([x, *_]):
            return f'list starting {x}'
        case dict(d):
            return f'dict {d}'
        case tuple((a, b)):
            return f'tuple {a} {b}'
    return 'unknown'
for v in [True, 3, 2.5, 'x', [7, 8], {'a': 1}, (1, 2), (1, 2, 3), None]:
    print(kind(v))
