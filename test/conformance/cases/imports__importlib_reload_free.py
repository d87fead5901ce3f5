import importlib
mod = importlib.import_module('imports__basic_package_pkg')
print(mod.NAME)
try:
    importlib.import_module('.util', package=None)
except TypeError as e:
    print(e)
print(importlib.import_module('.util', package='imports__basic_package_pkg').CONSTANT)
