"""Structural pattern matching."""
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def classify(subject):
    match subject:
        case None:
            return "none"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 1 | -1:
            return "small"
        case 1.5 | 2j | 1 + 2j | "text" | b"bytes":
            return "literal"
        case [] | ():
            return "empty"
        case [x]:
            return f"one {x}"
        case [first, *_, last]:
            return f"ends {first} {last}"
        case {"type": "user", "name": str(name), **rest} if rest:
            return f"user {name} {rest}"
        case {"type": kind}:
            return f"typed {kind}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point(x=px, y=py) | [px, py, _]:
            return f"point {px} {py}"
        case str() | bytes():
            return "string"
        case int(n) if n > 100:
            return "big"
        case _:
            return "other"


print([classify(s) for s in [None, True, 0, "text", [], [1], [1, 2, 3], {"type": "user", "name": "a", "x": 1},
                             {"type": "t"}, Point(0, 0), Point(2, 2), Point(1, 2), "s", 1000, 3.5]])
