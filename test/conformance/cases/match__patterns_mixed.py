def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, **others}:
            return f"point {px} {others}"
        case str() | bytes():
            return "text"
        case (1 | 2) as small:
            return f"small {small}"
        case _:
            return "other"
for v in [0, -5, [1, 2], [1, 2, 3], {"type": "point", "x": 3, "y": 4}, "s", 2, 3.5, (9,)]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Point(1, 2):
    case Point(x=1, y=y):
        print("kw", y)
match Point(3, 4):
    case Point(a, b):
        print("pos", a, b)
