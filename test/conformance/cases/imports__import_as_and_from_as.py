import imports__basic_package_pkg.util as helper_mod
from imports__basic_package_pkg.util import double as twice, CONSTANT as C
print(helper_mod.double(5), twice(6), C)
print('imports__basic_package_pkg' in dir(), 'helper_mod' in dir())
