# String building and methods.
parts = []
for i in range(200_000):
    s = f"item-{i}:{i * 2}"
    if s.startswith("item-1"):
        s = s.upper()
    parts.append(s.replace("-", "_"))
joined = ",".join(parts)
print(len(joined), joined.count("ITEM"), joined[:40])
words = joined.split(",")
print(len(words), sum(len(w) for w in words))
