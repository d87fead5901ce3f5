def f(v):
    match v:
        case [x, y] if (print('guard1', x, y) or x > y):
            return 'descending'
        case [x, y] if (print('guard2', x, y) or True):
            return 'other pair'
print(f([2, 1]))
print(f([1, 2]))
