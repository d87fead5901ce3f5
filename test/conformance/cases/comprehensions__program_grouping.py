records = [('fruit', 'apple', 3), ('veg', 'carrot', 5), ('fruit', 'pear', 2), ('veg', 'leek', 1), ('nut', 'pecan', 7)]
groups = {}
for kind, name, qty in records:
    groups.setdefault(kind, []).append((name, qty))
print(groups)
totals = {kind: sum(q for _, q in items) for kind, items in groups.items()}
print(totals, max(totals, key=totals.get))
from collections import defaultdict, Counter
dd = defaultdict(list)
for kind, name, _ in records:
    dd[kind].append(name)
print(dict(dd), Counter(kind for kind, _, _ in records).most_common(2))
print(sorted(records, key=lambda r: (r[0], -r[2])))
