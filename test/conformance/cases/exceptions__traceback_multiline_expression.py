def f(a, b):
    return a / b
result = f(
    10,
    0,
)
