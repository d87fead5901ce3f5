# Compiler test program: match_dispatch (code shapes, positions and bytecode soundness are checked against CPython).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def m(s):
    match s:
        case 0 | 1:
            return "bit"
        case [x, y, *rest] if x < y:
            return f"asc {x} {y} {rest}"
        case [_, _]:
            return "pair"
        case {"a": 1, **kw}:
            return f"map {kw}"
        case {"b": v}:
            return f"b {v}"
        case Point(x=0, y=yy):
            return f"yaxis {yy}"
        case Point(a, b) if a == b:
            return "diag"
        case Point(x, y) | [x, y, _]:
            return f"pt {x} {y}"
        case str() as text if len(text) > 3:
            return "long " + text
        case None:
            return "none"
        case -1 | 2.5 | 3j:
            return "lit"
        case _:
            return "other"

for s in [0, 1, [1, 2, 3, 4], [2, 1], {"a": 1, "c": 2}, {"b": 3}, Point(0, 5), Point(2, 2), Point(3, 4), [5, 6, 7], "hello", None, -1, 2.5, 3j, 42, [3, 2, 1]]:
    print(m(s))
