text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A fox, a dog, and THE end."""
counts = {}
for raw in text.split():
    word = raw.strip('.,;!').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f'{word:<6} {n:>3} {"#" * n}')
print(len(counts), sum(counts.values()), max(counts, key=counts.get))
