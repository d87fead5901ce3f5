def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print('f' in g, g['__name__'], '__builtins__' in g)
gv = 'x'
g['injected'] = 42
print(injected)
def uses_vars():
    q = 5
    return vars()
print(uses_vars())
