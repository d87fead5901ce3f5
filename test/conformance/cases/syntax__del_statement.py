a = 1
lst = [0, 1, 2, 3, 4, 5]
d = {'x': 1, 'y': 2}
class C: pass
c = C()
c.attr = 1
del lst[0], lst[-1]
del lst[1:3]
del d['x']
del c.attr
print(lst, d, hasattr(c, 'attr'))
x, y = 1, 2
del x, y
del (a)
print(a)
