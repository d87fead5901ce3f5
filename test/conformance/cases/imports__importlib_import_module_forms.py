import importlib
import sys

json_module = importlib.import_module('json')
print(json_module.__name__, json_module is sys.modules['json'])
decoder = importlib.import_module('json.decoder')
print(decoder.__name__, decoder.__spec__.parent, decoder.__package__)
print(importlib.import_module('.decoder', 'json') is decoder)
rel = importlib.import_module('..helpers', 'imports__relative_pkg.sub')
print(rel.__name__)
for bad in ['', 'no.such.module', 'imports__basic_package_pkg.nothing_here']:
    try:
        importlib.import_module(bad)
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module('...too_far', 'imports__basic_package_pkg')
except ImportError as e:
    print('ImportError', e)
import importlib.util
spec = importlib.util.find_spec('json')
print(spec.name, spec.submodule_search_locations is not None)
try:
    importlib.util.find_spec('json.decoder.nothing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
module = importlib.util.module_from_spec(importlib.util.find_spec('imports__basic_package_pkg'))
print(type(module).__name__, module.__name__, hasattr(module, 'NAME'))
