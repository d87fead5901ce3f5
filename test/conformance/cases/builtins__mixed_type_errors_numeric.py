tests = [
    lambda: 1 + None,
    lambda: 1.5 * [],
    lambda: 'a' - 1,
    lambda: [1] / 2,
    lambda: -{},
    lambda: 2 ** 'x',
    lambda: 1 < [],
    lambda: {} > 1,
    lambda: 1 // 'a',
    lambda: 5 % [],
    lambda: b'a' + 1,
    lambda: (1, 2) + [3],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
