data = list(range(-5, 6))
a = [abs(v) for v in data if v % 2]
b = list(map(abs, filter(lambda v: v % 2, data)))
print(a == b, a)
