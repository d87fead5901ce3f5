def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case b'bytes':
            return 'bytes'
        case _:
            return 'other'
for v in [0, 2, 'hello', True, None, -1, 1.5, b'bytes', 99, 1.0, False]:
    print(repr(v), describe(v))
