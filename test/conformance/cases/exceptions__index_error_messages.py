cases = [
    lambda: [][0],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: 'abc'[10],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: b'ab'[2],
    lambda: bytearray(b'a')[1],
]
for case in cases:
    try:
        case()
    except IndexError as e:
        print(e)
items = [1, 2, 3]
items[3]
