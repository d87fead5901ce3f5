"""Expressions: operators, comprehensions, f-strings, unpacking, slices, walrus."""
from __future__ import annotations

import math

data = [3, 1, 4, 1, 5, 9, 2, 6]
squares = [x * x for x in data if x % 2]
pairs = {(a, b) for a in range(3) for b in range(a)}
index = {v: i for i, v in enumerate(data)}
lazy = (math.sqrt(x) for x in data)
chained = 1 < data[0] <= 3 != 4
negated = not (data and not data[0]) or -data[-1] ** 2
mixed = data[1:5:2] + data[::-1][:2] + [*data[:1], *range(2)]
data[0], data[1] = data[1], data[0]
data[2:4] = [7, 7]
del data[-1]
first, *middle, last = data
if (n := len(data)) > 5:
    count = n
conditional = "big" if n > 5 else "small"
text = f"{n:>4}|{conditional!r:^10}|{math.pi:.{n}f}|{'nested'}|{n=}"
big = 2**100 + 10**20 - 7 // 2 % 3 << 3 >> 1 & 0xFF | 0b101 ^ 0o17
floats = 1.5 * 2 - 0.25 / 4 + 1e10 + 3j
matrix = [[row * col for col in range(3)] for row in range(3)]
flat = [cell for row in matrix for cell in row if cell if cell > 1]
annotated: dict[str, int] = {"a": 1, **index}
calls = max(*data, key=lambda v: -v), sorted(data, reverse=True), dict(a=1, **{"b": 2})


def with_annotations(a: int, b: list[int] = [], *c: str, d: float = 1.0, **e: object) -> tuple[int, ...]:
    local: int = a
    return (local, *b)


print(squares, pairs, index, list(lazy)[:2], chained, negated, mixed, first, middle, last)
print(text, big, floats, flat, annotated, calls, with_annotations.__annotations__)
