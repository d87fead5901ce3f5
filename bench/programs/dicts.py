# Dict-heavy code: counting, lookups, updates.
counts = {}
for i in range(1_000_000):
    key = i % 1000
    counts[key] = counts.get(key, 0) + 1
names = {str(i): i for i in range(100_000)}
total = 0
for k in names:
    total += names[k]
print(len(counts), counts[7], total)
