class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
names = dir(c)
print([n for n in names if not n.startswith('__')])
print('__init__' in names, '__class__' in names, sorted(n for n in dir(C) if not n.startswith('_')))
import math
print('sqrt' in dir(math), 'pi' in dir(math))
