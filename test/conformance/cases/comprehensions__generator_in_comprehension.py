def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
print([e * 10 for e in evens(7)], [list(evens(k)) for k in range(4)])
