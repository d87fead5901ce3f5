cases = [
    lambda: int('x'),
    lambda: int('1.5'),
    lambda: int('', 10),
    lambda: int('z', 36 + 1),
    lambda: float('abc'),
    lambda: [1].index(2),
    lambda: 'abc'.index('z'),
    lambda: [].remove(1),
    lambda: 'a,b'.split(''),
    lambda: range(0, 10, 0),
    lambda: chr(-1),
    lambda: int('0x1f', 10),
    lambda: (1, 2).index(3),
    lambda: 'x'.center(5, 'ab'),
    lambda: bytes([300]),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
