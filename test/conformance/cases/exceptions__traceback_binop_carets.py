def compute(a, b):
    return a * 2 + b
total = compute(3, "x")
