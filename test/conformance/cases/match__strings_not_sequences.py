def f(v):
    match v:
        case [a, b, c]:
            return 'sequence of 3'
        case _:
            return 'not matched as sequence'
print(f('abc'), f(b'abc'), f(bytearray(b'abc')), f(['a', 'b', 'c']), f(('x', 'y', 'z')))
