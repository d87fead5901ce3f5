import imports__cached_pkg.counter
import imports__cached_pkg.counter
from imports__cached_pkg import counter
import sys
print(counter.loads, 'imports__cached_pkg.counter' in sys.modules, sys.modules['imports__cached_pkg.counter'] is counter)
import importlib
print(importlib.import_module('imports__cached_pkg.counter') is counter)
