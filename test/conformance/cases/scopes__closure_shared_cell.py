def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = pair()
s(41)
print(g())
s('changed')
print(g(), s.__closure__[0] is g.__closure__[0] if False else 'shared')
