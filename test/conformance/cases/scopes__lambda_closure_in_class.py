class Config:
    factor = 3
    scale = staticmethod(lambda v: v * 2)
    make = lambda self: self.factor
print(Config.scale(5), Config().make())
def outer():
    base = 100
    return [lambda k=k: base + k for k in range(3)]
print([f() for f in outer()])
