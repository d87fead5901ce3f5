# List, dict and set comprehensions.
total = 0
for _ in range(20):
    squares = [x * x for x in range(50_000) if x % 3]
    index = {x: i for i, x in enumerate(squares[:20_000])}
    uniq = {x % 997 for x in squares}
    total += len(squares) + len(index) + len(uniq)
print(total)
