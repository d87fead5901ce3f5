import importlib
import imports__importlib_reload_pkg.state as state
state.items.append('x')
before = state.describe
print(state.describe())
again = importlib.reload(state)
print(again is state, state.describe(), before is state.describe)
from imports__importlib_reload_pkg import state as same
print(same is state, same.runs)
importlib.invalidate_caches()
print(importlib.import_module('imports__importlib_reload_pkg.state') is state)
import sys
fake = type(sys)('not_registered')
try:
    importlib.reload(fake)
except ImportError as e:
    print('ImportError', e, e.name)
