def make(kind):
    def f(v: kind) -> kind:
        return v
    return f
print(make(int).__annotations__, make('fwd').__annotations__)
def side(msg):
    print('evaluating', msg)
    return msg
def g(a: side('a'), b: side('b') = side('default')) -> side('ret'):
    pass
print(g.__annotations__)
