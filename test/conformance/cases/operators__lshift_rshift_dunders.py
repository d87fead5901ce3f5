class Pipe:
    def __init__(self, steps=()):
        self.steps = list(steps)
    def __rshift__(self, fn):
        return Pipe(self.steps + [fn])
    def __lshift__(self, v):
        for f in self.steps:
            v = f(v)
        return v
p = Pipe() >> (lambda v: v + 1) >> (lambda v: v * 10)
print(p << 4)
