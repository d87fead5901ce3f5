import imports__basic_package_pkg
import imports__basic_package_pkg.util
from imports__basic_package_pkg import util as u
from imports__basic_package_pkg.util import double, CONSTANT
print(imports__basic_package_pkg.NAME, imports__basic_package_pkg.util.double(2), u.double(3), double(4), CONSTANT)
print(imports__basic_package_pkg.__name__, u.__name__, u.__package__, imports__basic_package_pkg.__package__)
print(u.__file__.endswith('util.py'), imports__basic_package_pkg.__file__.endswith('__init__.py'))
