# Integer arithmetic in a loop inside a function (fast locals).
def run(n):
    total = 0
    for i in range(n):
        total += (i * i) ^ (i >> 3)
    return total

print(run(4_000_000))
