# Closures: calling functions that capture and update variables.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

inc = make_counter()
adders = [lambda x, k=k: x + k for k in range(10)]
total = 0
for i in range(500_000):
    total += adders[i % 10](inc(1))
print(total)
