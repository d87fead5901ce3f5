from imports__star_pkg.shapes import *
print(sorted(n for n in dir() if not n.startswith('__')))
print(area(2))
from imports__star_pkg.noall import *
print(public_name, '_private' in dir())
