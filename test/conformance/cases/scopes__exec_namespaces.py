ns = {}
exec('a = 1\nb = a + 1', ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
g = {'x': 10}
l = {}
exec('y = x * 2', g, l)
print(l, 'y' in g)
print(eval('x + 1', g), eval('len([1,2])'))
code = compile('z = 3', '<test>', 'exec')
exec(code, g)
print(g['z'])
