from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5), i.tags)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int
print(P(1, 2) < P(1, 3), sorted([P(2, 1), P(1, 5)]))
try:
    P(1, 2).x = 3
except Exception as e:
    print(type(e).__name__, e)
Item()
