# Dict and set heavy code: word counting, membership, set algebra, dict comprehension and .items().
words = ["w%d" % (i * 37 % 5003) for i in range(200_000)]
counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
seen = set()
dups = 0
for w in words:
    if w in seen:
        dups += 1
    seen.add(w)
evens = {w for w in seen if int(w[1:]) % 2 == 0}
odds = seen - evens
inverted = {v: k for k, v in counts.items()}
best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), dups, len(evens), len(odds), len(evens & odds), len(inverted), best)
