def f(x, seen={}):
    seen[x] = seen.get(x, 0) + 1
    return seen
f('a'); f('b'); f('a')
print(f.__defaults__)
