cases = [
    lambda: len(5),
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: [1, 2] + None,
    lambda: int(None),
    lambda: float([]),
    lambda: sum('abc'),
    lambda: sorted(5),
    lambda: {}.get(),
    lambda: 'x'.join([1]),
    lambda: print(sep=1),
    lambda: list(1),
    lambda: dict([1]),
    lambda: max(),
    lambda: min([]),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
