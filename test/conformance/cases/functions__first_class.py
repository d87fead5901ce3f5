def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, 'x'), apply(lambda: 'none'))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
