import sys
import importlib
import importlib.util
import importlib.machinery
import imports__basic_package_pkg.util as util
import imports__basic_package_pkg as pkg
import time
import json

spec = util.__spec__
print(spec.name, spec.parent, spec.submodule_search_locations, spec.has_location)
print(spec.origin.endswith('imports__basic_package_pkg/util.py'), spec.loader is util.__loader__)
print(type(spec).__name__, type(spec.loader).__name__, spec.loader.name)
print(spec.loader.is_package('imports__basic_package_pkg.util'), spec.loader.get_filename().endswith('util.py'))
print(pkg.__spec__.name, pkg.__spec__.parent, len(pkg.__spec__.submodule_search_locations))
print(pkg.__spec__.submodule_search_locations[0].endswith('imports__basic_package_pkg'))
print(pkg.__package__, util.__package__)
print(time.__spec__)
print(time.__loader__)
print(time.__spec__.origin, time.__spec__.parent == '')
print(type(json.__spec__).__name__, json.__spec__.name)
print(importlib.util.find_spec('imports__basic_package_pkg.util') is spec)
print(importlib.util.find_spec('no_such_module_anywhere'))
found = importlib.util.find_spec('imports__relative_pkg')
print(found.name, found.submodule_search_locations is not None, 'imports__relative_pkg' in sys.modules)
print(importlib.util.resolve_name('.util', 'imports__basic_package_pkg'))
try:
    importlib.util.resolve_name('.util', None)
except ImportError as e:
    print('ImportError', e)
try:
    importlib.import_module('no_such_module_anywhere')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    importlib.import_module('..util', package='imports__basic_package_pkg')
except ImportError as e:
    print('ImportError', e)
print(importlib.import_module('..util', package='imports__basic_package_pkg.util').CONSTANT)
print(importlib.machinery.SOURCE_SUFFIXES)
print(isinstance(spec, importlib.machinery.ModuleSpec))
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError', e)
