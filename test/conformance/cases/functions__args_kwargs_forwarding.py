def target(a, b, *, c):
    return (a, b, c)
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1, 2, c=3), forward(1, b=2, c=3))
forward(1, 2, 3)
