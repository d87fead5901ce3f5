def f():
    data = [3, 8, 1, 9]
    found = any((big := v) > 5 for v in data)
    return found, big
print(f())
total = 0
partials = [total := total + v for v in range(5)]
print(partials, total)
