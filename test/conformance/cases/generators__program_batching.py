def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
def running_mean(values):
    total = 0
    for count, v in enumerate(values, 1):
        total += v
        yield total / count
print(list(batched(range(10), 4)), list(batched('', 3)))
print([round(m, 2) for m in running_mean([3, 5, 10, 2])])
