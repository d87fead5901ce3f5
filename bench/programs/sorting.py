# Sorting with and without keys.
import random
random.seed(1)
data = [random.randint(0, 1_000_000) for _ in range(200_000)]
print(sorted(data)[:3])
pairs = [(x % 1000, x) for x in data]
pairs.sort(key=lambda p: (p[0], -p[1]))
print(pairs[:2])
words = [str(x) for x in data[:100_000]]
words.sort(key=len, reverse=True)
print(words[:2])
