def f():
    return [undefined_thing for _ in range(2)]
f()
